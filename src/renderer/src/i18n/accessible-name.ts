// Accessible names that contain the visible text (WCAG 2.5.3 Label in Name): a speech-input user
// says what they see, so a link showing "+32" cannot be named only "Survey answers of the period".
import type { TFunction } from 'i18next';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Words as the label-in-name check compares them: letters and digits only, lower case. */
export function nameWords(text: string): string[] {
  const letters = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  return [...segmenter.segment(letters)].map((part) => part.segment.trim()).filter(Boolean);
}

/** True when the words of `text` appear in `name` in the same order, side by side. */
export function nameContains(name: string, text: string): boolean {
  const haystack = nameWords(name);
  const needle = nameWords(text);
  if (needle.length === 0) return true;
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((word, index) => haystack[start + index] === word)) return true;
  }
  return false;
}

/**
 * The name for a control showing `visibleText` whose purpose `label` describes: the label when it
 * already contains the visible text, else the visible text followed by the label.
 */
export function nameWithVisibleText(visibleText: string, label: string, t: TFunction): string {
  return nameContains(label, visibleText)
    ? label
    : t('table.figureLink', { figure: visibleText, meaning: label });
}

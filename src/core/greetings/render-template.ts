// Merge fields in greeting templates: finding them, checking a user-edited template, and filling
// one in. A misspelt field must never reach a partner as "{{contactName}}", so an unknown field
// is an error that names it; a known field that has no value (no sender name set yet) renders as
// nothing and the text around it is tidied.
import type { FieldMessage } from '../../shared/errors';
import { fieldMessage } from '../../shared/validation';

export const mergeFields = [
  'contactFirstName',
  'partnerName',
  'festivalName',
  'years',
  'senderName',
] as const;
export type MergeField = (typeof mergeFields)[number];
export type MergeValues = Partial<Record<MergeField, string | number | null | undefined>>;

export const maxTemplateLength = 2_000;

// Spaces inside the braces are tolerated ("{{ years }}") because people type them.
const fieldPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;
// Marks where an empty value went, so only the text around it is tidied, never the user's own. A
// private-use character: it has no meaning in any greeting, and inputs are cleared of it first.
const emptyMark = '\uE000';

export function isMergeField(name: string): name is MergeField {
  return (mergeFields as readonly string[]).includes(name);
}

/** Field names used in a template, in order of first appearance, known or not. */
export function templateFields(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(fieldPattern)) names.add(match[1] ?? '');
  return [...names];
}

export type RenderResult = { ok: true; text: string } | { ok: false; unknownFields: string[] };

export function renderTemplate(template: string, values: MergeValues): RenderResult {
  const unknownFields = templateFields(template).filter((name) => !isMergeField(name));
  if (unknownFields.length > 0) return { ok: false, unknownFields };
  // One pass: a value that itself contains "{{...}}" is inserted literally, never expanded.
  const filled = withoutMarks(template).replace(fieldPattern, (_, name: string) => {
    const value = values[name as MergeField];
    const text = value === undefined || value === null ? '' : withoutMarks(String(value)).trim();
    return text === '' ? emptyMark : text;
  });
  return { ok: true, text: tidyAroundEmptyValues(filled) };
}

function withoutMarks(text: string): string {
  return text.replaceAll(emptyMark, '');
}

/**
 * Removes the gaps empty values leave: "Dear {{contactFirstName}}, hi" becomes "Dear, hi" and
 * "{{contactFirstName}}，新春快乐" becomes "新春快乐", rather than "Dear , hi" or "，新春快乐".
 */
function tidyAroundEmptyValues(text: string): string {
  if (!text.includes(emptyMark)) return text;
  return text
    .split('\n')
    .flatMap((line) => {
      if (!line.includes(emptyMark)) return [line];
      const tidied = line
        // A line that starts with an empty value loses the punctuation that followed it.
        .replace(/^[ \t]*(?:\uE000[ \t]*)+[,，、:：]?[ \t]*/, '')
        // "Happy birthday, {{contactFirstName}}!" becomes "Happy birthday!".
        .replace(/[,，、][ \t]*(?:\uE000[ \t]*)+(?=[.!?;:。！？；：)]|$)/g, '')
        // Spaces around an empty value collapse to none before punctuation, else to one.
        .replace(/[ \t]*(?:\uE000[ \t]*)+(?=[,.!?;:，。！？；：)、]|$)/g, '')
        .replace(/[ \t]*(?:\uE000[ \t]*)+/g, (gap) => (/[ \t]/.test(gap) ? ' ' : ''))
        .trim();
      // A sign-off line left with only its dash ("——") goes entirely.
      return /^[\p{P}\s]*$/u.test(tidied) ? [] : [tidied];
    })
    .join('\n')
    .trim();
}

export type TemplateIssue = FieldMessage;

const issueMessages: Record<string, (params: Record<string, string | number>) => string> = {
  'greeting.unknownField': (p) =>
    `Unknown merge field {{${p.field}}}. Use one of: ${mergeFields.map((f) => `{{${f}}}`).join(', ')}.`,
  'greeting.unbalancedBraces': () =>
    'Merge fields are written with two braces on each side, e.g. {{contactFirstName}}.',
};

function templateIssue(key: string, params: Record<string, string | number>): TemplateIssue {
  const english = issueMessages[key];
  return english ? { key, params, message: english(params) } : fieldMessage(key, params);
}

/**
 * Checks a template a user wrote or edited. Returns every problem at once so the editor can show
 * them together; an empty list means the template can be saved.
 */
export function validateTemplate(template: string): TemplateIssue[] {
  if (template.trim() === '') return [fieldMessage('validation.required')];
  const issues: TemplateIssue[] = [];
  if (template.length > maxTemplateLength) {
    issues.push(fieldMessage('validation.tooLong', { max: maxTemplateLength }));
  }
  for (const name of templateFields(template)) {
    if (!isMergeField(name)) issues.push(templateIssue('greeting.unknownField', { field: name }));
  }
  // Whatever brace is left once the well-formed fields are gone was meant as a field and is broken.
  if (/[{}]/.test(template.replace(fieldPattern, ''))) {
    issues.push(templateIssue('greeting.unbalancedBraces', {}));
  }
  return issues;
}

// The template editor's live preview and check: merge fields filled with sample values, and the
// fields the core will refuse (the same pattern the core uses), so the user sees them while typing.

export const mergeFieldNames = [
  'contactFirstName',
  'partnerName',
  'festivalName',
  'years',
  'senderName',
] as const;
export type MergeFieldName = (typeof mergeFieldNames)[number];

const fieldPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

function isMergeFieldName(name: string): name is MergeFieldName {
  return (mergeFieldNames as readonly string[]).includes(name);
}

/** Unknown fields as the user wrote them, e.g. ["{{foo}}", "{{bar}}"], each once. */
export function unknownMergeFields(body: string): string[] {
  const names = new Set<string>();
  for (const match of body.matchAll(fieldPattern)) {
    const name = match[1] ?? '';
    if (!isMergeFieldName(name)) names.add(`{{${name}}}`);
  }
  return [...names];
}

/** The text with known fields filled in; unknown ones are left as written so they stand out. */
export function previewTemplate(body: string, samples: Record<MergeFieldName, string>): string {
  return body.replace(fieldPattern, (whole, name: string) =>
    isMergeFieldName(name) ? samples[name] : whole,
  );
}

/** Inserts a field at the cursor (or over the selection); answers the new text and cursor. */
export function insertMergeField(
  body: string,
  field: MergeFieldName,
  selectionStart: number,
  selectionEnd: number,
): { body: string; cursor: number } {
  const token = `{{${field}}}`;
  const start = Math.max(0, Math.min(selectionStart, body.length));
  const end = Math.max(start, Math.min(selectionEnd, body.length));
  return { body: body.slice(0, start) + token + body.slice(end), cursor: start + token.length };
}

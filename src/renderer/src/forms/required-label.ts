// Label props of a required field. Mantine's asterisk is aria-hidden, yet tools that read the
// label's text (Playwright's getByLabel among them) see "Name *"; an explicit aria-label keeps
// the field's name exactly its label.
export function requiredLabel(label: string) {
  return { label, withAsterisk: true, 'aria-label': label } as const;
}

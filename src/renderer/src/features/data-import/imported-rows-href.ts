// Where the rows of one import are listed: the sales, surveys or claims list filtered by it; partners
// and contacts have no import filter, so their whole list.
import type { DataImportKind } from '../../../../shared/data-import';

export function importedRowsHref(kind: DataImportKind, importId: string): string {
  if (kind === 'partners' || kind === 'contacts') return `/${kind}`;
  return `/${kind}?import=${encodeURIComponent(importId)}`;
}

// Where the rows of one import are listed: the sales, surveys or claims list filtered by it.
import type { DataImportKind } from '../../../../shared/data-import';

export function importedRowsHref(kind: DataImportKind, importId: string): string {
  return `/${kind}?import=${encodeURIComponent(importId)}`;
}

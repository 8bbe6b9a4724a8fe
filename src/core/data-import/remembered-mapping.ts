// The column mapping a user confirmed for a file layout, remembered on this computer (local
// settings, never synced) and offered again for the next file with the same headers: the key is
// the kind plus the header row as `headerKey` reads it, so case, accents and spacing do not matter.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DataImportKind } from '../../shared/data-import';
import type { Database } from '../db/database';
import { headerKey, type ColumnMapping } from './column-mapping';

export function layoutKey(kind: DataImportKind, columns: readonly string[]): string {
  const headers = columns.map((column) => headerKey(column)).join('\u0001');
  return `import.mapping.${kind}.${createHash('sha256').update(headers).digest('hex').slice(0, 32)}`;
}

export async function rememberedMapping(
  db: Kysely<Database>,
  kind: DataImportKind,
  columns: readonly string[],
): Promise<ColumnMapping | null> {
  const row = await db
    .selectFrom('localSettings')
    .select('value')
    .where('key', '=', layoutKey(kind, columns))
    .executeTakeFirst();
  if (!row) return null;
  try {
    const parsed = JSON.parse(row.value) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return null;
    // Stored by column position: the same layout may spell its headers differently ("CITY").
    const mapping: ColumnMapping = {};
    for (const [field, index] of Object.entries(parsed)) {
      if (index === null) mapping[field] = null;
      else if (typeof index === 'number' && columns[index] !== undefined) mapping[field] = columns[index];
    }
    return mapping;
  } catch {
    return null;
  }
}

export async function rememberMapping(
  db: Kysely<Database>,
  kind: DataImportKind,
  columns: readonly string[],
  mapping: ColumnMapping,
): Promise<void> {
  const key = layoutKey(kind, columns);
  const positions = Object.fromEntries(
    Object.entries(mapping).map(([field, column]) => {
      const index = column === null ? -1 : columns.indexOf(column);
      return [field, index < 0 ? null : index];
    }),
  );
  const value = JSON.stringify(positions);
  await db
    .insertInto('localSettings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

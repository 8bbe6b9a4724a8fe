// Reads a partner row into the fields it sets (only non-empty cells of mapped columns: an empty
// cell never wipes what is stored), then matches every row to a stored partner by the user's
// choice (name and city, external id, or always new) and says what importing it would do.
import type { ImportMatchMode } from '../../shared/data-import';
import { emailField, limits, phoneField, websiteField } from '../../shared/validation';
import type { FieldValue } from '../db/apply-changes';
import { newId } from '../db/ids';
import { nameKey, parseWhole } from './cell-values';
import type { CheckedRow } from './parsed-row';
import { RowErrors } from './parsed-row';
import {
  externalIdKey,
  nameCityKey,
  type OwnerIndex,
  type StoredPartner,
  type StoredPartners,
} from './people-lookups';
import {
  parseAnyDay,
  parseCountry,
  parsePartnerStatus,
  parsePartnerType,
  parseTags,
  tagsError,
} from './record-cells';
import { compareWithStored, readText, readZod, type ReadRecordRow } from './record-row';

export interface PartnerRowContext {
  owners: OwnerIndex;
}

/** Fields of a partner by the import field that fills them (owner → ownerId). */
const columnOf: Record<string, string> = { owner: 'ownerId' };

export function readPartnerRow(
  rowNumber: number,
  values: Record<string, string>,
  ctx: PartnerRowContext,
): ReadRecordRow {
  const errors = new RowErrors();
  const fields: Record<string, FieldValue> = {};
  const cell = (field: string) => (values[field] ?? '').trim();
  const name = cell('name');
  if (name === '') errors.add('name', 'validation.required');
  for (const [field, max] of [
    ['name', limits.name],
    ['legalName', limits.name],
    ['externalId', limits.shortText],
    ['region', limits.shortText],
    ['city', limits.shortText],
    ['address', limits.address],
    ['notes', limits.longText],
  ] as const) {
    readText(field, cell(field), max, fields, errors);
  }
  if (cell('type')) fields.type = errors.take('type', parsePartnerType(cell('type')));
  if (cell('status')) fields.status = errors.take('status', parsePartnerStatus(cell('status')));
  if (cell('country')) fields.country = errors.take('country', parseCountry(cell('country')));
  readZod('phone', cell('phone'), phoneField, fields, errors);
  readZod('email', cell('email'), emailField, fields, errors);
  readZod('website', cell('website'), websiteField, fields, errors);
  if (cell('owner')) fields.ownerId = ownerOf(cell('owner'), ctx.owners, errors);
  if (cell('partnershipStart')) {
    fields.partnershipStart = errors.take('partnershipStart', parseAnyDay(cell('partnershipStart')));
  }
  if (cell('tags')) {
    const tags = parseTags(cell('tags'));
    const problem = tagsError(tags);
    if (problem) errors.add('tags', problem.key, problem.params);
    else fields.tags = tags;
  }
  if (cell('visitCadenceDays')) {
    const days = parseWhole(cell('visitCadenceDays'), 1, 730, 'dataImport.errors.days');
    if (days.ok) fields.visitCadenceDays = days.value;
    else errors.add('visitCadenceDays', 'dataImport.errors.days', { value: cell('visitCadenceDays') });
  }
  return { rowNumber, values, errors, fields };
}

function ownerOf(value: string, owners: OwnerIndex, errors: RowErrors): string | null {
  const byEmail = owners.byEmail.get(value.toLowerCase());
  if (byEmail) return byEmail.id;
  const named = owners.byName.get(nameKey(value)) ?? [];
  if (named.length === 1) return named[0]!.id;
  errors.add(
    'owner',
    named.length === 0 ? 'dataImport.errors.ownerUnknown' : 'dataImport.errors.ownerAmbiguous',
    { value },
  );
  return null;
}

/** What a new partner gets for every field the file leaves empty. */
export const partnerDefaults: Record<string, FieldValue> = {
  legalName: '',
  status: 'active',
  region: '',
  city: '',
  address: '',
  phone: '',
  email: '',
  website: '',
  ownerId: null,
  partnershipStart: null,
  tags: [],
  notes: '',
  visitCadenceDays: null,
  careStatus: null,
  careStatusUntil: null,
  careStatusNote: '',
  externalId: '',
  deletedAt: null,
};

/** Preview fields of stored values (old → new): the owner by name, tags as the file writes them. */
function previewValue(field: string, value: unknown, owners: OwnerIndex): string {
  if (field === 'ownerId') return typeof value === 'string' ? (owners.byId.get(value)?.name ?? '') : '';
  if (field === 'tags') return (JSON.parse(String(value)) as string[]).join('; ');
  return value === null || value === undefined ? '' : String(value);
}

export function classifyPartnerRows(
  rows: readonly ReadRecordRow[],
  stored: StoredPartners,
  mode: ImportMatchMode,
  owners: OwnerIndex,
): CheckedRow[] {
  return rows.map(partnerClassifier(stored, mode, owners));
}

/**
 * Classifies a file's rows one at a time, in file order (it remembers the rows before, for
 * duplicates), so a large file is checked without holding every row. A new row's `write` is only
 * what the file sets: the commit adds partnerDefaults.
 */
export function partnerClassifier(
  stored: StoredPartners,
  mode: ImportMatchMode,
  owners: OwnerIndex,
): (row: ReadRecordRow) => CheckedRow {
  const firstRow = new Map<string, number>();
  /** External ids the file gives, to the row that gives each first. */
  const fileExternalIds = new Map<string, number>();
  return (row): CheckedRow => {
    const name = String(row.fields.name ?? row.values.name ?? '');
    const externalId = typeof row.fields.externalId === 'string' ? row.fields.externalId : '';
    const city = typeof row.fields.city === 'string' ? row.fields.city : '';
    const errors = row.errors;

    // The same record twice in one file: the second is flagged with the row of the first.
    const duplicateKey =
      mode === 'externalId' ? `x:${externalIdKey(externalId)}` : `n:${nameCityKey(name, city)}`;
    const keyField = mode === 'externalId' ? 'externalId' : 'name';
    if (mode === 'externalId' && externalId === '') {
      errors.add('externalId', 'dataImport.errors.externalIdMissing');
    } else if (name !== '' || externalId !== '') {
      const earlier = firstRow.get(duplicateKey);
      if (earlier !== undefined) errors.add(keyField, 'dataImport.errors.duplicateRow', { row: earlier });
      else firstRow.set(duplicateKey, row.rowNumber);
    }

    let match: StoredPartner | null = null;
    if (mode === 'externalId' && externalId !== '') {
      match = stored.byExternalId.get(externalIdKey(externalId))?.[0] ?? null;
    } else if (mode === 'nameCity' && name !== '') {
      const candidates =
        'city' in row.fields
          ? stored.byNameCity.get(nameCityKey(name, city))
          : stored.byName.get(nameKey(name));
      if (candidates && candidates.length > 1) {
        errors.add('name', 'dataImport.errors.matchAmbiguous', { count: candidates.length, name });
      } else match = candidates?.[0] ?? null;
    }

    if (externalId !== '') {
      const owner = stored.byExternalId.get(externalIdKey(externalId))?.find((p) => p.id !== match?.id);
      if (owner)
        errors.add('externalId', 'dataImport.errors.externalIdTaken', {
          value: externalId,
          name: owner.name,
        });
      const earlier = fileExternalIds.get(externalIdKey(externalId));
      if (earlier !== undefined && mode !== 'externalId') {
        errors.add('externalId', 'dataImport.errors.duplicateRow', { row: earlier });
      } else fileExternalIds.set(externalIdKey(externalId), row.rowNumber);
    }

    if (!match) {
      for (const field of ['type', 'country'] as const) {
        if (!(field in row.fields)) errors.add(field, 'dataImport.errors.neededForNew');
      }
    }
    const partnerRef = match ? { id: match.id, name: match.name, city: match.city } : null;
    if (errors.any) {
      return { ...base(row, partnerRef), status: 'error', record: null, previous: null, write: null };
    }
    if (!match) {
      const id = newId();
      return {
        ...base(row, null),
        status: 'new',
        record: { id, fields: row.fields },
        previous: null,
        write: row.fields,
      };
    }
    const compared = compareWithStored(sameSpelling(row.fields, match), match, 'partners', (field, value) =>
      previewValue(field, value, owners),
    );
    const previous: Record<string, string> = {};
    for (const [field, shown] of Object.entries(compared.previous)) {
      previous[Object.keys(columnOf).find((key) => columnOf[key] === field) ?? field] = shown;
    }
    return {
      ...base(row, partnerRef),
      status: compared.write ? 'update' : 'unchanged',
      record: { id: match.id, fields: row.fields },
      previous: compared.write ? previous : null,
      write: compared.write,
    };
  };
}

/**
 * The file's name and city where they equal the stored ones but for case, accents or spaces: they
 * are how the row was matched, not an edit, so the stored spelling stays.
 */
export function sameSpelling(
  fields: Record<string, FieldValue>,
  stored: Record<string, unknown>,
): Record<string, FieldValue> {
  const kept = { ...fields };
  for (const field of ['name', 'city']) {
    const value = kept[field];
    if (typeof value === 'string' && nameKey(value) === nameKey(String(stored[field] ?? ''))) {
      kept[field] = stored[field] as string;
    }
  }
  return kept;
}

function base(row: ReadRecordRow, partner: CheckedRow['partner']) {
  return { rowNumber: row.rowNumber, values: row.values, partner, errors: row.errors.fields };
}

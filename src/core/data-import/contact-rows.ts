// Reads a contact row (its partner by external id, id, or name with an optional city; then the
// person's fields from non-empty cells) and matches it to a stored contact of that partner by name,
// unless every row is to be new.
import type { ImportMatchMode } from '../../shared/data-import';
import { emailField, limits, phoneField } from '../../shared/validation';
import type { FieldValue } from '../db/apply-changes';
import { newId } from '../db/ids';
import { nameKey } from './cell-values';
import { RowErrors, type CheckedRow } from './parsed-row';
import {
  contactKey,
  externalIdKey,
  nameCityKey,
  type StoredContact,
  type StoredPartner,
  type StoredPartners,
} from './people-lookups';
import { sameSpelling } from './partner-rows';
import { parseBirthdayCell, parseLanguage, parseYesNo } from './record-cells';
import { compareWithStored, readText, readZod, type ReadRecordRow } from './record-row';

export interface ContactRow extends ReadRecordRow {
  partner: StoredPartner | null;
}

const ulidPattern = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function readContactRow(
  rowNumber: number,
  values: Record<string, string>,
  partners: StoredPartners,
): ContactRow {
  const errors = new RowErrors();
  const fields: Record<string, FieldValue> = {};
  const cell = (field: string) => (values[field] ?? '').trim();
  const partner = contactPartner(
    cell('partner'),
    cell('partnerCity'),
    cell('partnerExternalId'),
    partners,
    errors,
  );
  if (cell('name') === '') errors.add('name', 'validation.required');
  for (const [field, max] of [
    ['name', limits.name],
    ['role', limits.shortText],
    ['familyNotes', limits.longText],
    ['interests', limits.longText],
  ] as const) {
    readText(field, cell(field), max, fields, errors);
  }
  readZod('phone', cell('phone'), phoneField, fields, errors);
  readZod('email', cell('email'), emailField, fields, errors);
  readZod('whatsapp', cell('whatsapp'), phoneField, fields, errors);
  if (cell('birthday')) fields.birthday = errors.take('birthday', parseBirthdayCell(cell('birthday')));
  if (cell('birthdayLunar')) {
    const lunar = errors.take('birthdayLunar', parseYesNo(cell('birthdayLunar')));
    if (lunar !== null) fields.birthdayLunar = lunar ? 1 : 0;
  }
  if (cell('preferredLanguage')) {
    fields.preferredLanguage = errors.take('preferredLanguage', parseLanguage(cell('preferredLanguage')));
  }
  if (partner) fields.partnerId = partner.id;
  return { rowNumber, values, errors, fields, partner };
}

/** The partner by external id when given, else by id, else by name (within the city when given). */
function contactPartner(
  value: string,
  city: string,
  externalId: string,
  partners: StoredPartners,
  errors: RowErrors,
): StoredPartner | null {
  if (externalId !== '') {
    const found = partners.byExternalId.get(externalIdKey(externalId))?.[0];
    if (!found)
      errors.add('partnerExternalId', 'dataImport.errors.partnerExternalUnknown', { value: externalId });
    return found ?? null;
  }
  if (value === '') {
    errors.add('partner', 'validation.required');
    return null;
  }
  const byId = ulidPattern.test(value.toUpperCase()) ? partners.byId.get(value.toUpperCase()) : undefined;
  if (byId) return byId;
  const byExternal = partners.byExternalId.get(externalIdKey(value));
  const named =
    city !== '' ? partners.byNameCity.get(nameCityKey(value, city)) : partners.byName.get(nameKey(value));
  if (named && named.length === 1) return named[0]!;
  if (!named && byExternal?.length === 1) return byExternal[0]!;
  if (!named || named.length === 0) {
    if (city !== '') errors.add('partner', 'dataImport.errors.partnerInCityUnknown', { name: value, city });
    else errors.add('partner', 'validation.importPartnerUnknown', { name: value });
  } else {
    const cities = [...new Set(named.map((p) => p.city || '—'))].join(', ');
    errors.add('partner', 'validation.importPartnerAmbiguous', { name: value, count: named.length, cities });
  }
  return null;
}

export const contactDefaults: Record<string, FieldValue> = {
  role: '',
  phone: '',
  email: '',
  whatsapp: '',
  birthday: '',
  preferredLanguage: 'en',
  familyNotes: '',
  interests: '',
  birthdayLunar: 0,
  careStatus: null,
  careStatusUntil: null,
  careStatusNote: '',
  deletedAt: null,
};

function previewValue(field: string, value: unknown): string {
  if (field === 'birthdayLunar') return value === 1 ? 'yes' : 'no';
  return value === null || value === undefined ? '' : String(value);
}

export function classifyContactRows(
  rows: readonly ContactRow[],
  stored: ReadonlyMap<string, StoredContact[]>,
  mode: ImportMatchMode,
): CheckedRow[] {
  return rows.map(contactClassifier(stored, mode));
}

/**
 * Classifies rows one at a time in file order (it remembers the rows before, for duplicates). A
 * new row's `write` is only what the file sets: the commit adds contactDefaults.
 */
export function contactClassifier(
  stored: ReadonlyMap<string, StoredContact[]>,
  mode: ImportMatchMode,
): (row: ContactRow) => CheckedRow {
  const firstRow = new Map<string, number>();
  return (row): CheckedRow => {
    const { errors, partner } = row;
    const name = typeof row.fields.name === 'string' ? row.fields.name : '';
    let match: StoredContact | null = null;
    if (partner && name !== '') {
      const key = contactKey(partner.id, name);
      const earlier = firstRow.get(key);
      if (earlier !== undefined) errors.add('name', 'dataImport.errors.duplicateRow', { row: earlier });
      else firstRow.set(key, row.rowNumber);
      const candidates = mode === 'new' ? [] : (stored.get(key) ?? []);
      if (candidates.length > 1) {
        errors.add('name', 'dataImport.errors.contactAmbiguous', {
          partner: partner.name,
          count: candidates.length,
          name,
        });
      } else match = candidates[0] ?? null;
    }
    const partnerRef = partner ? { id: partner.id, name: partner.name, city: partner.city } : null;
    const common = {
      rowNumber: row.rowNumber,
      values: row.values,
      partner: partnerRef,
      errors: errors.fields,
    };
    if (errors.any) return { ...common, status: 'error', record: null, previous: null, write: null };
    if (!match) {
      const fields = row.fields;
      return { ...common, status: 'new', record: { id: newId(), fields }, previous: null, write: fields };
    }
    const compared = compareWithStored(sameSpelling(row.fields, match), match, 'contacts', previewValue);
    return {
      ...common,
      status: compared.write ? 'update' : 'unchanged',
      record: { id: match.id, fields: row.fields },
      previous: compared.write ? compared.previous : null,
      write: compared.write,
    };
  };
}

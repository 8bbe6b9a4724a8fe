// What partner and contact rows are matched against, loaded in bulk: every live partner with the
// fields an import may set (indexed by name and city, by name, by external id and by id), the
// owners by name and e-mail, and the contacts of the partners a file names.
import type { Kysely } from 'kysely';
import { externalIdKey } from '../../shared/partners';
import type { Database } from '../db/database';
import { nameKey } from './cell-values';

export const partnerImportColumns = [
  'id',
  'name',
  'legalName',
  'type',
  'status',
  'region',
  'country',
  'city',
  'address',
  'phone',
  'email',
  'website',
  'ownerId',
  'partnershipStart',
  'tags',
  'visitCadenceDays',
  'notes',
  'externalId',
] as const;

export type StoredPartner = Record<(typeof partnerImportColumns)[number], unknown> & {
  id: string;
  name: string;
  city: string;
  externalId: string;
};

export interface StoredPartners {
  byId: Map<string, StoredPartner>;
  byName: Map<string, StoredPartner[]>;
  byNameCity: Map<string, StoredPartner[]>;
  byExternalId: Map<string, StoredPartner[]>;
}

export const nameCityKey = (name: string, city: string) => `${nameKey(name)}\u0001${nameKey(city)}`;

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export async function loadStoredPartners(db: Kysely<Database>): Promise<StoredPartners> {
  const rows = (await db
    .selectFrom('partners')
    .select([...partnerImportColumns])
    .where('deletedAt', 'is', null)
    .execute()) as StoredPartner[];
  const index: StoredPartners = {
    byId: new Map(),
    byName: new Map(),
    byNameCity: new Map(),
    byExternalId: new Map(),
  };
  for (const row of rows) {
    index.byId.set(row.id, row);
    push(index.byName, nameKey(row.name), row);
    push(index.byNameCity, nameCityKey(row.name, row.city), row);
    if (row.externalId !== '') push(index.byExternalId, externalIdKey(row.externalId), row);
  }
  return index;
}

/** External ids compare as the partner form compares them (one rule, in the shared partner module). */
export { externalIdKey };

export interface OwnerIndex {
  byName: Map<string, { id: string; name: string }[]>;
  byEmail: Map<string, { id: string; name: string }>;
  byId: Map<string, { id: string; name: string }>;
}

export async function loadOwners(db: Kysely<Database>): Promise<OwnerIndex> {
  const rows = await db
    .selectFrom('owners')
    .select(['id', 'name', 'email'])
    .where('deletedAt', 'is', null)
    .execute();
  const index: OwnerIndex = { byName: new Map(), byEmail: new Map(), byId: new Map() };
  for (const row of rows) {
    const owner = { id: row.id, name: row.name };
    index.byId.set(row.id, owner);
    push(index.byName, nameKey(row.name), owner);
    if (row.email) index.byEmail.set(row.email.trim().toLowerCase(), owner);
  }
  return index;
}

export const contactImportColumns = [
  'id',
  'partnerId',
  'name',
  'role',
  'phone',
  'email',
  'whatsapp',
  'birthday',
  'birthdayLunar',
  'preferredLanguage',
  'familyNotes',
  'interests',
] as const;

export type StoredContact = Record<(typeof contactImportColumns)[number], unknown> & {
  id: string;
  partnerId: string;
  name: string;
};

const chunk = 500;

/** Live contacts of these partners, by partner and name key. */
export async function loadStoredContacts(
  db: Kysely<Database>,
  partnerIds: readonly string[],
): Promise<Map<string, StoredContact[]>> {
  const byPartnerName = new Map<string, StoredContact[]>();
  for (let i = 0; i < partnerIds.length; i += chunk) {
    const rows = (await db
      .selectFrom('contacts')
      .select([...contactImportColumns])
      .where('partnerId', 'in', partnerIds.slice(i, i + chunk))
      .where('deletedAt', 'is', null)
      .execute()) as StoredContact[];
    for (const row of rows) push(byPartnerName, contactKey(row.partnerId, row.name), row);
  }
  return byPartnerName;
}

export const contactKey = (partnerId: string, name: string) => `${partnerId}\u0001${nameKey(name)}`;

// What the row checks compare against, loaded in bulk (a handful of queries for any file size):
// the live partners by id and by name, their contacts, and the stored records a file's rows would
// replace.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/database';
import { nameKey } from './cell-values';

export interface PartnerRef {
  id: string;
  name: string;
  city: string;
}

export interface ContactRef {
  id: string;
  partnerId: string;
  name: string;
  email: string;
}

export interface PartnerIndex {
  byId: Map<string, PartnerRef>;
  byName: Map<string, PartnerRef[]>;
}

/** Ids, names and cities of live partners: one query, tens of megabytes at most even at 100,000. */
export async function loadPartners(db: Kysely<Database>): Promise<PartnerIndex> {
  const rows = await db
    .selectFrom('partners')
    .select(['id', 'name', 'city'])
    .where('deletedAt', 'is', null)
    .execute();
  const byId = new Map<string, PartnerRef>();
  const byName = new Map<string, PartnerRef[]>();
  for (const row of rows) {
    byId.set(row.id, row);
    const key = nameKey(row.name);
    const list = byName.get(key);
    if (list) list.push(row);
    else byName.set(key, [row]);
  }
  return { byId, byName };
}

export type PartnerMatch = { partner: PartnerRef } | { missing: true } | { ambiguous: readonly PartnerRef[] };

/** By id first (exports carry it), else by name ignoring case, accents and extra spaces. */
export function matchPartner(index: PartnerIndex, value: string): PartnerMatch {
  const byId = index.byId.get(value.trim().toUpperCase());
  if (byId) return { partner: byId };
  const named = index.byName.get(nameKey(value)) ?? [];
  if (named.length === 1) return { partner: named[0]! };
  if (named.length === 0) return { missing: true };
  return { ambiguous: named };
}

const chunk = 500;

/** The live contacts of these partners, per partner. */
export async function loadContacts(
  db: Kysely<Database>,
  partnerIds: readonly string[],
): Promise<Map<string, ContactRef[]>> {
  const byPartner = new Map<string, ContactRef[]>();
  for (let i = 0; i < partnerIds.length; i += chunk) {
    const rows = await db
      .selectFrom('contacts')
      .select(['id', 'partnerId', 'name', 'email'])
      .where('partnerId', 'in', partnerIds.slice(i, i + chunk))
      .where('deletedAt', 'is', null)
      .execute();
    for (const row of rows) {
      const list = byPartner.get(row.partnerId);
      if (list) list.push(row);
      else byPartner.set(row.partnerId, [row]);
    }
  }
  return byPartner;
}

export type ContactMatch = { contact: ContactRef } | { missing: true } | { ambiguous: true };

/** A contact of this partner by e-mail (exact, any case) or by name. */
export function matchContact(contacts: readonly ContactRef[], value: string): ContactMatch {
  const wanted = nameKey(value);
  const byEmail = contacts.filter((c) => c.email !== '' && c.email.toLowerCase() === wanted);
  const found = byEmail.length > 0 ? byEmail : contacts.filter((c) => nameKey(c.name) === wanted);
  if (found.length === 1) return { contact: found[0]! };
  return found.length === 0 ? { missing: true } : { ambiguous: true };
}

/** Stored rows by id, deleted ones included (a re-import brings those back). */
export async function loadExisting<T extends 'salesRecords' | 'surveyResponses'>(
  db: Kysely<Database>,
  table: T,
  ids: readonly string[],
): Promise<Map<string, Selectable<Database[T]>>> {
  const found = new Map<string, Selectable<Database[T]>>();
  for (let i = 0; i < ids.length; i += chunk) {
    const rows = (await db
      .selectFrom(table as 'salesRecords')
      .selectAll()
      .where('id', 'in', ids.slice(i, i + chunk))
      .execute()) as unknown as Selectable<Database[T]>[];
    for (const row of rows) found.set((row as { id: string }).id, row);
  }
  return found;
}

// Contact procedures: the people at a partner, listed per partner or across all partners.
import { sql } from 'kysely';
import type { Contact, ContactFields, ContactListOutput } from '../../shared/contacts';
import { CoreError } from '../../shared/errors';
import type { WriteResult } from '../../shared/history';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { newId } from '../db/ids';
import { liveCount } from '../db/live-counts';
import { requireLivePartner } from '../references';
import { toFullTextQuery } from '../partners/full-text-query';

export interface ContactListQuery {
  search: string;
  partnerId?: string | undefined;
  offset: number;
  limit: number;
}

function liveContacts(ctx: CoreContext) {
  return ctx.db
    .selectFrom('contacts as c')
    .innerJoin('partners as p', 'p.id', 'c.partnerId')
    .where('c.deletedAt', 'is', null)
    .where('p.deletedAt', 'is', null);
}

const contactColumns = [
  'c.id',
  'c.partnerId',
  'p.name as partnerName',
  'c.name',
  'c.role',
  'c.phone',
  'c.email',
  'c.whatsapp',
  'c.birthday',
  'c.preferredLanguage',
  'c.familyNotes',
  'c.interests',
  'c.birthdayLunar',
  'c.careStatus',
  'c.careStatusUntil',
  'c.careStatusNote',
  'c.createdAt',
  'c.updatedAt',
] as const;

export async function listContacts(ctx: CoreContext, input: ContactListQuery): Promise<ContactListOutput> {
  let query = liveContacts(ctx);
  if (input.partnerId) query = query.where('c.partnerId', '=', input.partnerId);
  const match = toFullTextQuery(input.search);
  if (match) {
    query = query.where(
      sql<boolean>`c.rowid in (select rowid from contacts_fts where contacts_fts match ${match})`,
    );
  }
  const rows = await query
    .select(contactColumns)
    .orderBy(sql`c.name collate nocase`)
    .orderBy('c.id')
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  const total =
    !input.partnerId && !match
      ? await liveCount(ctx, 'contacts')
      : Number((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { rows: rows.map(toContact), total };
}

export async function getContact(ctx: CoreContext, id: string): Promise<Contact> {
  const row = await liveContacts(ctx).select(contactColumns).where('c.id', '=', id).executeTakeFirst();
  if (!row)
    throw new CoreError({ code: 'NOT_FOUND', message: 'This contact does not exist or was deleted.' });
  return toContact(row);
}

function toContact<Row extends { birthdayLunar: number }>(row: Row): Row & { birthdayLunar: boolean } {
  return { ...row, birthdayLunar: row.birthdayLunar === 1 };
}

/** The row's form of the fields: booleans as 0/1, so an unchanged form writes no change. */
function stored(fields: ContactFields) {
  return { ...fields, birthdayLunar: fields.birthdayLunar ? 1 : 0 };
}

export async function createContact(ctx: CoreContext, fields: ContactFields): Promise<WriteResult> {
  await requireLivePartner(ctx, fields.partnerId);
  const id = newId();
  const { batchId } = await ctx.write({
    label: `Add contact ${fields.name}`,
    origin: 'local',
    changes: rowChanges('contacts', id, { ...stored(fields), deletedAt: null }),
  });
  return { id, batchId: batchId ?? '' };
}

export async function updateContact(
  ctx: CoreContext,
  id: string,
  fields: ContactFields,
): Promise<WriteResult> {
  await getContact(ctx, id);
  await requireLivePartner(ctx, fields.partnerId);
  const { batchId } = await ctx.write({
    label: `Edit contact ${fields.name}`,
    origin: 'local',
    changes: rowChanges('contacts', id, stored(fields)),
  });
  return { id, batchId: batchId ?? '' };
}

export async function deleteContact(ctx: CoreContext, id: string): Promise<WriteResult> {
  const contact = await getContact(ctx, id);
  const { batchId } = await ctx.write({
    label: `Delete contact ${contact.name}`,
    origin: 'local',
    changes: [{ table: 'contacts', rowId: id, field: 'deletedAt', value: new Date().toISOString() }],
  });
  return { id, batchId: batchId ?? '' };
}

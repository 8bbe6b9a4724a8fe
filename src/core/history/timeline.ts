// A partner's timeline from the change log: who created, edited, deleted or restored the partner,
// its contacts, care events, commitments, visit notes and the greetings sent, field by field.
import type { TimelineEntry } from '../../shared/history';
import type { CoreContext } from '../context';
import { occasionName } from '../greetings/occasion-names';

const entityOfTable: Record<string, TimelineEntry['entity']> = {
  partners: 'partner',
  contacts: 'contact',
  careEvents: 'careEvent',
  commitments: 'commitment',
  greetings: 'greeting',
  visitNotes: 'visitNote',
};

/** Fields that are bookkeeping, not something a person edited. */
const hiddenFields = new Set(['deletedAt', 'updatedAt', 'createdAt', 'id']);

export async function partnerTimeline(
  ctx: CoreContext,
  partnerId: string,
  limit: number,
): Promise<TimelineEntry[]> {
  const contacts = await ctx.db
    .selectFrom('contacts')
    .select(['id', 'name'])
    .where('partnerId', '=', partnerId)
    .execute();
  const partner = await ctx.db
    .selectFrom('partners')
    .select(['id', 'name'])
    .where('id', '=', partnerId)
    .executeTakeFirst();
  if (!partner) return [];
  const events = await ctx.db
    .selectFrom('careEvents')
    .select(['id', 'title as name'])
    .where('partnerId', '=', partnerId)
    .execute();
  const commitments = await ctx.db
    .selectFrom('commitments')
    .select(['id', 'description as name'])
    .where('partnerId', '=', partnerId)
    .execute();
  const contactNames = new Map(contacts.map((contact) => [contact.id, contact.name] as const));
  const greetings = (
    await ctx.db
      .selectFrom('greetings')
      .select(['id', 'contactId', 'occasion'])
      .where('partnerId', '=', partnerId)
      .execute()
  ).map((greeting) => ({
    id: greeting.id,
    name: `${contactNames.get(greeting.contactId ?? '') ?? ''} (${occasionName(greeting.occasion)})`.trim(),
  }));
  // A note is named by the day of its visit.
  const visitNotes = await ctx.db
    .selectFrom('visitNotes')
    .select(['id', 'date as name'])
    .where('partnerId', '=', partnerId)
    .execute();
  const names = new Map<string, string>(
    [partner, ...contacts, ...events, ...commitments, ...greetings, ...visitNotes].map(
      (row) => [row.id, row.name] as const,
    ),
  );

  const rows = await ctx.db
    .selectFrom('changeLog as cl')
    .innerJoin('batches as b', 'b.id', 'cl.batchId')
    .leftJoin('owners as o', 'o.id', 'b.actor')
    .select([
      'cl.seq',
      'cl.batchId',
      'cl.tbl',
      'cl.rowId',
      'cl.field',
      'cl.oldValue',
      'cl.newValue',
      'b.createdAt',
      'o.name as actorName',
    ])
    .where('cl.rowId', 'in', [...names.keys()])
    .orderBy('cl.seq', 'desc')
    .limit(limit * 20)
    .execute();

  const entries = new Map<string, TimelineEntry>();
  for (const row of rows) {
    const key = `${row.batchId}:${row.rowId}`;
    let entry = entries.get(key);
    if (!entry) {
      if (entries.size >= limit) break;
      entry = {
        key,
        at: row.createdAt,
        actorName: row.actorName ?? '',
        kind: 'updated',
        entity: entityOfTable[row.tbl] ?? 'partner',
        entityId: row.rowId,
        entityName: names.get(row.rowId) ?? '',
        changes: [],
      };
      entries.set(key, entry);
    }
    const newValue: unknown = row.newValue === null ? null : JSON.parse(row.newValue);
    const oldValue: unknown = row.oldValue === null ? null : JSON.parse(row.oldValue);
    if (row.field === '*') {
      entry.kind = 'created';
      for (const [field, value] of Object.entries(newValue as Record<string, unknown>)) {
        if (!hiddenFields.has(field) && !isBlank(value))
          entry.changes.push({ field, oldValue: null, newValue: value });
      }
    } else if (row.field === 'deletedAt') {
      entry.kind = newValue === null ? 'restored' : 'deleted';
    } else if (!hiddenFields.has(row.field)) {
      entry.changes.unshift({ field: row.field, oldValue, newValue });
    }
  }
  return [...entries.values()];
}

function isBlank(value: unknown): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

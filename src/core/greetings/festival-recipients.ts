// The partners to greet for one festival: those of its country in the owner/region filter, a page at
// a time in name order, each with the contact to greet first, whether they were greeted already and
// whether they are in mourning or hardship that day.
import { sql } from 'kysely';
import type { z } from 'zod';
import type { festivalRecipientsInputSchema, festivalRecipientsOutputSchema } from '../../shared/greetings';
import { greetingSuppression } from '../care/etiquette';
import type { CoreContext } from '../context';

type RecipientsInput = z.output<typeof festivalRecipientsInputSchema>;
type RecipientsOutput = z.infer<typeof festivalRecipientsOutputSchema>;

/** The calendar's key of a festival occurrence (as src/core/calendar/service.ts builds it). */
export function festivalItemKey(country: string, festivalKey: string, date: string): string {
  return `festival:${country}:${festivalKey}:${date}`;
}

/** Each partner's greeting for a festival is logged under the festival's key and the partner. */
export function partnerFestivalItemKey(festivalKey: string, partnerId: string): string {
  return `${festivalKey}:${partnerId}`;
}

export async function festivalRecipients(
  ctx: CoreContext,
  input: RecipientsInput,
): Promise<RecipientsOutput> {
  const country = input.country.toUpperCase();
  const festivalKey = festivalItemKey(country, input.festivalKey, input.date);
  // The partners_country index (country, name, id) walks them in page order.
  const inFilter = () =>
    ctx.db
      .selectFrom('partners as p')
      .where('p.country', '=', country)
      .where('p.deletedAt', 'is', null)
      .$if(input.ownerIds.length > 0, (q) => q.where('p.ownerId', 'in', input.ownerIds))
      .$if(input.regions.length > 0, (q) => q.where('p.region', 'in', input.regions));

  const prefix = `${festivalKey}:`;
  const [page, total, greeted] = await Promise.all([
    inFilter()
      .select((eb) => [
        'p.id',
        'p.name',
        'p.city',
        'p.careStatus',
        'p.careStatusUntil',
        // The first contact added: ids are time-ordered, and the contacts_partner index finds them.
        eb
          .selectFrom('contacts as c')
          .select('c.id')
          .whereRef('c.partnerId', '=', 'p.id')
          .where('c.deletedAt', 'is', null)
          .orderBy('c.id')
          .limit(1)
          .as('contactId'),
      ])
      .orderBy(sql`p.name collate nocase`)
      .orderBy('p.id')
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    inFilter()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    // A key range rather than LIKE, so the greetings_item index serves it.
    inFilter()
      .innerJoin('greetings as g', 'g.partnerId', 'p.id')
      .where('g.itemKey', '>=', prefix)
      .where('g.itemKey', '<', `${festivalKey};`)
      .where('g.deletedAt', 'is', null)
      .select((eb) => eb.fn.count<number>('g.partnerId').distinct().as('n'))
      .executeTakeFirstOrThrow(),
  ]);

  const contactIds = page.flatMap((row) => (row.contactId ? [row.contactId] : []));
  const itemKeys = page.map((row) => partnerFestivalItemKey(festivalKey, row.id));
  const [contacts, greetings] = await Promise.all([
    contactIds.length === 0
      ? []
      : ctx.db
          .selectFrom('contacts')
          .select(['id', 'name', 'careStatus', 'careStatusUntil'])
          .where('id', 'in', contactIds)
          .execute(),
    itemKeys.length === 0
      ? []
      : ctx.db
          .selectFrom('greetings')
          .select('itemKey')
          .where('itemKey', 'in', itemKeys)
          .where('deletedAt', 'is', null)
          .execute(),
  ]);
  const contactById = new Map(contacts.map((contact) => [contact.id, contact]));
  const greetedKeys = new Set(greetings.map((row) => row.itemKey));

  return {
    total: Number(total.n),
    greetedCount: Number(greeted.n),
    recipients: page.map((row) => {
      const contact = row.contactId ? (contactById.get(row.contactId) ?? null) : null;
      const itemKey = partnerFestivalItemKey(festivalKey, row.id);
      return {
        partnerId: row.id,
        partnerName: row.name,
        city: row.city,
        contactId: contact?.id ?? null,
        contactName: contact?.name ?? null,
        greeted: greetedKeys.has(itemKey),
        suppressed: greetingSuppression(row, contact, input.date),
        itemKey,
      };
    }),
  };
}

// Festivals to greet: one item per festival and country in the look-ahead (or missed in the last
// week), with how many partners of that country there are to greet and how many were greeted.
// A festival whose partners were all greeted is done and left out.
import type { AgendaItem } from '../../shared/agenda';
import { greetingOccasions, type GreetingOccasion } from '../../shared/greetings';
import type { CoreContext } from '../context';
import type { DateRange } from '../care/calendar-dates';
import { festivalsInRange } from '../care/festivals';
import { readCareSettings } from '../care/settings';
import { agendaItem } from './agenda-item';

/** The calendar's key of a festival; each partner's greeting is logged under `${key}:${partnerId}`. */
export function festivalItemKey(festival: { country: string; key: string; date: string }): string {
  return `festival:${festival.country}:${festival.key}:${festival.date}`;
}

/**
 * The keys of greetings logged for one festival lie between these two (';' follows ':'), a
 * range the greetings_item index answers, where LIKE would read every greeting.
 */
export function greetingKeyRange(itemKey: string): { after: string; before: string } {
  return { after: `${itemKey}:`, before: `${itemKey};` };
}

function occasionOf(festivalKey: string): GreetingOccasion {
  return (greetingOccasions as readonly string[]).includes(festivalKey)
    ? (festivalKey as GreetingOccasion)
    : 'festival';
}

export async function festivalItems(
  ctx: CoreContext,
  ownerIds: readonly string[],
  today: string,
  range: DateRange,
  /** The festivals' names' language (the UI's); null: each country's first language. */
  language: string | null = null,
): Promise<AgendaItem[]> {
  let partners = ctx.db.selectFrom('partners as p').where('p.deletedAt', 'is', null);
  if (ownerIds.length) partners = partners.where('p.ownerId', 'in', ownerIds);
  const countries = await partners
    .select((eb) => ['p.country', eb.fn.countAll<number>().as('partnerCount')])
    .groupBy('p.country')
    .execute();
  const partnerCountOf = new Map(countries.map((row) => [row.country, Number(row.partnerCount)]));
  const { festivalsByCountry } = await readCareSettings(ctx);
  const festivals = festivalsInRange([...partnerCountOf.keys()], range, festivalsByCountry, language);

  const items = await Promise.all(
    festivals.map(async (festival) => {
      const key = festivalItemKey(festival);
      const { after, before } = greetingKeyRange(key);
      let greeted = ctx.db
        .selectFrom('greetings as g')
        .innerJoin('partners as p', 'p.id', 'g.partnerId')
        .where('g.deletedAt', 'is', null)
        .where('g.itemKey', '>', after)
        .where('g.itemKey', '<', before)
        .where('p.deletedAt', 'is', null);
      if (ownerIds.length) greeted = greeted.where('p.ownerId', 'in', ownerIds);
      const { greetedCount } = await greeted
        .select((eb) => eb.fn.count<number>('g.partnerId').distinct().as('greetedCount'))
        .executeTakeFirstOrThrow();
      return agendaItem(
        {
          key,
          type: 'festival',
          date: festival.date,
          title: festival.name,
          kind: 'festival',
          occasion: occasionOf(festival.key),
          festivalKey: festival.key,
          country: festival.country,
          partnerCount: partnerCountOf.get(festival.country) ?? 0,
          greetedCount: Number(greetedCount),
        },
        today,
      );
    }),
  );
  return items.filter((item) => (item.greetedCount ?? 0) < (item.partnerCount ?? 0));
}

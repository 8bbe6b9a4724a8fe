// What the "Festivals to greet" settings offer: the default markets and every country partners are
// in, each with the festivals that have greeting templates and fall in that country's holiday
// calendar, and the next date of each so people see what they are choosing.
import { sql } from 'kysely';
import {
  defaultFestivalsByCountry,
  festivalKeys,
  type FestivalKey,
  type FestivalOptions,
} from '../../shared/greetings';
import { addDays } from '../care/calendar-dates';
import { festivalsInRange } from '../care/festivals';
import type { CoreContext } from '../context';

const defaultMarkets = defaultFestivalsByCountry as Readonly<Record<string, readonly FestivalKey[]>>;

/**
 * Festivals a country may greet. A default market offers exactly its own list: the same key can
 * mean another day elsewhere ('national-day' is China's in the templates, not Malaysia's). Other
 * countries offer whichever festivals with templates their holiday calendar has.
 */
function offeredKeys(country: string, keysInCalendar: ReadonlySet<string>): FestivalKey[] {
  const own = defaultMarkets[country];
  if (own) return [...own];
  return festivalKeys.filter((key) => key !== 'national-day' && keysInCalendar.has(key));
}

export async function festivalOptions(ctx: CoreContext, today: string): Promise<FestivalOptions> {
  // Reading the distinct countries walks the partners_country index, not the partner rows.
  const rows = await ctx.db
    .selectFrom('partners')
    .select(['country', sql<number>`count(*)`.as('n')])
    .where('deletedAt', 'is', null)
    .where('country', '!=', '')
    .groupBy('country')
    .execute();
  const partnerCounts = new Map(rows.map((row) => [row.country, Number(row.n)]));
  const countries = [...new Set([...Object.keys(defaultMarkets), ...partnerCounts.keys()])];
  const year = { from: today, to: addDays(today, 366) };
  const upcoming = festivalsInRange(countries, year);
  return countries.map((country) => {
    const nextDates = new Map<string, string>();
    for (const festival of upcoming) {
      if (festival.country === country && !nextDates.has(festival.key))
        nextDates.set(festival.key, festival.date);
    }
    return {
      country,
      partnerCount: partnerCounts.get(country) ?? 0,
      festivals: offeredKeys(country, new Set(nextDates.keys())).map((key) => ({
        key,
        nextDate: nextDates.get(key) ?? null,
      })),
    };
  });
}

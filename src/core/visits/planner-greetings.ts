// The greetings a visit could deliver: birthdays of the partners' contacts, partnership
// anniversaries and the festivals the team greets in each partner's country, keyed as the
// calendar and the greeting log key them (a festival per partner: `<festival item key>:<partnerId>`).
import type { PlannerGreeting } from '../../shared/care';
import type { CoreContext } from '../context';
import { anniversaries, birthdays } from '../calendar/service';
import type { DateRange } from '../care/calendar-dates';
import { greetingSuppression } from '../care/etiquette';
import { festivalsInRange } from '../care/festivals';
import { readCareSettings } from '../care/settings';

export interface CandidateGreeting extends PlannerGreeting {
  /** Already in the greeting log: nothing left to bring. */
  greeted: boolean;
  /** Held back by a mourning or hardship mark. */
  suppressed: boolean;
}

/** Ids per query: far below SQLite's bound-parameter limit. */
const chunkSize = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) out.push(items.slice(i, i + chunkSize));
  return out;
}

export function festivalGreetingKey(country: string, festivalKey: string, date: string, partnerId: string) {
  return `festival:${country}:${festivalKey}:${date}:${partnerId}`;
}

export async function greetingsOfPartners(
  ctx: CoreContext,
  partnerIds: readonly string[],
  range: DateRange,
): Promise<CandidateGreeting[]> {
  if (partnerIds.length === 0) return [];
  const ids = [...new Set(partnerIds)];
  const partners = [];
  for (const chunk of chunks(ids)) {
    partners.push(
      ...(await ctx.db
        .selectFrom('partners')
        .where('id', 'in', chunk)
        .where('deletedAt', 'is', null)
        .select(['id', 'country', 'careStatus', 'careStatusUntil'])
        .execute()),
    );
  }
  // Birthdays and anniversaries exactly as the calendar derives them (same keys, same marks).
  const query = { ...range, ownerIds: [], regions: [], partnerIds: ids, kinds: [], timeZone: 'UTC' };
  const derived = [...(await birthdays(ctx, query, range)), ...(await anniversaries(ctx, query, range))];
  const found: CandidateGreeting[] = derived.map((item) => ({
    key: item.key,
    partnerId: item.partnerId!,
    date: item.start,
    kind: item.source === 'birthday' ? 'birthday' : 'anniversary',
    title: item.title,
    contactId: item.contactId,
    festivalKey: null,
    years: item.years,
    greeted: false,
    suppressed: item.suppressed !== null,
  }));

  const { festivalsByCountry } = await readCareSettings(ctx);
  const festivals = festivalsInRange(
    partners.map((p) => p.country),
    range,
    festivalsByCountry,
  );
  for (const partner of partners) {
    for (const festival of festivals) {
      if (festival.country !== partner.country) continue;
      found.push({
        key: festivalGreetingKey(festival.country, festival.key, festival.date, partner.id),
        partnerId: partner.id,
        date: festival.date,
        kind: 'festival',
        title: festival.name,
        contactId: null,
        festivalKey: festival.key,
        years: null,
        greeted: false,
        suppressed: greetingSuppression(partner, null, festival.date) !== null,
      });
    }
  }

  await markGreeted(ctx, found);
  return found.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.key.localeCompare(b.key)));
}

async function markGreeted(ctx: CoreContext, greetings: CandidateGreeting[]): Promise<void> {
  const greeted = new Set<string>();
  for (const keys of chunks(greetings.map((greeting) => greeting.key))) {
    const rows = await ctx.db
      .selectFrom('greetings')
      .where('deletedAt', 'is', null)
      .where('itemKey', 'in', keys)
      .select('itemKey')
      .execute();
    for (const row of rows) greeted.add(row.itemKey);
  }
  for (const greeting of greetings) greeting.greeted = greeted.has(greeting.key);
}

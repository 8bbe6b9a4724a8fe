// The greetings a visit could deliver: birthdays of the partners' contacts, partnership
// anniversaries and the festivals the team greets in each partner's country, keyed as the
// calendar and the greeting log key them (a festival per partner: `<festival item key>:<partnerId>`).
import { sql } from 'kysely';
import type { PlannerGreeting } from '../../shared/care';
import type { CoreContext } from '../context';
import { anniversariesInRange } from '../care/anniversaries';
import { birthdaysInRange } from '../care/birthdays';
import type { DateRange } from '../care/calendar-dates';
import { greetingSuppression } from '../care/etiquette';
import { festivalsInRange } from '../care/festivals';
import { readCareSettings } from '../care/settings';
import { yearlyDatesByMonthDay } from '../care/yearly-dates';

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
  const monthDays = [...yearlyDatesByMonthDay(range).keys()];
  const partners = [];
  const contacts = [];
  for (const ids of chunks([...new Set(partnerIds)])) {
    partners.push(
      ...(await ctx.db
        .selectFrom('partners')
        .where('id', 'in', ids)
        .where('deletedAt', 'is', null)
        .select(['id', 'name', 'country', 'partnershipStart', 'careStatus', 'careStatusUntil'])
        .execute()),
    );
    contacts.push(
      ...(await ctx.db
        .selectFrom('contacts as c')
        .where('c.partnerId', 'in', ids)
        .where('c.deletedAt', 'is', null)
        .where('c.birthday', '!=', '')
        .where((eb) =>
          eb.or([
            eb('c.birthdayLunar', '=', 1),
            eb(sql`substr(c.birthday, length(c.birthday) - 4)`, 'in', monthDays),
          ]),
        )
        .select([
          'c.id',
          'c.name',
          'c.partnerId',
          'c.birthday',
          'c.birthdayLunar',
          'c.careStatus',
          'c.careStatusUntil',
        ])
        .execute()),
    );
  }
  const partnerById = new Map(partners.map((partner) => [partner.id, partner]));
  const contactById = new Map(contacts.map((contact) => [contact.id, contact]));
  const found: CandidateGreeting[] = [];

  for (const birthday of birthdaysInRange(
    contacts.map((c) => ({
      id: c.id,
      name: c.name,
      partnerId: c.partnerId,
      birthday: c.birthday,
      lunar: c.birthdayLunar === 1,
    })),
    range,
  )) {
    const contact = contactById.get(birthday.contactId)!;
    const partner = partnerById.get(birthday.partnerId)!;
    found.push({
      key: `birthday:${contact.id}:${birthday.date}`,
      partnerId: partner.id,
      date: birthday.date,
      kind: 'birthday',
      title: contact.name,
      contactId: contact.id,
      festivalKey: null,
      years: birthday.age,
      greeted: false,
      suppressed: greetingSuppression(partner, contact, birthday.date) !== null,
    });
  }

  for (const anniversary of anniversariesInRange(
    partners.map((p) => ({ partnerId: p.id, partnershipStart: p.partnershipStart })),
    range,
  )) {
    const partner = partnerById.get(anniversary.partnerId)!;
    found.push({
      key: `anniversary:${partner.id}:${anniversary.date}`,
      partnerId: partner.id,
      date: anniversary.date,
      kind: 'anniversary',
      title: partner.name,
      contactId: null,
      festivalKey: null,
      years: anniversary.years,
      greeted: false,
      suppressed: greetingSuppression(partner, null, anniversary.date) !== null,
    });
  }

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

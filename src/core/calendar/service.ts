// The calendar range query: stored care events (repeats expanded, exceptions applied) plus the
// derived birthdays and partnership anniversaries of the partners in the filter, sorted by start.
import { sql, type SelectQueryBuilder } from 'kysely';
import type { CalendarItem } from '../../shared/calendar';
import type { CareEventKind } from '../../shared/care';
import type { CoreContext } from '../context';
import type { Database } from '../db/database';
import { anniversariesInRange } from '../care/anniversaries';
import { liveCareEvents } from '../care/service';
import { birthdaysInRange } from '../care/birthdays';
import { addDays, yearsOfRange, isLeapYear, type DateRange } from '../care/calendar-dates';
import { festivalsInRange } from '../care/festivals';
import { readCareSettings } from '../care/settings';
import { expandOccurrences, type SeriesException } from '../care/recurrence';
import { greetingSuppression } from '../care/etiquette';

export interface CalendarRangeQuery {
  from: string;
  to: string;
  ownerIds: string[];
  regions: string[];
  partnerId?: string | undefined;
  /** A set of partners (the visit planner's); not part of the screen's filter. */
  partnerIds?: readonly string[] | undefined;
  kinds: CareEventKind[];
  timeZone: string;
  /** Festivals' names in this language where the library has them (else the country's own). */
  language?: string | undefined;
}

/** Kinds the calendar derives rather than stores. */
const derivedKinds = new Set<CareEventKind>(['birthday', 'anniversary', 'festival']);

/** More than this many items is not a calendar anyone can read; the UI asks to narrow it. */
const maxItems = 5_000;

type PartnerScope = SelectQueryBuilder<Database & { p: Database['partners'] }, 'p', object>;

function partnersInScope(ctx: CoreContext, input: CalendarRangeQuery): PartnerScope {
  let scope: PartnerScope = ctx.db.selectFrom('partners as p').where('p.deletedAt', 'is', null);
  if (input.partnerId) scope = scope.where('p.id', '=', input.partnerId);
  if (input.partnerIds) scope = scope.where('p.id', 'in', [...input.partnerIds, '']);
  if (input.regions.length) scope = scope.where('p.region', 'in', input.regions);
  if (input.ownerIds.length) scope = scope.where('p.ownerId', 'in', input.ownerIds);
  return scope;
}

/** Month-days ('MM-DD') that occur in the range, with 02-29 when a common year's 28 February does. */
function monthDaysOf(range: DateRange): string[] {
  const days = new Set<string>();
  for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
    days.add(date.slice(5));
    if (date.endsWith('-02-28') && !isLeapYear(Number(date.slice(0, 4)))) days.add('02-29');
  }
  return [...days];
}

export async function calendarRange(
  ctx: CoreContext,
  input: CalendarRangeQuery,
  /** The screen's cap; the .ics export wants every item. */
  limit = maxItems,
): Promise<{ items: CalendarItem[]; truncated: boolean }> {
  const range: DateRange = { from: input.from, to: input.to };
  const wants = (kind: CareEventKind) => input.kinds.length === 0 || input.kinds.includes(kind);
  const items: CalendarItem[] = [];

  const storedKinds = input.kinds.filter((kind) => !derivedKinds.has(kind));
  if (input.kinds.length === 0 || storedKinds.length > 0) {
    items.push(...(await storedEvents(ctx, input, range, storedKinds)));
  }
  if (wants('birthday')) items.push(...(await birthdays(ctx, input, range)));
  if (wants('anniversary')) items.push(...(await anniversaries(ctx, input, range)));
  if (wants('festival')) items.push(...(await festivals(ctx, input, range)));

  items.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.title.localeCompare(b.title)));
  const shown = items.slice(0, limit);
  await markGreeted(ctx, shown);
  return { items: shown, truncated: items.length > limit };
}

async function storedEvents(
  ctx: CoreContext,
  input: CalendarRangeQuery,
  range: DateRange,
  kinds: CareEventKind[],
): Promise<CalendarItem[]> {
  const inScope = () => {
    const query = liveCareEvents(ctx).where('e.partnerId', 'in', partnersInScope(ctx, input).select('p.id'));
    return kinds.length ? query.where('e.kind', 'in', kinds) : query;
  };
  // Two queries rather than one OR, so each walks its own index: single events by their start (a
  // day either side for instants in other zones; all-day dates and instants compare as text)...
  const single = inScope()
    .where('e.rrule', 'is', null)
    .where('e.start', '>=', addDays(range.from, -1))
    .where('e.start', '<', addDays(range.to, 2))
    .execute();
  // ...and the few repeating series that started before the range ends, or that have an
  // exception (a moved occurrence may land in the range from anywhere).
  const repeating = inScope()
    .where('e.rrule', 'is not', null)
    .where((eb) => eb.or([eb('e.start', '<', addDays(range.to, 2)), eb('e.exceptions', '!=', '[]')]))
    .execute();
  const rows = [...(await single), ...(await repeating)];

  return rows.flatMap((row) => {
    const { occurrences } = expandOccurrences(
      {
        id: row.id,
        start: row.start,
        end: row.end,
        allDay: row.allDay === 1,
        timeZone: row.timeZone,
        rrule: row.rrule,
        exceptions: JSON.parse(row.exceptions) as SeriesException[],
      },
      range,
      input.timeZone,
    );
    const contactIds = JSON.parse(row.contactIds) as string[];
    return occurrences.map((occurrence): CalendarItem => ({
      key: `${row.id}:${occurrence.occurrence}`,
      source: 'event',
      kind: row.kind,
      title: row.title,
      allDay: row.allDay === 1,
      start: occurrence.start,
      end: occurrence.end,
      partnerId: row.partnerId,
      partnerName: row.partnerName,
      country: null,
      festivalKey: null,
      contactId: contactIds[0] ?? null,
      eventId: row.id,
      occurrence: occurrence.occurrence,
      // One occurrence closed on its own shows its own status; the others follow the series.
      status: occurrence.status ?? row.status,
      years: null,
      lunar: false,
      shiftedFromLeapDay: false,
      greeted: false,
      suppressed: null,
    }));
  });
}

/** What the birthday items need of each contact and its partner. */
const birthdayColumns = [
  'c.id',
  'c.name',
  'c.partnerId',
  'c.birthday',
  'c.birthdayLunar',
  'c.careStatus',
  'c.careStatusUntil',
  'p.name as partnerName',
  'p.careStatus as partnerCareStatus',
  'p.careStatusUntil as partnerCareStatusUntil',
] as const;

const monthDayOfBirthday = sql<string>`substr(c.birthday, length(c.birthday) - 4)`;

/**
 * Contacts in scope whose birthday may fall in the range: those on one of its month-days, and the
 * lunar ones (their day moves every year, so they are converted rather than matched by day).
 */
async function birthdayContacts(ctx: CoreContext, input: CalendarRangeQuery, monthDays: string[]) {
  const namedPartners = input.partnerId !== undefined || input.partnerIds !== undefined;
  const everyone = input.ownerIds.length === 0 && input.regions.length === 0 && !namedPartners;
  if (everyone || (input.ownerIds.length > 0 && !namedPartners)) {
    // An owner's contacts carry the owner (derived), so each query is one index range; without
    // any filter, the birthday's month-day index is read directly.
    let mine = ctx.db
      .selectFrom('contacts as c')
      .innerJoin('partners as p', 'p.id', 'c.partnerId')
      .$if(!everyone, (query) => query.where('c.ownerId', 'in', input.ownerIds))
      .where('c.deletedAt', 'is', null)
      .where('c.birthday', '!=', '')
      .where('p.deletedAt', 'is', null);
    if (input.regions.length) mine = mine.where('p.region', 'in', input.regions);
    const onTheDays = await mine
      .where(monthDayOfBirthday, 'in', monthDays)
      .where('c.birthdayLunar', '=', 0)
      .select(birthdayColumns)
      .execute();
    const lunar = await mine.where('c.birthdayLunar', '=', 1).select(birthdayColumns).execute();
    return [...onTheDays, ...lunar];
  }
  // Driven from the partners in scope, each partner's contacts with a birthday come from the
  // narrow contacts_birthdays index; only the contacts whose day falls in the range are read.
  return partnersInScope(ctx, input)
    .innerJoin('contacts as c', 'c.partnerId', 'p.id')
    .where('c.deletedAt', 'is', null)
    .where('c.birthday', '!=', '')
    .where((eb) => eb.or([eb('c.birthdayLunar', '=', 1), eb(monthDayOfBirthday, 'in', monthDays)]))
    .select(birthdayColumns)
    .execute();
}

export async function birthdays(
  ctx: CoreContext,
  input: CalendarRangeQuery,
  range: DateRange,
): Promise<CalendarItem[]> {
  const monthDays = monthDaysOf(range);
  const contacts = await birthdayContacts(ctx, input, monthDays);
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  return birthdaysInRange(
    contacts.map((c) => ({
      id: c.id,
      name: c.name,
      partnerId: c.partnerId,
      birthday: c.birthday,
      lunar: c.birthdayLunar === 1,
    })),
    range,
  ).map((birthday): CalendarItem => {
    const contact = byId.get(birthday.contactId)!;
    return {
      key: `birthday:${birthday.contactId}:${birthday.date}`,
      source: 'birthday',
      kind: 'birthday',
      title: contact.name,
      allDay: true,
      start: birthday.date,
      end: null,
      partnerId: contact.partnerId,
      partnerName: contact.partnerName,
      country: null,
      festivalKey: null,
      contactId: contact.id,
      eventId: null,
      occurrence: null,
      status: null,
      years: birthday.age,
      lunar: birthday.lunar,
      shiftedFromLeapDay: birthday.shiftedFromLeapDay,
      greeted: false,
      suppressed: greetingSuppression(
        { careStatus: contact.partnerCareStatus, careStatusUntil: contact.partnerCareStatusUntil },
        contact,
        birthday.date,
      ),
    };
  });
}

export async function anniversaries(
  ctx: CoreContext,
  input: CalendarRangeQuery,
  range: DateRange,
): Promise<CalendarItem[]> {
  const partners = await partnersInScope(ctx, input)
    .where('p.partnershipStart', 'is not', null)
    .where(sql`substr(p.partnership_start, 6)`, 'in', monthDaysOf(range))
    .where(sql`substr(p.partnership_start, 1, 4)`, '<', String(Math.max(...yearsOfRange(range))))
    .select(['p.id', 'p.name', 'p.partnershipStart', 'p.careStatus', 'p.careStatusUntil'])
    .execute();
  const byId = new Map(partners.map((p) => [p.id, p]));
  return anniversariesInRange(
    partners.map((p) => ({ partnerId: p.id, partnershipStart: p.partnershipStart })),
    range,
  ).map((anniversary): CalendarItem => ({
    key: `anniversary:${anniversary.partnerId}:${anniversary.date}`,
    source: 'anniversary',
    kind: 'anniversary',
    title: byId.get(anniversary.partnerId)?.name ?? '',
    allDay: true,
    start: anniversary.date,
    end: null,
    partnerId: anniversary.partnerId,
    partnerName: byId.get(anniversary.partnerId)?.name ?? '',
    country: null,
    festivalKey: null,
    contactId: null,
    eventId: null,
    occurrence: null,
    status: null,
    years: anniversary.years,
    lunar: false,
    shiftedFromLeapDay: anniversary.shiftedFromLeapDay,
    greeted: false,
    suppressed: greetingSuppression(byId.get(anniversary.partnerId)!, null, anniversary.date),
  }));
}

/** The greeting festivals of the countries the filtered partners are in (default selection). */
async function festivals(
  ctx: CoreContext,
  input: CalendarRangeQuery,
  range: DateRange,
): Promise<CalendarItem[]> {
  const countries = await partnersInScope(ctx, input).select('p.country').distinct().execute();
  const { festivalsByCountry } = await readCareSettings(ctx);
  return festivalsInRange(
    countries.map((row) => row.country),
    range,
    festivalsByCountry,
    input.language ?? null,
  ).map((festival): CalendarItem => ({
    key: `festival:${festival.country}:${festival.key}:${festival.date}`,
    source: 'festival',
    kind: 'festival',
    title: festival.name,
    allDay: true,
    start: festival.date,
    end: null,
    partnerId: null,
    partnerName: null,
    country: festival.country,
    festivalKey: festival.key,
    contactId: null,
    eventId: null,
    occurrence: null,
    status: null,
    years: null,
    lunar: false,
    shiftedFromLeapDay: false,
    greeted: false,
    suppressed: null,
  }));
}

/** Marks the birthdays and anniversaries that were greeted already, from the greeting log. */
export async function markGreeted(ctx: CoreContext, items: CalendarItem[]): Promise<void> {
  const greetable = items.filter((item) => item.source === 'birthday' || item.source === 'anniversary');
  const greeted = new Set<string>();
  // SQLite allows 32,766 parameters; stay far below.
  for (let i = 0; i < greetable.length; i += 500) {
    const keys = greetable.slice(i, i + 500).map((item) => item.key);
    const rows = await ctx.db
      .selectFrom('greetings')
      .where('deletedAt', 'is', null)
      .where('itemKey', 'in', keys)
      .select('itemKey')
      .execute();
    for (const row of rows) greeted.add(row.itemKey);
  }
  for (const item of greetable) item.greeted = greeted.has(item.key);
}

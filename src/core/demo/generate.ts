// The demo data set a prospect sees first: owners, partners and their contacts across Malaysia,
// Indonesia, the Netherlands and China. Pure and deterministic: the same options always give the
// same records, ids included, so tests, screenshots and the benchmark can rely on it.
import { ulid } from 'ulid';
import type { ContactFields } from '../../shared/contacts';
import type { OwnerFields } from '../../shared/owners';
import type { PartnerFields, PartnerStatus, PartnerType } from '../../shared/partners';
import { china } from './china';
import { indonesia } from './indonesia';
import { malaysia } from './malaysia';
import { domainStem, type BusinessKind, type Market, type Person, type Region } from './market';
import { netherlands } from './netherlands';
import { familyNote, interests, partnerNote } from './notes';
import { DemoRandom, WeightedChoice } from './random';

export interface DemoDataOptions {
  partners: number;
  seed?: number;
  /** 'YYYY-MM-DD', the day the data is generated for */
  today: string;
}

export type DemoOwner = { id: string } & OwnerFields;
export type DemoPartner = { id: string; createdAt: string } & PartnerFields;
export type DemoContact = { id: string; createdAt: string } & ContactFields;

export interface DemoData {
  owners: DemoOwner[];
  partners: DemoPartner[];
  contacts: DemoContact[];
}

export const defaultDemoSeed = 1;

/** About one owner per 2,000 partners, at least 4 (one per market) and at most 40. */
export function demoOwnerCount(partners: number): number {
  return Math.min(40, Math.max(4, Math.round(partners / 2000)));
}

const markets: readonly (readonly [Market, number])[] = [
  [malaysia, 30],
  [indonesia, 30],
  [china, 25],
  [netherlands, 15],
];

interface Territory {
  market: Market;
  region: Region;
  /** Share of all partners expected in this region. */
  share: number;
}

const territories: readonly Territory[] = markets.flatMap(([market, marketWeight]) => {
  const regionTotal = market.regions.reduce((sum, region) => sum + region.weight, 0);
  const marketTotal = markets.reduce((sum, [, weight]) => sum + weight, 0);
  return market.regions.map((region) => ({
    market,
    region,
    share: (marketWeight / marketTotal) * (region.weight / regionTotal),
  }));
});
const territoryChoice = new WeightedChoice(
  territories.map((territory) => [territory, territory.share] as const),
);

// Few distributors, many dealers and retailers, as in a real channel.
const partnerTypeChoice = new WeightedChoice<PartnerType>([
  ['distributor', 3],
  ['wholesaler', 10],
  ['agent', 7],
  ['dealer', 30],
  ['reseller', 15],
  ['retailer', 35],
]);
const statusChoice = new WeightedChoice<PartnerStatus>([
  ['active', 78],
  ['prospect', 8],
  ['paused', 6],
  ['churned', 8],
]);
// Bigger partners have more people to know; the overall mean stays at about three.
const contactCountChoice: Record<BusinessKind, WeightedChoice<number>> = {
  trade: new WeightedChoice([
    [2, 15],
    [3, 40],
    [4, 45],
  ]),
  shop: new WeightedChoice([
    [2, 33],
    [3, 41],
    [4, 26],
  ]),
};

const tradeRoles = [
  'Purchasing Manager',
  'Sales Manager',
  'Finance Manager',
  'Operations Manager',
  'Marketing Manager',
  'Logistics Coordinator',
  'Accounts Executive',
  'Key Account Manager',
];
const shopRoles = [
  'Store Manager',
  'Purchasing',
  'Finance',
  'Sales Supervisor',
  'Admin Executive',
  'Assistant Manager',
  'Service Technician',
];
const headRoles = ['Managing Director', 'Director', 'Owner'];

/** The demo brand's own domain, for the owners' (its account managers') addresses. */
const brandDomain = 'lumorahome.com';

const dayMs = 86_400_000;
const partnershipYears = 12;
const crmYears = 3;

export function generateDemoData(options: DemoDataOptions): DemoData {
  const { partners: partnerCount, today } = options;
  const seed = options.seed ?? defaultDemoSeed;
  if (!Number.isSafeInteger(partnerCount) || partnerCount < 0) {
    throw new RangeError(`partners must be a non-negative integer, got ${partnerCount}`);
  }
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const builder = new DemoDataBuilder(new DemoRandom(seed), parseDay(today), partnerCount);
  for (let index = 0; index < partnerCount; index++) builder.addPartner();
  return builder.data();
}

interface PartnerContext {
  market: Market;
  region: Region;
  kind: BusinessKind;
  head: Person;
  ownDomain: string;
  createdDay: number;
  createdMs: number;
}

/** The state one data set is built with; one partner and its contacts at a time. */
class DemoDataBuilder {
  private readonly clock: Clock;
  private readonly todayYear: number;
  /** Every createdAt is on or before this day, so it is in the past in any time zone. */
  private readonly latestDay: number;
  /** When the brand started using ChannelKeeper: partners older than that were imported then. */
  private readonly crmStartDay: number;
  private readonly owners: { owner: DemoOwner; territory: Territory }[];
  private readonly ownersByRegion = new Map<Region, DemoOwner[]>();
  private readonly ownersByMarket = new Map<Market, DemoOwner[]>();
  private readonly partners: DemoPartner[] = [];
  private readonly contacts: DemoContact[] = [];
  private readonly usedNames = new Set<string>();
  private readonly birthdays: Birthdays;
  private readonly newTag: string;

  constructor(
    private readonly random: DemoRandom,
    private readonly todayDay: number,
    partnerCount: number,
  ) {
    this.clock = new Clock(todayDay);
    this.todayYear = this.clock.year(todayDay);
    this.latestDay = todayDay - 2;
    this.crmStartDay = todayDay - crmYears * 365;
    this.birthdays = new Birthdays(this.todayYear);
    this.newTag = `new ${this.todayYear}`;
    const ownersCreatedMs = this.clock.instantMs(this.crmStartDay - 7, 8, 0.1);
    this.owners = generateOwners(random, demoOwnerCount(partnerCount), ownersCreatedMs);
    for (const { owner, territory } of this.owners) {
      pushTo(this.ownersByRegion, territory.region, owner);
      pushTo(this.ownersByMarket, territory.market, owner);
    }
  }

  data(): DemoData {
    return {
      owners: this.owners.map(({ owner }) => owner),
      partners: this.partners,
      contacts: this.contacts,
    };
  }

  addPartner(): void {
    const { random, clock } = this;
    const { market, region } = territoryChoice.pick(random);
    const city = region.cityChoice.pick(random);
    const type = partnerTypeChoice.pick(random);
    const kind: BusinessKind =
      type === 'distributor' || type === 'wholesaler' || type === 'agent' ? 'trade' : 'shop';
    const status = statusChoice.pick(random);

    // Re-roll a taken name a few times, then also with its city added ("Bakker Elektro Zwolle"),
    // so duplicates stay rare even where the names of a market are few.
    let business = market.business(random, kind, city, region);
    let name = flat(business.name); // hashing a flat string is cheaper than a concatenated one
    let distinguished = false;
    for (let attempt = 1; attempt < 8 && this.usedNames.has(name); attempt++) {
      business = market.business(random, kind, city, region);
      distinguished = attempt >= 4;
      name = flat(distinguished ? market.nameInCity(business.name, city) : business.name);
    }
    this.usedNames.add(name);

    const head = market.person(random, region, business.founder);
    const ownDomain =
      kind === 'trade' || random.chance(0.55)
        ? `${domainStem(business)}${distinguished ? city.slug : ''}.${random.pick(market.companyDomainSuffixes)}`
        : '';
    const startDay = partnershipStartDay(random, status, this.todayDay);
    // Partners that started after the CRM came in were entered as prospects shortly before.
    const createdDay =
      startDay === null
        ? random.between(this.todayDay - 365, this.latestDay)
        : startDay - 60 >= this.crmStartDay
          ? Math.min(this.latestDay, startDay - random.between(0, 60))
          : this.crmStartDay + random.between(0, 45);
    const createdMs = clock.instantMs(
      clock.workday(createdDay, this.latestDay),
      market.utcOffsetHours,
      random.next(),
    );

    const partner: DemoPartner = {
      id: flat(ulid(createdMs, random.next)),
      createdAt: flat(clock.iso(createdMs)),
      name,
      legalName: flat(business.legalName),
      type,
      status,
      region: region.name,
      country: market.country,
      city: city.name,
      address: flat(market.address(random, kind, city, region, business)),
      phone: flat(
        kind === 'trade' || random.chance(0.8) ? market.landline(random, city) : market.mobile(random),
      ),
      email: flat(
        ownDomain ? `${random.pick(market.mailboxes)}@${ownDomain}` : market.personalEmail(random, head),
      ),
      website: ownDomain && random.chance(0.85) ? flat(`https://www.${ownDomain}`) : '',
      ownerId: this.pickOwner(region, market),
      partnershipStart: startDay === null ? null : clock.date(startDay),
      tags: partnerTags(
        random,
        market,
        type,
        status,
        startDay !== null && clock.year(startDay) === this.todayYear,
        this.newTag,
      ),
      notes: random.chance(0.45) ? flat(partnerNote(random, market, status, city.name)) : '',
      // Key accounts are visited more often than their type's default.
      visitCadenceDays: type === 'distributor' ? 21 : null,
      careStatus: null,
      careStatusUntil: null,
      careStatusNote: '',
    };
    this.partners.push(partner);
    this.addContacts(partner, { market, region, kind, head, ownDomain, createdDay, createdMs });
  }

  private addContacts(partner: DemoPartner, context: PartnerContext): void {
    const { random, clock } = this;
    const { market, region, kind, head, ownDomain, createdDay, createdMs } = context;
    const count = contactCountChoice[kind].pick(random);
    const roles = kind === 'trade' ? tradeRoles : shopRoles;
    const firstRole = random.int(roles.length);
    const headRole =
      kind === 'shop' ? 'Owner' : market.country === 'CN' ? 'General Manager' : random.pick(headRoles);
    let previousName = '';
    for (let position = 0; position < count; position++) {
      let person = position === 0 ? head : market.person(random, region);
      // Two colleagues with the same name at one partner would look like a bug.
      if (position > 0 && (person.name === head.name || person.name === previousName)) {
        person = market.person(random, region);
      }
      previousName = person.name;
      // Most contacts are entered with their partner, some later as the team meets more people.
      const laterMs =
        createdDay < this.latestDay && random.chance(0.3)
          ? clock.instantMs(
              clock.workday(random.between(createdDay + 1, this.latestDay), this.latestDay),
              market.utcOffsetHours,
              random.next(),
            )
          : 0;
      const contactMs = Math.max(laterMs, createdMs + random.between(20, 900) * 1000);
      const mobile = flat(market.mobile(random));
      this.contacts.push({
        id: flat(ulid(contactMs, random.next)),
        createdAt: flat(clock.iso(contactMs)),
        partnerId: partner.id,
        name: flat(person.name),
        role: position === 0 ? headRole : roles[(firstRole + position) % roles.length]!,
        phone: position > 0 && random.chance(0.2) ? partner.phone : mobile,
        email: flat(contactEmail(random, market, person, ownDomain)),
        whatsapp: random.chance(market.whatsappShare) ? mobile : '',
        birthday: this.birthdays.pick(random, this.contacts.length, position === 0),
        preferredLanguage: person.language,
        familyNotes: random.chance(position === 0 ? 0.55 : 0.3)
          ? flat(familyNote(random, person, position === 0))
          : '',
        interests: random.chance(0.5) ? flat(interests(random, market)) : '',
        // Some older Chinese contacts keep their birthday by the lunar calendar. Chosen from the
        // birthday itself rather than a new random draw, so existing seeds keep their data.
        birthdayLunar: false,
        careStatus: null,
        careStatusUntil: null,
        careStatusNote: '',
      });
      const added = this.contacts[this.contacts.length - 1]!;
      added.birthdayLunar =
        added.preferredLanguage === 'zh' && /^19[4-6]\d-\d\d-\d[05]$/.test(added.birthday);
    }
  }

  /** Mostly an owner of the partner's region, else one from its country; about 5% have none. */
  private pickOwner(region: Region, market: Market): string | null {
    const { random } = this;
    if (random.chance(0.05)) return null;
    const regional = this.ownersByRegion.get(region);
    const pool = regional && random.chance(0.93) ? regional : this.ownersByMarket.get(market);
    return pool ? random.pick(pool).id : null;
  }
}

/**
 * V8 keeps a string built by concatenation as a tree of its pieces until something reads it.
 * Reading a character flattens it at once, so the pieces die young instead of being copied by
 * every garbage collection: for 400,000 records that is most of the memory and the time.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

/**
 * Owners cover the biggest region of each market first, then seats go to regions in proportion to
 * their share of partners (D'Hondt), so big regions get several owners and small ones may share.
 */
function generateOwners(
  random: DemoRandom,
  count: number,
  createdMs: number,
): { owner: DemoOwner; territory: Territory }[] {
  const seats = new Map<Territory, number>();
  const assigned: Territory[] = [];
  for (const [market] of markets) {
    const biggest = territories
      .filter((territory) => territory.market === market)
      .reduce((best, territory) => (territory.share > best.share ? territory : best));
    assigned.push(biggest);
    seats.set(biggest, 1);
  }
  while (assigned.length < count) {
    let best = territories[0]!;
    let bestQuotient = -1;
    for (const territory of territories) {
      const quotient = territory.share / ((seats.get(territory) ?? 0) + 1);
      if (quotient > bestQuotient) {
        best = territory;
        bestQuotient = quotient;
      }
    }
    assigned.push(best);
    seats.set(best, (seats.get(best) ?? 0) + 1);
  }

  const names = new Set<string>();
  return assigned.slice(0, count).map((territory, index) => {
    let person = territory.market.person(random, territory.region);
    for (let attempt = 0; attempt < 10 && names.has(person.name); attempt++) {
      person = territory.market.person(random, territory.region);
    }
    names.add(person.name);
    const local = person.last === '' ? person.first : `${person.first}.${person.last}`;
    const owner: DemoOwner = {
      id: ulid(createdMs + index * 60_000, random.next),
      name: person.name,
      email: `${local}@${brandDomain}`,
      region: territory.region.name,
    };
    return { owner, territory };
  });
}

/** None for prospects; otherwise within the last 12 years, more of them recent as the channel grew. */
function partnershipStartDay(random: DemoRandom, status: PartnerStatus, todayDay: number): number | null {
  if (status === 'prospect') return null;
  const span = partnershipYears * 365;
  // Churned partners had time to become partners before leaving.
  const minimumAge = status === 'churned' ? 365 : 0;
  return todayDay - minimumAge - Math.floor((span - minimumAge) * random.next() ** 1.25);
}

function partnerTags(
  random: DemoRandom,
  market: Market,
  type: PartnerType,
  status: PartnerStatus,
  startedThisYear: boolean,
  newTag: string,
): string[] {
  const tags: string[] = [];
  const big = type === 'distributor' || type === 'wholesaler';
  if (
    random.chance(type === 'distributor' ? 0.6 : type === 'wholesaler' ? 0.3 : type === 'agent' ? 0.15 : 0.04)
  ) {
    tags.push('key account');
  }
  if (
    random.chance(type === 'distributor' ? 0.4 : type === 'agent' ? 0.2 : type === 'dealer' ? 0.08 : 0.02)
  ) {
    tags.push('exclusive territory');
  }
  if ((big || type === 'agent') && random.chance(market.country === 'CN' ? 0.3 : 0.12)) tags.push('export');
  if (random.chance(type === 'reseller' ? 0.45 : type === 'retailer' ? 0.15 : 0.06)) tags.push('e-commerce');
  if ((market.country === 'MY' || market.country === 'ID') && random.chance(big ? 0.3 : 0.12)) {
    tags.push('halal certified');
  }
  if (type === 'dealer' && random.chance(0.3)) tags.push('showroom');
  if (type === 'dealer' && random.chance(0.12)) tags.push('service centre');
  if (random.chance(0.12)) tags.push('price sensitive');
  if (status !== 'prospect' && random.chance(0.08)) tags.push('co-op marketing');
  if (status !== 'prospect' && random.chance(0.15)) tags.push('training completed');
  if (status === 'prospect' && random.chance(0.3)) tags.push('trade fair lead');
  if (startedThisYear && random.chance(0.8)) tags.push(newTag);
  return tags;
}

function contactEmail(random: DemoRandom, market: Market, person: Person, ownDomain: string): string {
  const choice = random.next();
  if (choice < 0.1) return '';
  if (ownDomain === '' || choice > 0.85) return market.personalEmail(random, person);
  const { first, last } = person;
  if (last === '' || choice < 0.35) return `${first}@${ownDomain}`;
  return choice < 0.7 ? `${first}.${last}@${ownDomain}` : `${first.charAt(0)}${last}@${ownDomain}`;
}

// Month-day strings of a common year, "01-01" to "12-31".
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].flatMap((days, month) =>
  Array.from({ length: days }, (_, day) => `${pad2(month + 1)}-${pad2(day + 1)}`),
);
const leapDayIndex = monthDays.length;

/**
 * Most contacts have a birthday; about 30% without the year (--MM-DD). A fixed sprinkling of
 * 29 February birthdays makes sure even small data sets exercise the leap-day case. The strings
 * are shared: there are only some 18,000 different ones among 300,000 contacts.
 */
class Birthdays {
  private readonly withYear: string[] = [];
  private readonly withoutYear: string[] = [...monthDays, '02-29'].map((monthDay) => `--${monthDay}`);

  constructor(private readonly todayYear: number) {}

  pick(random: DemoRandom, contactIndex: number, isHead: boolean): string {
    const leapDay = contactIndex % 397 === 11;
    if (!leapDay && random.chance(0.06)) return '';
    const day = leapDay ? leapDayIndex : random.int(365);
    if (random.chance(0.3)) return this.withoutYear[day]!;
    let age = isHead ? random.between(35, 70) : random.between(23, 60);
    // Born on 29 February means born in a leap year; all years in range are in 1901..2099.
    if (day === leapDayIndex) age += (this.todayYear - age) % 4;
    const key = age * 366 + day;
    return (this.withYear[key] ??=
      `${this.todayYear - age}-${day === leapDayIndex ? '02-29' : monthDays[day]!}`);
  }
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function parseDay(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  // From 2000 on, so 12 years of history and the ids' timestamps stay well after 1970.
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date || date < '2000') {
    throw new RangeError(`today must be a real date from 2000 on, as YYYY-MM-DD, got "${date}"`);
  }
  return ms / dayMs;
}

const hoursMinutes = Array.from(
  { length: 1440 },
  (_, minute) => `${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}`,
);
const millis = Array.from({ length: 1000 }, (_, value) => String(value).padStart(3, '0'));

/**
 * Days and instants around `today`, formatted from precomputed tables: Date#toISOString for
 * 400,000 records would be a noticeable share of the generation time.
 */
class Clock {
  private readonly firstDay: number;
  private readonly dates: string[];
  private readonly years: number[];

  constructor(todayDay: number) {
    this.firstDay = todayDay - (partnershipYears + 1) * 366;
    const count = todayDay - this.firstDay + 1;
    this.dates = new Array<string>(count);
    this.years = new Array<number>(count);
    for (let offset = 0; offset < count; offset++) {
      const iso = new Date((this.firstDay + offset) * dayMs).toISOString();
      this.dates[offset] = iso.slice(0, 10);
      this.years[offset] = Number(iso.slice(0, 4));
    }
  }

  date(day: number): string {
    return this.dates[day - this.firstDay]!;
  }

  year(day: number): number {
    return this.years[day - this.firstDay]!;
  }

  /** The day moved off a weekend (to Friday or Monday), never after `latest`. */
  workday(day: number, latest: number): number {
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 is Sunday
    if (weekday === 6) return day - 1;
    if (weekday === 0) return day + 1 <= latest ? day + 1 : day - 2;
    return day;
  }

  /** An instant in office hours (08:00-18:59 local time) of the given day. */
  instantMs(day: number, utcOffsetHours: number, fraction: number): number {
    const officeMs = 11 * 3_600_000;
    return day * dayMs + (8 - utcOffsetHours) * 3_600_000 + Math.floor(fraction * officeMs);
  }

  iso(ms: number): string {
    const day = Math.floor(ms / dayMs);
    const msOfDay = ms - day * dayMs;
    const minuteOfDay = Math.floor(msOfDay / 60_000);
    const msOfMinute = msOfDay - minuteOfDay * 60_000;
    const seconds = Math.floor(msOfMinute / 1000);
    return `${this.date(day)}T${hoursMinutes[minuteOfDay]!}:${pad2(seconds)}.${millis[msOfMinute - seconds * 1000]!}Z`;
  }
}

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
import type { BusinessKind, Market, Person, Region } from './market';
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
/** When the brand started using ChannelKeeper: older partners were imported then. */
const crmYears = 3;

export function generateDemoData(options: DemoDataOptions): DemoData {
  const { partners: partnerCount, today } = options;
  const seed = options.seed ?? defaultDemoSeed;
  if (!Number.isSafeInteger(partnerCount) || partnerCount < 0) {
    throw new RangeError(`partners must be a non-negative integer, got ${partnerCount}`);
  }
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const todayDay = parseDay(today);
  const todayYear = Number(today.slice(0, 4));

  const random = new DemoRandom(seed);
  const clock = new Clock(todayDay);
  const latestDay = todayDay - 2; // every createdAt is in the past in any time zone
  const crmStartDay = todayDay - crmYears * 365;

  const owners = generateOwners(
    random,
    demoOwnerCount(partnerCount),
    clock.instantMs(crmStartDay - 7, 8, 0.1),
  );
  const ownersByRegion = new Map<Region, DemoOwner[]>();
  const ownersByMarket = new Map<Market, DemoOwner[]>();
  for (const { owner, territory } of owners) {
    pushTo(ownersByRegion, territory.region, owner);
    pushTo(ownersByMarket, territory.market, owner);
  }

  const partners: DemoPartner[] = new Array<DemoPartner>(partnerCount);
  const contacts: DemoContact[] = [];
  const usedNames = new Set<string>();
  const newTag = `new ${todayYear}`;

  for (let index = 0; index < partnerCount; index++) {
    const { market, region } = territoryChoice.pick(random);
    const city = region.cityChoice.pick(random);
    const type = partnerTypeChoice.pick(random);
    const kind: BusinessKind =
      type === 'distributor' || type === 'wholesaler' || type === 'agent' ? 'trade' : 'shop';
    const status = statusChoice.pick(random);

    // Re-roll a taken name a few times, then tell it apart by its city, so duplicates stay rare.
    let business = market.business(random, kind, city, region);
    for (let attempt = 0; attempt < 3 && usedNames.has(business.name); attempt++) {
      business = market.business(random, kind, city, region);
    }
    let name = business.name;
    let domainStem = business.domainStem;
    if (usedNames.has(name)) {
      name = market.nameInCity(name, city);
      domainStem += city.slug;
    }
    usedNames.add(name);

    const head = market.person(random, region, business.founder);
    const ownDomain =
      kind === 'trade' || random.chance(0.55)
        ? `${domainStem}.${random.pick(market.companyDomainSuffixes)}`
        : '';

    const startDay = partnershipStartDay(random, status, todayDay);
    const createdDay =
      startDay === null
        ? random.between(todayDay - 365, latestDay)
        : startDay - 60 >= crmStartDay
          ? Math.min(latestDay, startDay - random.between(0, 60))
          : crmStartDay + random.between(0, 45);
    const createdMs = clock.instantMs(
      clock.workday(createdDay, latestDay),
      market.utcOffsetHours,
      random.next(),
    );

    const partner: DemoPartner = {
      id: flat(ulid(createdMs, random.next)),
      createdAt: flat(clock.iso(createdMs)),
      name: flat(name),
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
      ownerId: pickOwner(random, region, market, ownersByRegion, ownersByMarket),
      partnershipStart: startDay === null ? null : clock.date(startDay),
      tags: partnerTags(
        random,
        market,
        type,
        status,
        startDay !== null && clock.year(startDay) === todayYear,
        newTag,
      ),
      notes: random.chance(0.45) ? flat(partnerNote(random, market, status, city.name)) : '',
    };
    partners[index] = partner;

    const contactCount = contactCountChoice[kind].pick(random);
    const roles = kind === 'trade' ? tradeRoles : shopRoles;
    const firstRole = random.int(roles.length);
    let previousName = '';
    for (let position = 0; position < contactCount; position++) {
      let person = position === 0 ? head : market.person(random, region);
      // Two colleagues with the same name at one partner would look like a bug.
      if (position > 0 && (person.name === head.name || person.name === previousName)) {
        person = market.person(random, region);
      }
      previousName = person.name;
      const headRole =
        kind === 'shop' ? 'Owner' : market.country === 'CN' ? 'General Manager' : random.pick(headRoles);
      const role = position === 0 ? headRole : roles[(firstRole + position) % roles.length]!;
      // Contacts are entered with their partner, or later as the team gets to know more people.
      const contactMs =
        createdDay < latestDay && random.chance(0.3)
          ? clock.instantMs(
              clock.workday(random.between(createdDay + 1, latestDay), latestDay),
              market.utcOffsetHours,
              random.next(),
            )
          : createdMs + random.between(20, 900) * 1000;
      const mobile = flat(market.mobile(random));
      const officePhone = position > 0 && random.chance(0.2);
      contacts.push({
        id: flat(ulid(Math.max(contactMs, createdMs + 1000), random.next)),
        createdAt: flat(clock.iso(Math.max(contactMs, createdMs + 1000))),
        partnerId: partner.id,
        name: flat(person.name),
        role,
        phone: officePhone ? partner.phone : mobile,
        email: flat(contactEmail(random, market, person, ownDomain)),
        whatsapp: random.chance(market.whatsappShare) ? mobile : '',
        birthday: flat(birthday(random, contacts.length, todayYear, position === 0)),
        preferredLanguage: person.language,
        familyNotes: random.chance(position === 0 ? 0.55 : 0.3) ? flat(familyNote(random, person)) : '',
        interests: random.chance(0.5) ? flat(interests(random, market)) : '',
      });
    }
  }

  return { owners: owners.map(({ owner }) => owner), partners, contacts };
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

/** Mostly an owner of the partner's region, else one from its country; about 5% have none. */
function pickOwner(
  random: DemoRandom,
  region: Region,
  market: Market,
  ownersByRegion: Map<Region, DemoOwner[]>,
  ownersByMarket: Map<Market, DemoOwner[]>,
): string | null {
  if (random.chance(0.05)) return null;
  const regional = ownersByRegion.get(region);
  const pool = regional && random.chance(0.93) ? regional : ownersByMarket.get(market);
  return pool ? random.pick(pool).id : null;
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

// Month-day strings of a common year, and the months' lengths to build them.
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].flatMap((days, month) =>
  Array.from({ length: days }, (_, day) => `${pad2(month + 1)}-${pad2(day + 1)}`),
);

/**
 * Most contacts have a birthday; about 30% without the year (--MM-DD). A fixed sprinkling of
 * 29 February birthdays makes sure even small data sets exercise the leap-day case.
 */
function birthday(random: DemoRandom, contactIndex: number, todayYear: number, isHead: boolean): string {
  if (random.chance(0.06)) return '';
  const leapDay = contactIndex % 397 === 11;
  const monthDay = leapDay ? '02-29' : monthDays[random.int(365)]!;
  if (random.chance(0.3)) return `--${monthDay}`;
  let year = todayYear - (isHead ? random.between(35, 70) : random.between(23, 60));
  if (leapDay) year -= year % 4; // the years in range are all in 1901..2099, where every 4th is leap
  return `${year}-${monthDay}`;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function parseDay(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`today must be a real date as YYYY-MM-DD, got "${date}"`);
  }
  return ms / dayMs;
}

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
    let rest = ms - day * dayMs;
    const hours = Math.floor(rest / 3_600_000);
    rest -= hours * 3_600_000;
    const minutes = Math.floor(rest / 60_000);
    rest -= minutes * 60_000;
    const seconds = Math.floor(rest / 1000);
    const millis = rest - seconds * 1000;
    const millisText = millis < 10 ? `00${millis}` : millis < 100 ? `0${millis}` : String(millis);
    return `${this.date(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${millisText}Z`;
  }
}

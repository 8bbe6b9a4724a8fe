// What each market module (Malaysia, Indonesia, the Netherlands, China) gives the generator: its
// regions and cities, and how people, businesses, addresses and phone numbers look there. The data
// tables are compact strings, parsed once when the module loads.
import type { ContactLanguage } from '../../shared/countries';
import { WeightedChoice, type DemoRandom } from './random';

export type MarketCode = 'MY' | 'ID' | 'NL' | 'CN';

/** "trade" partners (distributors, wholesalers, agents) sell on; "shop" partners sell to consumers. */
export type BusinessKind = 'trade' | 'shop';

export type Gender = 'female' | 'male';

/** Drives culture-specific family notes (festivals, hometown trips). */
export type Culture =
  | 'malay'
  | 'malaysian-chinese'
  | 'malaysian-indian'
  | 'bornean'
  | 'indonesian'
  | 'indonesian-chinese'
  | 'balinese'
  | 'batak'
  | 'dutch'
  | 'chinese';

export interface City {
  name: string;
  /** Trunk-less area code of the city's landlines, e.g. "3" for Kuala Lumpur. */
  areaCode: string;
  /** Leading digits of the city's postcodes; the rest is random. */
  postcodePrefix: string;
  /** The name in the local script (Chinese characters for China), else the name. */
  localName: string;
  slug: string;
}

export interface Region {
  name: string;
  localName: string;
  weight: number;
  cities: readonly City[];
  cityChoice: WeightedChoice<City>;
}

export interface Person {
  name: string;
  /** Lower-case ASCII parts for e-mail addresses; `last` may be empty (Javanese single names). */
  first: string;
  last: string;
  gender: Gender;
  language: ContactLanguage;
  culture: Culture;
}

export interface BusinessName {
  name: string;
  legalName: string;
  /** The name in Latin letters (pinyin for Chinese characters), and its distinctive part. */
  latinName: string;
  stem: string;
  /** True when written in the local script (Chinese characters); the address then is too. */
  localScript?: boolean;
  /** The family name in the business name ("Van Dijk Groothandel"), which its owner then carries. */
  founder?: string;
}

export interface Market {
  country: MarketCode;
  /** Offset of the main business time zone, for plausible office-hours timestamps. */
  utcOffsetHours: number;
  regions: readonly Region[];
  /** Someone living in the region; `familyName` when the person must carry it (a founder). */
  person(random: DemoRandom, region: Region, familyName?: string): Person;
  business(random: DemoRandom, kind: BusinessKind, city: City, region: Region): BusinessName;
  /** The name made distinct by its city, used when the plain name is already taken. */
  nameInCity(name: string, city: City): string;
  address(random: DemoRandom, kind: BusinessKind, city: City, region: Region, business: BusinessName): string;
  landline(random: DemoRandom, city: City): string;
  mobile(random: DemoRandom): string;
  companyDomainSuffixes: readonly string[];
  /** Mailbox names of a company's general address ("info", "verkoop"). */
  mailboxes: readonly string[];
  /** An address on a free mail service, as small shops and many contacts use. */
  personalEmail(random: DemoRandom, person: Person): string;
  interests: readonly string[];
  /** The chat app business runs on: WhatsApp, or WeChat in China. */
  chatApp: string;
  /** Seasons when orders peak, used in partner notes. */
  peakSeasons: readonly string[];
  /** Share of mobile numbers that are on WhatsApp (low in China, where WeChat rules). */
  whatsappShare: number;
}

/** Splits a comma-separated table into trimmed entries. */
export function list(table: string): string[] {
  return table.split(',').map((entry) => entry.trim());
}

/**
 * Parses "Name:areaCode:postcodePrefix[:localName], ..." into cities. Cities are listed largest
 * first and weighted by rank, so the main city of a region gets the most partners.
 */
export function region(name: string, weight: number, cityTable: string, localName: string = name): Region {
  const cities = list(cityTable).map((entry): City => {
    const [cityName = '', areaCode = '', postcodePrefix = '', cityLocalName] = entry.split(':');
    return {
      name: cityName,
      areaCode,
      postcodePrefix,
      localName: cityLocalName ?? cityName,
      slug: slug(cityName),
    };
  });
  const cityChoice = new WeightedChoice(cities.map((city, rank) => [city, 1 / (rank + 1) ** 0.8] as const));
  return { name, localName, weight, cities, cityChoice };
}

const slugs = new Map<string, string>();

/** Lower-case ASCII letters and digits only ("Öztürk" → "ozturk"); memoised, for table entries. */
export function slug(text: string): string {
  let result = slugs.get(text);
  if (result === undefined) {
    result = text
      .normalize('NFD')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    slugs.set(text, result);
  }
  return result;
}

/**
 * A company's domain name without suffix: the whole name when short ("tokokaryateknik"), else
 * without a leading shop word ("Kedai Elektrik Hock Yik" → "hockyik"), else just its stem.
 */
export function domainStem({ latinName, stem }: BusinessName): string {
  // Business names are plain ASCII, and almost all different: no normalising, no memo.
  const whole = latinName.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (whole.length <= 18) return whole;
  const core = stem.toLowerCase().replace(/[^a-z0-9]/g, '');
  const fromStem = whole.slice(Math.max(0, whole.indexOf(core)));
  return fromStem.length <= 24 ? fromStem : core;
}

/** The part before the @ of a personal address: "wei.ming", "jansen82", "siti_rahman". */
export function emailLocalPart(random: DemoRandom, person: Person): string {
  const { first, last } = person;
  if (last === '')
    return random.chance(0.5) ? `${first}${random.digits(2)}` : `${first}${random.between(60, 99)}`;
  switch (random.int(5)) {
    case 0:
      return `${first}.${last}`;
    case 1:
      return `${first}${last}`;
    case 2:
      return `${first}${random.digits(2)}`;
    case 3:
      return `${first}_${last}`;
    default:
      return `${first}${last}${random.between(60, 99)}`;
  }
}

/** A postcode of `length` digits starting with the city's prefix. */
export function postcode(random: DemoRandom, city: City, length: number): string {
  return city.postcodePrefix + random.digits(length - city.postcodePrefix.length);
}

interface NameForm {
  nameBefore: string;
  nameAfter: string;
  legalBefore: string;
  legalAfter: string;
  hasLegal: boolean;
}

/** Name templates "name pattern|legal pattern" with {} for the distinctive part; legal may be empty. */
export class NameForms {
  private readonly forms: readonly NameForm[];

  constructor(table: string) {
    this.forms = list(table).map((entry) => {
      const [namePattern = '{}', legalPattern = ''] = entry.split('|');
      const [nameBefore = '', nameAfter = ''] = namePattern.split('{}');
      const [legalBefore = '', legalAfter = ''] = legalPattern.split('{}');
      return { nameBefore, nameAfter, legalBefore, legalAfter, hasLegal: legalPattern !== '' };
    });
  }

  apply(random: DemoRandom, stem: string): { name: string; legalName: string } {
    const form = random.pick(this.forms);
    return {
      name: form.nameBefore + stem + form.nameAfter,
      legalName: form.hasLegal ? form.legalBefore + stem + form.legalAfter : '',
    };
  }
}

/** Two different entries of a word list joined by a space ("Maju Jaya"). */
export function wordPair(random: DemoRandom, words: readonly string[]): string {
  const first = random.int(words.length);
  const second = (first + 1 + random.int(words.length - 1)) % words.length;
  return `${words[first]!} ${words[second]!}`;
}

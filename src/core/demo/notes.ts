// Free text for demo records, written the way an account owner would jot it down: partner notes that
// fit the partner's status, family notes that fit the person's culture, and interests.
import type { PartnerStatus } from '../../shared/partners';
import { list, type Culture, type Market, type Person } from './market';
import type { DemoRandom } from './random';

/**
 * A note split at its {placeholders}, once, so filling it in is plain concatenation. A leading
 * "~" marks a family note for older people only (grandchildren), "^" one for younger (a newborn).
 */
interface Template {
  literals: readonly string[];
  keys: readonly string[];
  age: 'any' | 'older' | 'younger';
}

function compile(text: string): Template {
  const age = text.startsWith('~') ? 'older' : text.startsWith('^') ? 'younger' : 'any';
  const pieces = (age === 'any' ? text : text.slice(1)).split(/\{(\w+)\}/);
  return {
    literals: pieces.filter((_, index) => index % 2 === 0),
    keys: pieces.filter((_, index) => index % 2 === 1),
    age,
  };
}

function compileEach<K extends string>(tables: Record<K, readonly string[]>): Record<K, readonly Template[]> {
  const compiled = {} as Record<K, readonly Template[]>;
  for (const key of Object.keys(tables) as K[]) compiled[key] = tables[key].map(compile);
  return compiled;
}

function fill(template: Template, value: (key: string) => string): string {
  let text = template.literals[0]!;
  for (let index = 0; index < template.keys.length; index++) {
    text += value(template.keys[index]!) + template.literals[index + 1]!;
  }
  return text;
}

const partnerNotes: Record<PartnerStatus, readonly Template[]> = compileEach({
  active: [
    'Prefers deliveries on {weekday} mornings.',
    'Pays on {days}-day terms, usually on time.',
    'Orders peak before {season}; make sure stock is booked early.',
    'Asked for the updated price list before {season}.',
    'Strong in modern trade around {city}; weak online.',
    "Owner's {child} is taking over the day-to-day business.",
    'Requested more POS material and demo units for the shop floor.',
    'Complained about late deliveries last quarter; resolved with logistics.',
    'Good location with high walk-in traffic.',
    'Interested in joining the loyalty program.',
    'Also carries a competing brand; keep an eye on pricing.',
    'Warehouse of about {area} m² and two delivery trucks.',
    'Sales team of {people}; asked for product training.',
    'Stocks the full range, including spare parts.',
    'Prefers {chat} over e-mail for orders.',
    'Credit limit raised last year after a strong {season}.',
    'Opened a second outlet in {city} last year.',
    'Wants exclusive rights for {city}; not agreed yet.',
    'Sells mainly through online marketplaces; needs good product photos.',
    'Return rate above average; check handling in their warehouse.',
    'Very loyal; stayed with us through two price increases.',
    'Always joins the annual partner dinner.',
  ],
  prospect: [
    'Met at a trade fair; send the catalogue and price list.',
    'Referred by an existing dealer in {city}.',
    'Asked for a quotation on the starter bundle.',
    'Visited our showroom; follow up next month.',
    'Buys from a competitor today; unhappy with their service.',
  ],
  paused: [
    'Orders paused while the shop is being renovated.',
    'On hold until overdue invoices are settled.',
    'Paused after a change of ownership; new owner still to meet.',
    'Seasonal business; orders usually resume before {season}.',
  ],
  churned: [
    'Switched to a competitor after our last price increase.',
    'Business closed; the owner retired.',
    'Lost after repeated delivery problems; worth a win-back visit.',
    'Stopped ordering after a dispute over rebates.',
  ],
});
const weekdays = list('Monday, Tuesday, Wednesday, Thursday, Friday');

export function partnerNote(random: DemoRandom, market: Market, status: PartnerStatus, city: string): string {
  return fill(random.pick(partnerNotes[status]), (key) => {
    switch (key) {
      case 'weekday':
        return random.pick(weekdays);
      case 'days':
        return random.pick(['30', '45', '60', '90']);
      case 'season':
        return random.pick(market.peakSeasons);
      case 'city':
        return city;
      case 'chat':
        return market.chatApp;
      case 'child':
        return random.chance(0.5) ? 'son' : 'daughter';
      case 'area':
        return String(random.between(4, 40) * 50);
      default:
        return String(random.between(3, 25));
    }
  });
}

const familyNotes = [
  'Married, {kids} children.',
  'Married with two kids, ages {ages}.',
  '{Spouse} also works in the business, on the finance side.',
  '~{Child} just started university.',
  '~{Child} is studying abroad in {abroad}.',
  '^Newborn {child} this year; send congratulations.',
  '^Twins, starting primary school this year.',
  '~Grandchildren visit every weekend.',
  '^Recently married.',
  'Caring for an elderly parent; prefers calls after 7 pm.',
  '{Child} plays competitive badminton.',
  '^Single; very close to parents and siblings.',
  '{Spouse} is a teacher.',
  '{Spouse} is a doctor at the local hospital.',
].map(compile);
const culturalNotes: Record<Culture, readonly Template[]> = compileEach({
  malay: [
    'Goes back to the kampung in {state} every Hari Raya.',
    'Performed umrah with the family last year.',
    'Hosts a Hari Raya open house every year.',
  ],
  'malaysian-chinese': [
    'Hosts a Chinese New Year open house; always invites the team.',
    'Visits the family in Ipoh every Chinese New Year.',
    '~Children are studying in {abroad}.',
  ],
  'malaysian-indian': [
    'Big Deepavali open house; always invites the team.',
    "~Daughter's wedding is planned for next year.",
    'Family goes to Batu Caves every Thaipusam.',
  ],
  bornean: [
    'Goes home to the village for the harvest festival every year.',
    'Big Christmas gathering with the extended family.',
  ],
  indonesian: [
    'Mudik to {hometown} every Lebaran.',
    'Went on umrah with the family last year.',
    'Hosts a halal bihalal for the neighbours after Lebaran.',
  ],
  'indonesian-chinese': ['Celebrates Imlek with a big family dinner.', '~Children are studying in {abroad}.'],
  balinese: [
    'Family temple ceremony (odalan) twice a year; avoid visits then.',
    'Celebrates Galungan and Kuningan with the family; shop closed on Nyepi.',
  ],
  batak: ['Big family gathering in Tapanuli at Christmas.', 'Sings in the church choir.'],
  dutch: [
    '~Celebrates Sinterklaas with the grandchildren.',
    'Camping in France every summer with the family.',
    'Kids play field hockey; weekends are busy.',
  ],
  chinese: [
    'Goes back to the hometown in {province} for Spring Festival.',
    '~Son is preparing for the gaokao; evenings are busy.',
    '~Child is studying abroad in {abroad}.',
  ],
});
const malaysianStates = list('Kelantan, Terengganu, Kedah, Perak, Pahang, Johor, Negeri Sembilan');
const indonesianHometowns = list(
  'Solo, Yogyakarta, Padang, Medan, Makassar, Cirebon, Tegal, Madura, Lampung',
);
const chineseProvinces = list('Hunan, Henan, Anhui, Jiangxi, Sichuan, Guangxi, Hubei, Shandong');
const abroad = list('Australia, Singapore, Taiwan, the UK, Canada, New Zealand, the Netherlands');

/** The notes that fit an older person (35 and up: the heads of partners) or a younger one. */
function byAge(templates: readonly Template[]): Record<'older' | 'younger', readonly Template[]> {
  return {
    older: templates.filter((template) => template.age !== 'younger'),
    younger: templates.filter((template) => template.age !== 'older'),
  };
}
const familyNotesByAge = byAge(familyNotes);
const culturalNotesByAge = new Map(
  Object.entries(culturalNotes).map(([culture, templates]) => [culture, byAge(templates)]),
);

export function familyNote(random: DemoRandom, person: Person, older: boolean): string {
  const notes = random.chance(0.35) ? culturalNotesByAge.get(person.culture)! : familyNotesByAge;
  const female = person.gender === 'female';
  return fill(random.pick(notes[older ? 'older' : 'younger']), (key) => {
    switch (key) {
      case 'Spouse':
        return female ? 'Husband' : 'Wife';
      case 'Child':
        return random.chance(0.5) ? 'Son' : 'Daughter';
      case 'child':
        return random.chance(0.5) ? 'son' : 'daughter';
      case 'kids':
        return random.pick(['two', 'three', 'four']);
      case 'ages': {
        const younger = random.between(2, 12);
        return `${younger + random.between(2, 6)} and ${younger}`;
      }
      case 'abroad':
        return random.pick(abroad);
      case 'state':
        return random.pick(malaysianStates);
      case 'hometown':
        return random.pick(indonesianHometowns);
      default:
        return random.pick(chineseProvinces);
    }
  });
}

const fandom = / (supporter|fan)\b/;

/** One to three different interests, e.g. "badminton, durian trips"; at most one club to support. */
export function interests(random: DemoRandom, market: Market): string {
  const pool = market.interests;
  const first = random.int(pool.length);
  const count = random.between(1, 3);
  let text = pool[first]!;
  for (let step = 1; step < count; step++) {
    const next = pool[(first + step * (1 + random.int(3))) % pool.length]!;
    if (!text.includes(next) && !(fandom.test(next) && fandom.test(text))) text += `, ${next}`;
  }
  return text;
}

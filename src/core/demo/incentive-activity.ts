// The demo brand's incentive programs: a product catalog (air conditioners, water heaters, fans,
// spare parts), a year-long dealer points program with tier multipliers and a quarterly target, a
// short air-con SPIF, a distributor volume rebate with marginal brackets and a co-op marketing
// fund, with enrolments, a year of sales claims (most approved, some waiting, a few rejected, two
// flagged as the same invoice at two partners), a rewards catalog and fund requests in every state.
// Pure and deterministic, on its own random stream.
import { derivedId } from '../db/ids';
import { invoiceKey } from '../claims/claim-checks';
import type { Eligibility, Rule } from '../../shared/programs';
import type { RewardKind } from '../../shared/rewards';
import type { FundRequestStatus } from '../../shared/funds';
import type { ClaimStatus } from '../../shared/claims';
import type {
  ClaimsTable,
  FundAllocationsTable,
  FundRequestsTable,
  ProductsTable,
  ProgramEnrollmentsTable,
  ProgramRuleVersionsTable,
  ProgramsTable,
  RewardsTable,
} from '../db/database';
import type { PartnerType } from '../../shared/partners';
import type { DemoPartner } from './generate';
import { addDays } from '../care/calendar-dates';
import { daysBetween } from '../loyalty/windows';
import { DemoRandom } from './random';
import { minorPerMajor, perDollar } from './sales-activity';

/** A row as the demo writes it: the table's columns without the write path's bookkeeping. */
type DemoRow<Table, Replaced extends keyof Table = never> = Omit<
  Table,
  'createdAt' | 'updatedAt' | 'deletedAt' | Replaced
>;

export type DemoProduct = DemoRow<ProductsTable, 'aliases'> & {
  aliases: string[];
  /** Dealer price in minor units of the workspace currency (demo only, not stored). */
  priceMinor: number;
};
export type DemoProgram = DemoRow<ProgramsTable, 'eligibility'> & { eligibility: Eligibility };
export type DemoClaim = DemoRow<ClaimsTable, 'lines' | 'attachments' | 'decidedBy'> & {
  lines: { sku: string; productId: string; quantity: number; amountMinor: number; serialNumbers: string[] }[];
  attachments: [];
};

export interface DemoIncentives {
  products: DemoProduct[];
  programs: DemoProgram[];
  ruleVersions: (DemoRow<ProgramRuleVersionsTable, 'rules'> & { rules: Rule[] })[];
  enrollments: DemoRow<ProgramEnrollmentsTable>[];
  claims: DemoClaim[];
  rewards: (DemoRow<RewardsTable, 'tiers'> & { tiers: string[] })[];
  allocations: DemoRow<FundAllocationsTable>[];
  fundRequests: (DemoRow<FundRequestsTable, 'attachments'> & { attachments: [] })[];
}

/** [sku, name, category, dealer price in US dollars, weight in a dealer's orders]. */
const catalog: readonly (readonly [string, string, string, number, number])[] = [
  ['AC-09X', 'Inverter air conditioner 1.0 HP', 'Air conditioners', 350, 14],
  ['AC-12X', 'Inverter air conditioner 1.5 HP', 'Air conditioners', 420, 12],
  ['AC-18X', 'Inverter air conditioner 2.0 HP', 'Air conditioners', 640, 7],
  ['WH-30I', 'Instant water heater 3.0 kW', 'Water heaters', 120, 10],
  ['WH-50S', 'Storage water heater 50 L', 'Water heaters', 180, 5],
  ['FN-16S', 'Stand fan 16"', 'Fans', 35, 12],
  ['FN-56C', 'Ceiling fan 56" with remote', 'Fans', 90, 8],
  ['SP-FLT', 'Air purifying filter (pack of 2)', 'Spare parts', 12, 9],
  ['SP-RMT', 'Universal remote control', 'Spare parts', 8, 4],
];

/** A round amount per currency: what "every 10 dollars" reads like locally. */
const roundUnitMinor: Record<string, number> = {
  MYR: 10_00,
  IDR: 50_000,
  EUR: 5_00,
  CNY: 20_00,
  USD: 5_00,
};

const dealerTypes: readonly PartnerType[] = ['dealer', 'retailer', 'reseller'];
const distributorTypes: readonly PartnerType[] = ['distributor', 'wholesaler'];

/** Most partners in the points program; enough claims to show, few enough to load in seconds. */
const maxDealerParticipants = 240;
const maxRebateParticipants = 40;
const maxSpifParticipants = 60;

export function generateIncentiveActivity(
  partners: readonly DemoPartner[],
  currency: string,
  today: string,
  seed: number,
): DemoIncentives {
  const random = new DemoRandom(seed * 31 + 6);
  const scale = (perDollar[currency] ?? 1) * (minorPerMajor[currency] ?? 100);
  const money = (dollars: number) => roundMoney(dollars * scale, currency);
  const year = today.slice(0, 4);
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;

  const products: DemoProduct[] = catalog.map(([sku, name, category, price], index) => ({
    id: derivedId('demo-product', sku),
    sku,
    name,
    category,
    // Partners write their own codes: the first air-con is also known by its old code.
    aliases: index === 0 ? ['AC9-INV'] : [],
    active: 1,
    priceMinor: money(price),
  }));
  const productBySku = new Map(products.map((product) => [product.sku, product]));
  const weights = catalog.map(([, , , , weight]) => weight);

  const { dealers, distributors } = demoProgramPartners(partners);
  const spifDealers = dealers.slice(0, maxSpifParticipants);

  const spifEnd = addDays(today, 14);
  const spifStart = addDays(today, -28);
  const program = (
    key: string,
    fields: Omit<DemoProgram, 'id' | 'currency' | 'status' | 'revision'>,
  ): DemoProgram => ({
    id: derivedId('demo-program', key),
    currency,
    status: 'active',
    revision: 1,
    ...fields,
  });
  const rewardsProgram = program('dealer-rewards', {
    name: `Dealer Rewards ${year}`,
    kind: 'sales-incentive',
    description:
      'Points on every purchase of our products, more for Gold and Platinum partners, and a bonus for 40 units in a quarter. Points last 12 months.',
    startsOn: yearStart,
    endsOn: yearEnd,
    eligibility: { partnerTypes: [...dealerTypes], tiers: [], regions: [], partnerIds: [] },
    budgetMinor: money(60_000),
    pointValueMinor: Math.max(1, Math.round(scale / 100)),
    pointsExpiryMonths: 12,
  });
  const spif = program('aircon-spif', {
    name: 'Air-con SPIF: 2.0 HP push',
    kind: 'spif',
    description: 'A bonus per 2.0 HP inverter air conditioner sold during the six-week push.',
    startsOn: spifStart,
    endsOn: spifEnd,
    eligibility: { partnerTypes: [...dealerTypes], tiers: [], regions: [], partnerIds: [] },
    budgetMinor: money(15_000),
    pointValueMinor: 0,
    pointsExpiryMonths: null,
  });
  const rebate = program('distributor-rebate', {
    name: `Distributor volume rebate ${year}`,
    kind: 'rebate',
    description:
      'A quarterly rebate on purchases: 2% up to the first bracket, 3% on the next, 5% above (each part at its own rate).',
    startsOn: yearStart,
    endsOn: yearEnd,
    eligibility: { partnerTypes: [...distributorTypes], tiers: [], regions: [], partnerIds: [] },
    budgetMinor: money(250_000),
    pointValueMinor: 0,
    pointsExpiryMonths: null,
  });
  const coop = program('coop-fund', {
    name: `Co-op marketing fund ${year}`,
    kind: 'co-op',
    description:
      'Shared advertising: shop fronts, local radio, festive-season flyers. Proof of performance required.',
    startsOn: yearStart,
    endsOn: yearEnd,
    eligibility: { partnerTypes: [], tiers: [], regions: [], partnerIds: [] },
    budgetMinor: money(40_000),
    pointValueMinor: 0,
    pointsExpiryMonths: null,
  });
  const programs = [rewardsProgram, spif, rebate, coop];

  const acLarge = productBySku.get('AC-18X')!;
  const rule = (
    fields: Omit<Rule, 'filter' | 'window' | 'tierMultipliers' | 'capPerPartner' | 'capPerProgram'> &
      Partial<Rule>,
  ): Rule => ({
    filter: { productIds: [], categories: [] },
    window: null,
    tierMultipliers: [],
    capPerPartner: null,
    capPerProgram: null,
    ...fields,
  });
  const ruleVersions = [
    {
      id: derivedId('demo-rules', rewardsProgram.id, '1'),
      programId: rewardsProgram.id,
      version: 1,
      effectiveFrom: rewardsProgram.startsOn,
      rules: [
        rule({
          key: 'points-on-purchases',
          name: 'Points on every purchase',
          award: 'points',
          basis: 'amount',
          calc: { kind: 'rate', rate: 1, every: roundUnitMinor[currency] ?? 5_00 },
          tierMultipliers: [
            { tier: 'gold', multiplier: 1.25 },
            { tier: 'platinum', multiplier: 1.5 },
          ],
        }),
        rule({
          key: 'quarterly-volume',
          name: 'Quarterly volume bonus',
          award: 'points',
          basis: 'units',
          calc: { kind: 'target', period: 'quarter', target: 40, bonus: 1_000 },
        }),
        rule({
          key: 'filter-attach',
          name: 'Filter attach bonus',
          award: 'points',
          basis: 'units',
          filter: { productIds: [], categories: ['Spare parts'] },
          calc: { kind: 'rate', rate: 2, every: 1 },
          capPerPartner: 2_000,
        }),
      ],
    },
    {
      id: derivedId('demo-rules', spif.id, '1'),
      programId: spif.id,
      version: 1,
      effectiveFrom: spif.startsOn,
      rules: [
        rule({
          key: 'aircon-push',
          name: 'Bonus per 2.0 HP air conditioner',
          award: 'money',
          basis: 'units',
          filter: { productIds: [acLarge.id], categories: [] },
          calc: { kind: 'rate', rate: money(25), every: 1 },
          window: { from: spif.startsOn, to: spif.endsOn },
          capPerProgram: spif.budgetMinor,
        }),
      ],
    },
    {
      id: derivedId('demo-rules', rebate.id, '1'),
      programId: rebate.id,
      version: 1,
      effectiveFrom: rebate.startsOn,
      rules: [
        rule({
          key: 'volume-rebate',
          name: 'Quarterly volume rebate',
          award: 'money',
          basis: 'amount',
          calc: {
            kind: 'brackets',
            mode: 'marginal',
            period: 'quarter',
            brackets: [
              { upTo: money(20_000), rate: 2, every: 100 },
              { upTo: money(80_000), rate: 3, every: 100 },
              { upTo: null, rate: 5, every: 100 },
            ],
          },
        }),
      ],
    },
    {
      id: derivedId('demo-rules', coop.id, '1'),
      programId: coop.id,
      version: 1,
      effectiveFrom: coop.startsOn,
      rules: [] as Rule[],
    },
  ];

  const enrollments: DemoIncentives['enrollments'] = [];
  const enrol = (programId: string, list: readonly DemoPartner[], on: string) => {
    for (const partner of list) {
      enrollments.push({
        id: derivedId('enrollment', programId, partner.id),
        programId,
        partnerId: partner.id,
        enrolledOn: on,
        leftOn: null,
      });
    }
  };
  enrol(rewardsProgram.id, dealers, yearStart);
  enrol(spif.id, spifDealers, spifStart);
  enrol(rebate.id, distributors, yearStart);
  const coopPartners = [...distributors.slice(0, 10), ...dealers.slice(0, 10)];
  enrol(coop.id, coopPartners, yearStart);

  const claims: DemoClaim[] = [];
  const pickProduct = (allowed: (product: DemoProduct) => boolean): DemoProduct => {
    for (;;) {
      const product = products[weightedIndex(random, weights)]!;
      if (allowed(product)) return product;
    }
  };
  const claimOf = (
    programId: string,
    partner: DemoPartner,
    invoiceDate: string,
    lines: DemoClaim['lines'],
    sequence: number,
  ): DemoClaim => {
    const invoiceNumber = `INV-${invoiceDate.slice(2, 4)}${invoiceDate.slice(5, 7)}-${String(sequence).padStart(5, '0')}`;
    const age = daysBetween(invoiceDate, today);
    const status: ClaimStatus = age < 10 ? 'submitted' : random.chance(0.05) ? 'rejected' : 'approved';
    return {
      id: derivedId('demo-claim', programId, partner.id, invoiceNumber),
      programId,
      partnerId: partner.id,
      invoiceNumber,
      invoiceKey: invoiceKey(invoiceNumber),
      invoiceDate,
      lines,
      lineCount: lines.length,
      totalMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0),
      units: lines.reduce((sum, line) => sum + line.quantity, 0),
      currency,
      attachments: [],
      note: '',
      status,
      decisionReason:
        status === 'rejected' ? 'The invoice photo is unreadable: please send a sharper one.' : '',
      decidedOn: status === 'submitted' ? null : addDays(invoiceDate, Math.min(age, 3 + random.int(5))),
      importId: null,
      revision: status === 'submitted' ? 0 : 1,
    };
  };
  const lineOf = (product: DemoProduct, quantity: number): DemoClaim['lines'][number] => ({
    sku: random.chance(0.1) && product.aliases[0] ? product.aliases[0] : product.sku,
    productId: product.id,
    quantity,
    amountMinor: product.priceMinor * quantity,
    serialNumbers:
      product.category === 'Air conditioners' && quantity <= 3
        ? Array.from({ length: quantity }, () => `${product.sku.slice(0, 2)}${random.digits(8)}`)
        : [],
  });

  let sequence = 1;
  const months = monthsOfYearUntil(year, today);
  for (const partner of dealers) {
    const size = partner.type === 'dealer' ? 3 : partner.type === 'reseller' ? 2 : 1;
    for (const month of months) {
      if (!random.chance(0.75)) continue;
      const day = `${month}-${String(1 + random.int(28)).padStart(2, '0')}`;
      if (day > today) continue;
      const lineCount = 1 + random.int(3);
      const lines = Array.from({ length: lineCount }, () =>
        lineOf(
          pickProduct(() => true),
          size + random.int(size * 4),
        ),
      );
      claims.push(claimOf(rewardsProgram.id, partner, day, lines, sequence++));
    }
  }
  for (const partner of spifDealers) {
    if (!random.chance(0.6)) continue;
    const day = addDays(spifStart, random.int(Math.max(1, daysBetween(spifStart, today))));
    claims.push(claimOf(spif.id, partner, day, [lineOf(acLarge, 1 + random.int(4))], sequence++));
  }
  for (const partner of distributors) {
    for (const month of months) {
      const day = `${month}-${String(1 + random.int(28)).padStart(2, '0')}`;
      if (day > today) continue;
      const lines = Array.from({ length: 2 + random.int(3) }, () =>
        lineOf(
          pickProduct((product) => product.category !== 'Spare parts'),
          20 + random.int(60),
        ),
      );
      claims.push(claimOf(rebate.id, partner, day, lines, sequence++));
    }
  }
  // The same invoice claimed by a second partner: waiting, flagged for a look.
  const doubtful = claims.filter(
    (claim) => claim.programId === rewardsProgram.id && claim.status === 'approved',
  );
  for (const original of doubtful.slice(0, 2)) {
    const other = dealers.find((partner) => partner.id !== original.partnerId);
    if (!other) break;
    const copy = claimOf(rewardsProgram.id, other, original.invoiceDate, original.lines, sequence++);
    claims.push({
      ...copy,
      id: derivedId('demo-claim', rewardsProgram.id, other.id, original.invoiceNumber),
      invoiceNumber: original.invoiceNumber,
      invoiceKey: original.invoiceKey,
      status: 'submitted',
      decisionReason: '',
      decidedOn: null,
      revision: 0,
    });
  }

  const reward = (
    key: string,
    name: string,
    kind: RewardKind,
    pointsCost: number,
    stock: number | null,
    tiers: string[],
    description: string,
  ) => ({
    id: derivedId('demo-reward', key),
    programId: rewardsProgram.id,
    name,
    kind,
    description,
    pointsCost,
    stock,
    tiers,
    active: 1,
    revision: 0,
  });
  const rewards = [
    reward(
      'voucher',
      'Shopping voucher',
      'voucher',
      2_000,
      null,
      [],
      'A voucher for the big supermarket chains.',
    ),
    reward('cash', 'Cash bonus', 'cash', 5_000, null, [], 'Paid with the next statement of account.'),
    reward(
      'toolkit',
      'Installer toolkit',
      'merchandise',
      3_500,
      40,
      [],
      'Gauges, flaring tool and a carry case.',
    ),
    reward(
      'training',
      'Certified installer course',
      'training',
      4_000,
      25,
      [],
      'Two days at the brand academy.',
    ),
    reward('dinner', 'Year-end dealer dinner for two', 'experience', 6_000, 60, ['gold', 'platinum'], ''),
    reward(
      'trip',
      'Dealer incentive trip',
      'trip',
      40_000,
      12,
      ['platinum'],
      'Four days with the brand team.',
    ),
  ];

  const allocations = coopPartners.map((partner, index) => ({
    id: derivedId('fund-allocation', coop.id, partner.id),
    programId: coop.id,
    partnerId: partner.id,
    amountMinor: money(index < 10 ? 3_000 : 1_000),
    note: '',
  }));
  const activities = [
    'Shop-front banner and window stickers',
    'Local radio spots for the festive sale',
    'Flyers for the housing estate next door',
    'Booth at the home and living fair',
    'Social media ads for the air-con season',
  ];
  const statuses: FundRequestStatus[] = [
    'submitted',
    'approved',
    'proof-submitted',
    'reimbursed',
    'rejected',
  ];
  const fundRequests = coopPartners.slice(0, 12).map((partner, index) => {
    const status = statuses[index % statuses.length]!;
    const amountMinor = money(index < 10 ? 800 + 100 * index : 400);
    const approved = status === 'submitted' || status === 'rejected' ? null : amountMinor;
    const plannedOn = addDays(
      today,
      status === 'submitted' || status === 'approved' ? 10 + index : -20 - index,
    );
    return {
      id: derivedId('demo-fund-request', coop.id, partner.id, String(index)),
      programId: coop.id,
      partnerId: partner.id,
      activity: activities[index % activities.length]!,
      plannedOn,
      amountMinor,
      approvedMinor: approved,
      reimbursedMinor: status === 'reimbursed' ? approved : null,
      currency,
      status,
      note: '',
      decisionReason:
        status === 'rejected' ? 'Radio is outside this fund: use the shop-front budget instead.' : '',
      attachments: [] as [],
      proofNote:
        status === 'proof-submitted' || status === 'reimbursed' ? 'Photos of the banner in place.' : '',
      decidedOn: status === 'submitted' ? null : addDays(today, -25 - index),
      reimbursedOn: status === 'reimbursed' ? addDays(today, -5) : null,
      revision: status === 'submitted' ? 0 : 1,
    };
  });

  return { products, programs, ruleVersions, enrollments, claims, rewards, allocations, fundRequests };
}

/**
 * The partners of the year-long programs: active dealers, retailers and resellers in the points
 * program, active distributors and wholesalers in the rebate. The demo's sales lift them during
 * the program year (see `generateSalesActivity`), so the program's ROI has something to show.
 */
export function demoProgramPartners(partners: readonly DemoPartner[]): {
  dealers: DemoPartner[];
  distributors: DemoPartner[];
} {
  // Two in three active partners take part: the rest show how partners outside programs compare.
  const active = partners.filter((partner, index) => partner.status === 'active' && index % 3 !== 2);
  return {
    dealers: active.filter((partner) => dealerTypes.includes(partner.type)).slice(0, maxDealerParticipants),
    distributors: active
      .filter((partner) => distributorTypes.includes(partner.type))
      .slice(0, maxRebateParticipants),
  };
}

/** Money rounded to a price a person would write: whole units (hundreds for IDR). */
function roundMoney(minor: number, currency: string): number {
  const step = currency === 'IDR' ? 1_000 : 100;
  return Math.max(step, Math.round(minor / step) * step);
}

function weightedIndex(random: DemoRandom, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random.next() * total;
  for (let index = 0; index < weights.length; index++) {
    target -= weights[index]!;
    if (target < 0) return index;
  }
  return weights.length - 1;
}

/** The months of `year` from January to `today`'s month (YYYY-MM). */
function monthsOfYearUntil(year: string, today: string): string[] {
  const last = Number(today.slice(5, 7));
  return Array.from({ length: last }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
}

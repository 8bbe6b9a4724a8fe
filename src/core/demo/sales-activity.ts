// The demo partners' monthly sales for the last 24 months: sized by partner type, with festive
// seasons, growth or decline per partner, a few sharp recent drops (the churn-risk signal) and
// churned partners fading out. Pure and deterministic, on its own random stream.
import { derivedId } from '../db/ids';
import type { DemoPartner } from './generate';
import { DemoRandom, WeightedChoice } from './random';
import type { PartnerType } from '../../shared/partners';
import { addMonths, monthOf, monthsBetween } from '../../shared/periods';

export interface DemoSalesRecord {
  id: string;
  partnerId: string;
  period: string;
  revenueMinor: number;
  currency: string;
  units: number;
  orders: number;
  note: string;
  importId: null;
}

/** A month's typical revenue in US dollars, and orders per month, by partner type. */
const sizeByType: Record<PartnerType, { revenue: number; orders: number; unitPrice: number }> = {
  distributor: { revenue: 180_000, orders: 9, unitPrice: 45 },
  wholesaler: { revenue: 90_000, orders: 7, unitPrice: 40 },
  agent: { revenue: 25_000, orders: 3, unitPrice: 60 },
  dealer: { revenue: 30_000, orders: 4, unitPrice: 70 },
  reseller: { revenue: 14_000, orders: 3, unitPrice: 75 },
  retailer: { revenue: 6_000, orders: 2, unitPrice: 80 },
};

/** Rough units of a currency per US dollar: demo magnitudes only, never used for conversion. */
export const perDollar: Record<string, number> = { MYR: 4.5, IDR: 16_000, EUR: 0.9, CNY: 7.2, USD: 1 };
export const minorPerMajor: Record<string, number> = { IDR: 1 };

export type SalesCourse = 'growing' | 'steady' | 'declining' | 'dropping';
const courseChoice = new WeightedChoice<SalesCourse>([
  ['growing', 25],
  ['steady', 50],
  ['declining', 20],
  ['dropping', 5],
]);

/** Festive buying: the months before Chinese New Year, Hari Raya and the year end sell more. */
const seasonality = [1.15, 1.05, 0.95, 1.05, 1.0, 0.95, 0.9, 0.95, 1.0, 1.05, 1.15, 1.25];

export const demoSalesMonths = 24;

/**
 * One record per partner and month for the last 24 full months before `today`'s month, from the
 * partnership start (prospects have none; churned partners stop after their last orders).
 */
export interface DemoSalesActivity {
  records: DemoSalesRecord[];
  /** How each partner's sales went: the survey answers follow it. */
  courses: Map<string, SalesCourse>;
}

/** Partners in an incentive program sell this much more from its first month on. */
export interface ProgramLift {
  partnerIds: ReadonlySet<string>;
  /** First month (YYYY-MM). */
  from: string;
  factor: number;
}

export function generateSalesActivity(
  partners: readonly DemoPartner[],
  currency: string,
  today: string,
  seed: number,
  { fullHistory = false, programLift }: { fullHistory?: boolean; programLift?: ProgramLift } = {},
): DemoSalesActivity {
  const random = new DemoRandom(seed + 240_011);
  const records: DemoSalesRecord[] = [];
  const courses = new Map<string, SalesCourse>();
  const thisMonth = monthOf(today);
  const first = addMonths(thisMonth, -demoSalesMonths);
  const scale = (perDollar[currency] ?? 1) * (minorPerMajor[currency] ?? 100);
  for (const partner of partners) {
    if (!fullHistory && (partner.status === 'prospect' || !partner.partnershipStart)) continue;
    const size = sizeByType[partner.type];
    // Partners differ a lot in size: a long tail of small ones and a few big ones.
    const base = size.revenue * (0.25 + random.next() * random.next() * 3);
    const course = partner.status === 'churned' ? 'declining' : courseChoice.pick(random);
    courses.set(partner.id, course);
    const yearlyChange =
      course === 'growing'
        ? 0.1 + random.next() * 0.3
        : course === 'steady'
          ? random.next() * 0.1 - 0.05
          : -0.35;
    const start = partner.partnershipStart ? monthOf(partner.partnershipStart) : first;
    const startMonth = fullHistory || start < first ? first : start;
    // Churned partners ordered for the first months of the window, then stopped.
    const stopped = partner.status === 'churned' ? addMonths(first, random.between(3, 14)) : thisMonth;
    const lastMonth = fullHistory ? addMonths(thisMonth, -1) : addMonths(stopped, -1);
    for (let period = startMonth; period <= lastMonth; period = addMonths(period, 1)) {
      const age = monthsBetween(first, period);
      let factor = 1 + (yearlyChange * (age - demoSalesMonths / 2)) / 12;
      // A sharp drop in the last three months: the partner the churn rules should catch.
      if (course === 'dropping' && monthsBetween(period, thisMonth) <= 3)
        factor *= 0.35 + random.next() * 0.2;
      const month = Number(period.slice(5, 7)) - 1;
      const noise = 0.8 + random.next() * 0.4;
      const quiet = period >= stopped || random.chance(size.orders <= 3 ? 0.02 : 0.005);
      const lift =
        programLift && period >= programLift.from && programLift.partnerIds.has(partner.id)
          ? programLift.factor
          : 1;
      const revenue = quiet ? 0 : Math.max(0, base * factor * lift * (seasonality[month] ?? 1) * noise);
      const orders = quiet ? 0 : Math.max(1, Math.round(size.orders * factor * noise));
      records.push({
        id: derivedId('sales', partner.id, period),
        partnerId: partner.id,
        period,
        revenueMinor: Math.round(revenue * scale),
        currency,
        units: Math.round(revenue / size.unitPrice),
        orders,
        note: '',
        importId: null,
      });
    }
  }
  return { records, courses };
}

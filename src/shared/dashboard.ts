// The home dashboard: the channel's health over a period for a region and owner selection. Every
// figure carries what the renderer needs to open the list behind it (the filters of that list).
import { z } from 'zod';
import { isoDateField, limits } from './validation';
import { periodField } from './sales';
import { riskLevels } from './loyalty';

export const dashboardInputSchema = z.object({
  /** Inclusive months; the period the sales, NPS, engagement and trends cover. */
  from: periodField,
  to: periodField,
  regions: z.array(z.string().max(limits.shortText)).max(200).default([]),
  /** Owner ids; "none" selects partners without an owner. */
  ownerIds: z.array(z.string().max(limits.shortText)).max(200).default([]),
  /** The user's today: "this week" and the retention window end here. */
  today: isoDateField,
});
export type DashboardInput = z.input<typeof dashboardInputSchema>;

const monthPoint = z.object({ period: z.string() });
const count = z.number().int();

export const dashboardSchema = z.object({
  currency: z.string(),
  activePartners: count,
  tiers: z.array(z.object({ key: z.string(), name: z.string(), partners: count })),
  risk: z.object({
    byLevel: z.array(z.object({ level: z.enum(riskLevels), partners: count })),
    /** Partners at risk or critical. */
    atRisk: count,
    /** At-risk partners at each month's last snapshot in the period. */
    trend: z.array(monthPoint.extend({ atRisk: count.nullable() })),
  }),
  /** Of the partners active 12 months before `today`, the share not churned since (0..1). */
  retention: z.object({
    rate: z.number().nullable(),
    windowStart: z.string(),
    activeAtStart: count,
    churnedSince: count,
  }),
  nps: z.object({
    score: z.number().int().nullable(),
    promoters: count,
    passives: count,
    detractors: count,
    satisfactionAverage: z.number().nullable(),
    trend: z.array(monthPoint.extend({ nps: z.number().int().nullable(), answers: count })),
  }),
  sales: z.object({
    revenueMinor: z.number().int(),
    /** The same months a year earlier, for the growth figure. */
    previousRevenueMinor: z.number().int(),
    byRegion: z.array(z.object({ region: z.string(), revenueMinor: z.number().int(), partners: count })),
    trend: z.array(monthPoint.extend({ revenueMinor: z.number().int(), orders: count })),
  }),
  engagement: z.object({
    visits: count,
    meetings: count,
    trainings: count,
    greetings: count,
    trend: z.array(monthPoint.extend({ visits: count, meetings: count, trainings: count })),
  }),
  careThisWeek: z.object({
    greetingsDue: count,
    visitsDue: count,
    commitmentsDue: count,
    overdueCommitments: count,
  }),
  disputes: z.object({ open: count, slaBreached: count, openedInPeriod: count }),
  /** Filled by the incentive programs (issue 6); null until a program exists. */
  incentives: z
    .object({ costMinor: z.number().int(), revenueMinor: z.number().int(), roi: z.number().nullable() })
    .nullable(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const dashboardTables = [
  'tiers',
  'risk',
  'at-risk-trend',
  'sales-by-region',
  'sales-trend',
  'nps-trend',
  'engagement',
] as const;
export type DashboardTable = (typeof dashboardTables)[number];
export const dashboardExportInputSchema = dashboardInputSchema.extend({ table: z.enum(dashboardTables) });

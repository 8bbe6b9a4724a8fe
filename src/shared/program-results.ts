// How a program is doing: leaderboards (points, sales growth, target attainment) and results (who
// took part, what was awarded, what it cost, revenue from participants against a comparison period,
// ROI). The dashboard's incentive figure sums the results of the programs it covers.
import { z } from 'zod';
import { isoDateField, ulidField } from './validation';

export const leaderboardMetrics = ['points', 'growth', 'target'] as const;
export type LeaderboardMetric = (typeof leaderboardMetrics)[number];

export const leaderboardInputSchema = z.object({
  programId: ulidField,
  metric: z.enum(leaderboardMetrics).default('points'),
  today: isoDateField,
  limit: z.number().int().min(1).max(1000).default(50),
});
export type LeaderboardInput = z.input<typeof leaderboardInputSchema>;

export const leaderboardRowSchema = z.object({
  rank: z.number().int(),
  partnerId: z.string(),
  partnerName: z.string(),
  city: z.string(),
  region: z.string(),
  /** points: points earned in the program; growth: percent; target: percent of the target reached. */
  value: z.number(),
  /** growth: revenue in the program so far and in the comparison period (minor units). */
  currentMinor: z.number().int().nullable(),
  previousMinor: z.number().int().nullable(),
});
export type LeaderboardRow = z.infer<typeof leaderboardRowSchema>;

export const leaderboardSchema = z.object({
  metric: z.enum(leaderboardMetrics),
  rows: z.array(leaderboardRowSchema),
  participants: z.number().int(),
  /** For `target`: the target rule ranked on; null when the program has none. */
  target: z
    .object({ ruleKey: z.string(), ruleName: z.string(), target: z.number(), period: z.string() })
    .nullable(),
});
export type Leaderboard = z.infer<typeof leaderboardSchema>;

export const programResultsInputSchema = z.object({ programId: ulidField, today: isoDateField });

export const programResultsSchema = z.object({
  currency: z.string(),
  participants: z.number().int(),
  claims: z.object({ submitted: z.number().int(), approved: z.number().int(), rejected: z.number().int() }),
  awardedPoints: z.number().int(),
  awardedMinor: z.number().int(),
  redeemedPoints: z.number().int(),
  /** Money awards + points at their value + funds reimbursed (approved funds count once paid). */
  costMinor: z.number().int(),
  budgetMinor: z.number().int(),
  /** Cost over budget, percent; null without a budget. */
  burnPercent: z.number().nullable(),
  /** Participants' sales (workspace currency) from the program's start to today or its end... */
  revenueMinor: z.number().int(),
  /** ...and over the same number of months just before it. */
  comparisonRevenueMinor: z.number().int(),
  period: z.object({ from: z.string(), to: z.string() }),
  comparison: z.object({ from: z.string(), to: z.string() }),
  /** (revenue − comparison revenue − cost) / cost; null when nothing was spent or currencies differ. */
  roi: z.number().nullable(),
  /** Cost by month for the burn chart. */
  burn: z.array(z.object({ period: z.string(), costMinor: z.number().int() })),
});
export type ProgramResults = z.infer<typeof programResultsSchema>;

// Reads the loyalty settings from the synced workspace settings (one row per section). Whatever was
// never set, or was stored garbled (an older version, a bad sync), falls back to its default field
// by field, so one bad number never switches the whole score off.
import type { Kysely } from 'kysely';
import {
  churnRuleKeys,
  churnRulesSchema,
  defaultChurnRules,
  defaultLoyaltyFactors,
  defaultTiers,
  loyaltyFactorKeys,
  loyaltyFactorsSchema,
  tiersSchema,
  type ChurnRules,
  type LoyaltyFactors,
  type Tier,
} from '../../shared/loyalty';
import type { Database } from '../db/database';

export const loyaltySettingIds = {
  factors: 'loyalty.factors',
  tiers: 'loyalty.tiers',
  churnRules: 'loyalty.churnRules',
} as const;
export type LoyaltySection = keyof typeof loyaltySettingIds;
export const loyaltySettingIdList: readonly string[] = Object.values(loyaltySettingIds);

export interface LoyaltyConfig {
  factors: LoyaltyFactors;
  tiers: Tier[];
  churnRules: ChurnRules;
}

export async function readLoyaltyConfig(db: Kysely<Database>): Promise<LoyaltyConfig> {
  const rows = await db
    .selectFrom('settings')
    .select(['id', 'value'])
    .where('id', 'in', [...loyaltySettingIdList])
    .where('deletedAt', 'is', null)
    .execute();
  const stored = new Map(rows.map((row) => [row.id, parseJson(row.value)]));
  return {
    factors: factorsOf(stored.get(loyaltySettingIds.factors)),
    tiers: tiersOf(stored.get(loyaltySettingIds.tiers)),
    churnRules: churnRulesOf(stored.get(loyaltySettingIds.churnRules)),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Each field of `fallback` taken from `stored` when the schema of that one field accepts it. */
function mergeFields<T extends object>(fallback: T, stored: unknown, accepts: (merged: T) => boolean): T {
  if (!isRecord(stored)) return fallback;
  let merged = { ...fallback };
  for (const field of Object.keys(fallback)) {
    if (!(field in stored)) continue;
    const candidate = { ...merged, [field]: stored[field] };
    if (accepts(candidate)) merged = candidate;
  }
  return merged;
}

function factorsOf(stored: unknown): LoyaltyFactors {
  const factors = { ...defaultLoyaltyFactors };
  if (isRecord(stored)) {
    for (const key of loyaltyFactorKeys) {
      const schema = loyaltyFactorsSchema.shape[key];
      (factors as Record<string, unknown>)[key] = mergeFields(
        defaultLoyaltyFactors[key],
        stored[key],
        (candidate) => schema.safeParse(candidate).success,
      );
    }
  }
  // Together they must still make sense (not all weights zero, growth range in order).
  return loyaltyFactorsSchema.safeParse(factors).success ? factors : defaultLoyaltyFactors;
}

function tiersOf(stored: unknown): Tier[] {
  const parsed = tiersSchema.safeParse(stored);
  return parsed.success ? parsed.data : defaultTiers;
}

function churnRulesOf(stored: unknown): ChurnRules {
  const rules = { ...defaultChurnRules };
  if (isRecord(stored)) {
    for (const key of churnRuleKeys) {
      const schema = churnRulesSchema.shape[key];
      (rules as Record<string, unknown>)[key] = mergeFields(
        defaultChurnRules[key],
        stored[key],
        (candidate) => schema.safeParse(candidate).success,
      );
    }
    const critical = churnRulesSchema.shape.criticalWhenSignals.safeParse(stored.criticalWhenSignals);
    if (critical.success) rules.criticalWhenSignals = critical.data;
  }
  return rules;
}

// The loyalty settings: factor weights and definitions, tiers, churn rules (synced, with defaults).
// Saving a section is one batch that also recomputes every partner, so the tier changes it causes
// are undone with it.
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import {
  defaultChurnRules,
  defaultLoyaltyFactors,
  defaultTiers,
  type ChurnRules,
  type LoyaltyFactors,
  type Tier,
} from '../../shared/loyalty';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { lastFullRecomputeOn } from './recompute-all';
import { loyaltySettingIds, readLoyaltyConfig, type LoyaltySection } from './settings-store';

export async function readLoyaltySettings(
  ctx: CoreContext,
  _input: ParsedInput<'loyaltySettings.get'>,
): Promise<ProcedureOutput<'loyaltySettings.get'>> {
  const config = await readLoyaltyConfig(ctx.db);
  const scored = await ctx.db
    .selectFrom('partnerScores')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return {
    ...config,
    lastFullRecomputeOn: await lastFullRecomputeOn(ctx),
    scoredPartners: Number(scored?.n ?? 0),
  };
}

const sectionLabels: Record<LoyaltySection, string> = {
  factors: 'Change loyalty score factors',
  tiers: 'Change loyalty tiers',
  churnRules: 'Change churn-risk rules',
};

async function saveSection(
  ctx: CoreContext,
  section: LoyaltySection,
  value: LoyaltyFactors | Tier[] | ChurnRules,
  label = sectionLabels[section],
): Promise<ProcedureOutput<'loyaltySettings.saveFactors'>> {
  const id = loyaltySettingIds[section];
  const { batchId } = await ctx.write({
    label,
    origin: 'local',
    changes: rowChanges('settings', id, { value: JSON.stringify(value), deletedAt: null }),
  });
  return { id, batchId: batchId ?? '' };
}

export function saveLoyaltyFactors(
  ctx: CoreContext,
  input: ParsedInput<'loyaltySettings.saveFactors'>,
): Promise<ProcedureOutput<'loyaltySettings.saveFactors'>> {
  return saveSection(ctx, 'factors', input);
}

export function saveTiers(
  ctx: CoreContext,
  input: ParsedInput<'loyaltySettings.saveTiers'>,
): Promise<ProcedureOutput<'loyaltySettings.saveTiers'>> {
  return saveSection(ctx, 'tiers', input.tiers);
}

export function saveChurnRules(
  ctx: CoreContext,
  input: ParsedInput<'loyaltySettings.saveChurnRules'>,
): Promise<ProcedureOutput<'loyaltySettings.saveChurnRules'>> {
  return saveSection(ctx, 'churnRules', input);
}

const defaults = { factors: defaultLoyaltyFactors, tiers: defaultTiers, churnRules: defaultChurnRules };
const resetLabels: Record<LoyaltySection, string> = {
  factors: 'Reset loyalty score factors',
  tiers: 'Reset loyalty tiers',
  churnRules: 'Reset churn-risk rules',
};

export function resetLoyaltySettings(
  ctx: CoreContext,
  input: ParsedInput<'loyaltySettings.reset'>,
): Promise<ProcedureOutput<'loyaltySettings.reset'>> {
  return saveSection(ctx, input.section, defaults[input.section], resetLabels[input.section]);
}

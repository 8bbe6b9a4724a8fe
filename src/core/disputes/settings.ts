// The team's SLA per severity (business days), kept in the synced workspace settings under one
// id, so two computers setting it converge on one row; whatever was never set is the default.
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import {
  defaultSlaBusinessDays,
  disputeSeverities,
  type DisputeSettings,
  type SlaBusinessDays,
} from '../../shared/disputes';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';

const slaSettingId = 'disputes.sla';

export async function readDisputeSettings(
  ctx: CoreContext,
  _input?: ParsedInput<'disputeSettings.get'>,
): Promise<ProcedureOutput<'disputeSettings.get'>> {
  const row = await ctx.db
    .selectFrom('settings')
    .select('value')
    .where('id', '=', slaSettingId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return { slaBusinessDays: slaOf(row?.value) } satisfies DisputeSettings;
}

/** The stored value over the defaults; a severity missing or garbled keeps its default. */
function slaOf(stored: string | undefined): SlaBusinessDays {
  const sla = { ...defaultSlaBusinessDays };
  if (stored === undefined) return sla;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return sla;
  }
  if (!value || typeof value !== 'object') return sla;
  for (const severity of disputeSeverities) {
    const days = (value as Record<string, unknown>)[severity];
    if (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 90) sla[severity] = days;
  }
  return sla;
}

export async function saveSlaBusinessDays(
  ctx: CoreContext,
  input: ParsedInput<'disputeSettings.saveSla'>,
): Promise<ProcedureOutput<'disputeSettings.saveSla'>> {
  const value = JSON.stringify({
    low: input.low,
    medium: input.medium,
    high: input.high,
    critical: input.critical,
  });
  const { batchId } = await ctx.write({
    label: 'Change case SLA business days',
    origin: 'local',
    changes: rowChanges('settings', slaSettingId, { value, deletedAt: null }),
  });
  return { id: slaSettingId, batchId: batchId ?? '' };
}

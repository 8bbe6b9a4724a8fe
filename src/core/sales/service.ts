// Sales records: one per partner and month, entered by hand; the list, a partner's months and CSV.
// The record's id is derived from partner and month, so entering a month again (by hand, by an
// import, or on another computer) replaces it instead of counting it twice.
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError } from '../../shared/errors';
import { addMonths, monthOf } from '../../shared/periods';
import { fieldMessage } from '../../shared/validation';
import { localToday } from '../care/calendar-dates';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { derivedId } from '../db/ids';
import { workspaceCurrency } from '../workspace/settings';
import { partnerMonths } from './partner-months';

export { listSales } from './list';
export { exportSalesCsv } from './csv-export';

/** The id of a partner's record for a month (the import derives the same one). */
export function salesRecordId(partnerId: string, period: string): string {
  return derivedId('sales', partnerId, period);
}

async function livePartnerName(ctx: CoreContext, partnerId: string): Promise<string | null> {
  const partner = await ctx.db
    .selectFrom('partners')
    .select('name')
    .where('id', '=', partnerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return partner?.name ?? null;
}

export async function saveSalesRecord(
  ctx: CoreContext,
  input: ParsedInput<'sales.save'>,
): Promise<ProcedureOutput<'sales.save'>> {
  const thisMonth = monthOf(input.today ?? localToday());
  if (input.period > thisMonth) {
    throw new CoreError({
      code: 'VALIDATION',
      message: `${input.period} has not started yet.`,
      fields: { period: fieldMessage('validation.futureMonth') },
    });
  }
  const partnerName = await livePartnerName(ctx, input.partnerId);
  if (partnerName === null) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'The partner does not exist or was deleted.',
      fields: { partnerId: fieldMessage('validation.id') },
    });
  }
  const id = salesRecordId(input.partnerId, input.period);
  const { batchId } = await ctx.write({
    label: `Record sales of ${partnerName} for ${input.period}`,
    origin: 'local',
    // deletedAt null revives a month deleted earlier: same id, same row.
    changes: rowChanges('salesRecords', id, {
      partnerId: input.partnerId,
      period: input.period,
      revenueMinor: input.revenueMinor,
      currency: await workspaceCurrency(ctx.db),
      units: input.units,
      orders: input.orders,
      note: input.note,
      deletedAt: null,
    }),
  });
  return { id, batchId: batchId ?? '' };
}

export async function deleteSalesRecord(
  ctx: CoreContext,
  input: ParsedInput<'sales.delete'>,
): Promise<ProcedureOutput<'sales.delete'>> {
  const record = await ctx.db
    .selectFrom('salesRecords as s')
    .innerJoin('partners as p', 'p.id', 's.partnerId')
    .select(['p.name as partnerName', 's.period'])
    .where('s.id', '=', input.id)
    .where('s.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!record) {
    throw new CoreError({ code: 'NOT_FOUND', message: 'These sales do not exist or were deleted.' });
  }
  const { batchId } = await ctx.write({
    label: `Delete sales of ${record.partnerName} for ${record.period}`,
    origin: 'local',
    changes: rowChanges('salesRecords', input.id, { deletedAt: new Date().toISOString() }),
  });
  return { id: input.id, batchId: batchId ?? '' };
}

export async function partnerSales(
  ctx: CoreContext,
  input: ParsedInput<'sales.partner'>,
): Promise<ProcedureOutput<'sales.partner'>> {
  if ((await livePartnerName(ctx, input.partnerId)) === null) {
    throw new CoreError({ code: 'NOT_FOUND', message: 'This partner does not exist or was deleted.' });
  }
  const last = monthOf(input.today);
  // Always 24 months back, so the year-on-year figures do not depend on how many are shown.
  const first = addMonths(last, -Math.max(input.months, 24) + 1);
  const rows = await ctx.db
    .selectFrom('salesRecords')
    .select(['id', 'period', 'revenueMinor', 'units', 'orders'])
    .where('partnerId', '=', input.partnerId)
    .where('period', '>=', first)
    .where('period', '<=', last)
    .where('deletedAt', 'is', null)
    .execute();
  return { currency: await workspaceCurrency(ctx.db), ...partnerMonths(rows, last, input.months) };
}

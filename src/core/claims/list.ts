// The claims list: filters, sorting, totals and counts per status. Built for a million claims: a
// program or partner filter reads its claims_* index; the page is read with its 50 rows only, and
// the flag (same invoice at another partner) is one index probe per row shown.
import { sql, type SqlBool } from 'kysely';
import { claimStatuses, type ClaimStatus } from '../../shared/claims';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';
import { flaggedCondition } from './duplicates';

type ClaimQuery = ParsedInput<'claims.list'>;

function filtered(ctx: CoreContext, input: ClaimQuery, withStatuses: boolean) {
  let query = ctx.db
    .selectFrom('claims as c')
    .innerJoin('partners as p', 'p.id', 'c.partnerId')
    .where('c.deletedAt', 'is', null);
  if (input.programId !== null) query = query.where('c.programId', '=', input.programId);
  if (input.partnerId !== null) query = query.where('c.partnerId', '=', input.partnerId);
  if (input.from !== null) query = query.where('c.invoiceDate', '>=', input.from);
  if (input.to !== null) query = query.where('c.invoiceDate', '<=', input.to);
  if (input.importId !== null) query = query.where('c.importId', '=', input.importId);
  if (withStatuses && input.statuses.length > 0) query = query.where('c.status', 'in', input.statuses);
  if (input.search !== '') {
    const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const keyPattern = `%${input.search.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, '')}%`;
    query = query.where(
      sql<SqlBool>`(c.invoice_key like ${keyPattern} escape '\\' or p.name like ${pattern} escape '\\')`,
    );
  }
  if (input.flaggedOnly) query = query.where(flaggedCondition());
  return query;
}

const sortColumns = {
  invoiceDate: sql`c.invoice_date`,
  partnerName: sql`p.name collate nocase`,
  totalMinor: sql`c.total_minor`,
  createdAt: sql`c.created_at`,
} as const;

export async function listClaims(
  ctx: CoreContext,
  input: ParsedInput<'claims.list'>,
): Promise<ProcedureOutput<'claims.list'>> {
  const direction = input.direction === 'asc' ? sql`asc` : sql`desc`;
  const [rows, totals, statusCounts] = await Promise.all([
    filtered(ctx, input, true)
      .innerJoin('programs as g', 'g.id', 'c.programId')
      .select([
        'c.id',
        'c.programId',
        'g.name as programName',
        'c.partnerId',
        'p.name as partnerName',
        'c.invoiceNumber',
        'c.invoiceDate',
        'c.totalMinor',
        'c.units',
        'c.currency',
        'c.status',
        'c.createdAt',
        'c.lineCount as lines',
        sql<number>`json_array_length(c.attachments)`.as('attachments'),
        sql<number>`${flaggedCondition()}`.as('flagged'),
      ])
      .orderBy(sql`${sortColumns[input.sort]} ${direction}`)
      .orderBy(sql`c.id ${direction}`)
      .offset(input.offset)
      .limit(input.limit)
      .execute(),
    filtered(ctx, input, true)
      .select((eb) => [
        eb.fn.countAll<number>().as('total'),
        eb.fn.sum<number>('c.totalMinor').as('totalMinor'),
      ])
      .executeTakeFirstOrThrow(),
    filtered(ctx, input, false)
      .select((eb) => ['c.status', eb.fn.countAll<number>().as('count')])
      .groupBy('c.status')
      .execute(),
  ]);
  const byStatus = Object.fromEntries(claimStatuses.map((status) => [status, 0])) as Record<
    ClaimStatus,
    number
  >;
  for (const row of statusCounts) byStatus[row.status] = Number(row.count);
  return {
    rows: rows.map((row) => ({ ...row, lines: Number(row.lines), flagged: Boolean(row.flagged) })),
    total: Number(totals.total),
    totalMinor: Number(totals.totalMinor ?? 0),
    byStatus,
  };
}

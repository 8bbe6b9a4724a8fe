// Points earned per partner in a program: earn entries net of their reversals, the same figure as
// the statement's "earned" (src/core/ledger/balance.ts). One grouped scan of the covering
// ledger_balance index (program, partner, unit, kind, amount): no table rows are read.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';

export async function pointsEarnedByPartner(
  db: Kysely<Database>,
  programId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('ledgerEntries')
    .select(['partnerId', sql<number>`sum(amount)`.as('points')])
    .where('programId', '=', programId)
    .where('unit', '=', 'points')
    .where('kind', 'in', ['earn', 'reverse'])
    .groupBy('partnerId')
    .execute();
  return new Map(rows.map((row) => [row.partnerId, Number(row.points)]));
}

// Points earned per partner in a program: earn entries net of their reversals, the same figure as
// the statement's "earned" (src/core/ledger/balance.ts), read from ledger_partner_totals, which a
// trigger keeps on the append-only ledger (one row per partner instead of every entry).
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

export async function pointsEarnedByPartner(
  db: Kysely<Database>,
  programId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('ledgerPartnerTotals')
    .select(['partnerId', 'earnedPoints'])
    .where('programId', '=', programId)
    .execute();
  return new Map(rows.map((row) => [row.partnerId, Number(row.earnedPoints)]));
}

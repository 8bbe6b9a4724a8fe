// A partner's balance in a program: always the sum of its ledger entries (one covering index
// scan), never a stored number that could drift.
import type { Kysely, Transaction } from 'kysely';
import type { Balance } from '../../shared/ledger';
import type { Database } from '../db/database';

export async function partnerBalance(
  db: Kysely<Database> | Transaction<Database>,
  programId: string,
  partnerId: string,
): Promise<Balance> {
  const rows = await db
    .selectFrom('ledgerEntries')
    .select(['unit', 'kind', (eb) => eb.fn.sum<number>('amount').as('amount')])
    .where('programId', '=', programId)
    .where('partnerId', '=', partnerId)
    .groupBy(['unit', 'kind'])
    .execute();
  const balance: Balance = {
    points: 0,
    moneyMinor: 0,
    earnedPoints: 0,
    redeemedPoints: 0,
    expiredPoints: 0,
    adjustedPoints: 0,
  };
  for (const row of rows) {
    const amount = Number(row.amount);
    if (row.unit === 'money') {
      balance.moneyMinor += amount;
      continue;
    }
    balance.points += amount;
    // Reversals count against what they reverse: an earn reversed lowers the points earned.
    if (row.kind === 'earn' || row.kind === 'reverse') balance.earnedPoints += amount;
    else if (row.kind === 'redeem') balance.redeemedPoints -= amount;
    else if (row.kind === 'expire') balance.expiredPoints -= amount;
    else balance.adjustedPoints += amount;
  }
  return balance;
}

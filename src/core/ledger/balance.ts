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
  let reversedPoints = 0;
  for (const row of rows) {
    const amount = Number(row.amount);
    if (row.unit === 'money') {
      balance.moneyMinor += amount;
      continue;
    }
    balance.points += amount;
    if (row.kind === 'earn') balance.earnedPoints += amount;
    else if (row.kind === 'redeem') balance.redeemedPoints -= amount;
    else if (row.kind === 'expire') balance.expiredPoints -= amount;
    else if (row.kind === 'adjust') balance.adjustedPoints += amount;
    else reversedPoints += amount;
  }
  if (reversedPoints !== 0) await countReversals(db, programId, partnerId, balance);
  return balance;
}

/**
 * A reversal counts against what it reverses: a rejected redemption lowers the points redeemed, a
 * reversed award the points earned. Reversals are few, so this reads just them (and their targets).
 */
async function countReversals(
  db: Kysely<Database> | Transaction<Database>,
  programId: string,
  partnerId: string,
  balance: Balance,
): Promise<void> {
  const rows = await db
    .selectFrom('ledgerEntries as e')
    .leftJoin('ledgerEntries as r', 'r.id', 'e.reversesId')
    .select(['r.kind as target', (eb) => eb.fn.sum<number>('e.amount').as('amount')])
    .where('e.programId', '=', programId)
    .where('e.partnerId', '=', partnerId)
    .where('e.unit', '=', 'points')
    .where('e.kind', '=', 'reverse')
    .groupBy('r.kind')
    .execute();
  for (const row of rows) {
    const amount = Number(row.amount);
    if (row.target === 'redeem') balance.redeemedPoints -= amount;
    else if (row.target === 'expire') balance.expiredPoints -= amount;
    else if (row.target === 'adjust') balance.adjustedPoints += amount;
    else balance.earnedPoints += amount;
  }
}

// The points ledger replayed as lots (pure): each earn or positive entry is a lot of points; spending,
// expiry, negative adjustments and reversals take from the oldest lots first (first in, first out).
// From the replay come the balance, what expires on which day, and the expiry entries due on a day.
import type { LedgerEntryKind } from '../../shared/claims';

/** What the replay needs of a ledger entry (points only; money has no lots). */
export interface LedgerFact {
  id: string;
  kind: LedgerEntryKind;
  amount: number;
  postedOn: string;
  expiresOn: string | null;
  reversesId: string | null;
}

export interface Lot {
  entryId: string;
  postedOn: string;
  expiresOn: string | null;
  points: number;
  remaining: number;
}

export interface LedgerReplay {
  /** Always the sum of the entries' amounts. */
  balance: number;
  /** Every lot in age order, spent ones included (remaining 0). */
  lots: Lot[];
  /** Points taken when no lot held any (a reversed award already spent): paid back by the next lot. */
  debt: number;
}

export interface DayPoints {
  on: string;
  points: number;
}

interface Allocation {
  lot: Lot;
  points: number;
}

/**
 * Replays entries in the order they were posted. A reversal undoes exactly what its entry did: an
 * award reversed takes its own lot's points first, a redemption rejected gives the points back to
 * the lots it was taken from.
 */
export function replayLedger(facts: readonly LedgerFact[]): LedgerReplay {
  const lots: Lot[] = [];
  const lotOf = new Map<string, Lot>();
  const takenBy = new Map<string, { allocations: Allocation[]; fromDebt: number }>();
  let debt = 0;
  let balance = 0;

  const addLot = (fact: LedgerFact, points: number) => {
    const paid = Math.min(debt, points);
    debt -= paid;
    const lot: Lot = {
      entryId: fact.id,
      postedOn: fact.postedOn,
      expiresOn: fact.expiresOn,
      points,
      remaining: points - paid,
    };
    lots.push(lot);
    lotOf.set(fact.id, lot);
  };

  const take = (
    fact: LedgerFact,
    points: number,
    first: Lot | undefined,
    eligible: (lot: Lot) => boolean,
  ) => {
    const allocations: Allocation[] = [];
    let left = points;
    const takeFrom = (lot: Lot) => {
      const part = Math.min(lot.remaining, left);
      if (part <= 0) return;
      lot.remaining -= part;
      left -= part;
      allocations.push({ lot, points: part });
    };
    if (first) takeFrom(first);
    for (const lot of lots) {
      if (left === 0) break;
      if (eligible(lot)) takeFrom(lot);
    }
    debt += left;
    takenBy.set(fact.id, { allocations, fromDebt: left });
  };

  const giveBack = (
    fact: LedgerFact,
    points: number,
    original: { allocations: Allocation[]; fromDebt: number },
  ) => {
    let left = points;
    const fromDebt = Math.min(original.fromDebt, debt, left);
    debt -= fromDebt;
    left -= fromDebt;
    for (const allocation of [...original.allocations].reverse()) {
      if (left === 0) break;
      const part = Math.min(allocation.points, left);
      allocation.lot.remaining += part;
      left -= part;
    }
    // More than was taken (should not happen): the rest is a lot of its own.
    if (left > 0) addLot(fact, left);
  };

  for (const fact of facts) {
    balance += fact.amount;
    if (fact.amount === 0) continue;
    const original = fact.reversesId ? takenBy.get(fact.reversesId) : undefined;
    if (fact.amount > 0) {
      if (fact.kind === 'reverse' && original) giveBack(fact, fact.amount, original);
      else addLot(fact, fact.amount);
      continue;
    }
    const points = -fact.amount;
    if (fact.kind === 'expire') {
      take(fact, points, undefined, (lot) => lot.expiresOn !== null && lot.expiresOn <= fact.postedOn);
    } else {
      const own = fact.kind === 'reverse' && fact.reversesId ? lotOf.get(fact.reversesId) : undefined;
      take(fact, points, own, () => true);
    }
  }
  return { balance, lots, debt };
}

function byDay(lots: readonly Lot[]): DayPoints[] {
  const days = new Map<string, number>();
  for (const lot of lots) {
    if (lot.remaining > 0 && lot.expiresOn)
      days.set(lot.expiresOn, (days.get(lot.expiresOn) ?? 0) + lot.remaining);
  }
  return [...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([on, points]) => ({ on, points }));
}

/** Points still held that expire after today, per day (soonest first), unless spent before. */
export function pointsExpiring(replay: LedgerReplay, today: string): DayPoints[] {
  return byDay(replay.lots.filter((lot) => lot.expiresOn !== null && lot.expiresOn > today));
}

/** The expiry entries a run on `today` posts: one per expiry day already reached, of what is left. */
export function expiryDue(replay: LedgerReplay, today: string): DayPoints[] {
  return byDay(replay.lots.filter((lot) => lot.expiresOn !== null && lot.expiresOn <= today));
}

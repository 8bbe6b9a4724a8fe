// The ledger replay: examples of FIFO spending, expiry and reversals, and property tests of the
// ledger's invariants over random sequences of the operations the core allows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expiryDue, pointsExpiring, replayLedger, type LedgerFact } from '../../../src/core/ledger/lots';

let sequence = 0;
function fact(kind: LedgerFact['kind'], amount: number, postedOn: string, extra: Partial<LedgerFact> = {}) {
  sequence += 1;
  return {
    id: `e${String(sequence).padStart(6, '0')}`,
    kind,
    amount,
    postedOn,
    expiresOn: null,
    reversesId: null,
    ...extra,
  } satisfies LedgerFact;
}

describe('replayLedger', () => {
  it('spends the oldest lot first and expires only what is left of lots past their day', () => {
    const a = fact('earn', 100, '2025-01-10', { expiresOn: '2026-01-10' });
    const b = fact('earn', 50, '2025-03-01', { expiresOn: '2026-03-01' });
    const spend = fact('redeem', -120, '2025-06-01');
    const replay = replayLedger([a, b, spend]);
    expect(replay.balance).toBe(30);
    expect(replay.lots.map((lot) => lot.remaining)).toEqual([0, 30]);
    expect(expiryDue(replay, '2026-02-01')).toEqual([]);
    expect(expiryDue(replay, '2026-03-01')).toEqual([{ on: '2026-03-01', points: 30 }]);
    expect(pointsExpiring(replay, '2025-12-31')).toEqual([{ on: '2026-03-01', points: 30 }]);
  });

  it('gives a rejected redemption back to the lots it came from', () => {
    const a = fact('earn', 100, '2025-01-10', { expiresOn: '2026-01-10' });
    const b = fact('earn', 100, '2025-02-10', { expiresOn: '2026-02-10' });
    const spend = fact('redeem', -150, '2025-03-01');
    const back = fact('reverse', 150, '2025-03-02', { reversesId: spend.id });
    const replay = replayLedger([a, b, spend, back]);
    expect(replay.lots.map((lot) => lot.remaining)).toEqual([100, 100]);
  });

  it('takes a reversed award from its own lot first, then the oldest', () => {
    const a = fact('earn', 100, '2025-01-10');
    const b = fact('earn', 80, '2025-02-10');
    const spend = fact('redeem', -50, '2025-03-01', {});
    const undoB = fact('reverse', -80, '2025-03-05', { reversesId: b.id });
    const replay = replayLedger([a, b, spend, undoB]);
    expect(replay.balance).toBe(50);
    expect(replay.lots.map((lot) => lot.remaining)).toEqual([50, 0]);
  });

  it('records a debt when an award is reversed after its points were spent, paid by the next lot', () => {
    const a = fact('earn', 100, '2025-01-10');
    const spend = fact('redeem', -100, '2025-02-01');
    const undo = fact('reverse', -100, '2025-02-02', { reversesId: a.id });
    const later = fact('earn', 150, '2025-03-01');
    const replay = replayLedger([a, spend, undo, later]);
    expect(replay.balance).toBe(50);
    expect(replay.debt).toBe(0);
    expect(replay.lots.at(-1)?.remaining).toBe(50);
  });
});

// ---- Properties over allowed operations ----

type Op =
  | { type: 'earn'; points: number; gapDays: number }
  | { type: 'redeem'; share: number }
  | { type: 'adjust'; amount: number }
  | { type: 'expire'; gapDays: number }
  | { type: 'reverse'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    type: fc.constant('earn' as const),
    points: fc.integer({ min: 1, max: 5000 }),
    gapDays: fc.integer({ min: 0, max: 90 }),
  }),
  fc.record({ type: fc.constant('redeem' as const), share: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    type: fc.constant('adjust' as const),
    amount: fc.integer({ min: -3000, max: 3000 }).filter((n) => n !== 0),
  }),
  fc.record({ type: fc.constant('expire' as const), gapDays: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ type: fc.constant('reverse' as const), pick: fc.nat() }),
);

const expiryDays = 365;

function dayAfter(start: string, days: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface Run {
  facts: LedgerFact[];
  /** After each expiry run: postedOn of lots it expired and of lots still holding points. */
  expiryChecks: { expired: string[]; held: string[]; today: string; dueLeft: number }[];
  reversals: { before: number; after: number; reversedAmount: number }[];
  balances: number[];
}

/** Plays operations the way the core allows them (refusing what would overdraw). */
function play(ops: readonly Op[]): Run {
  let today = '2025-01-01';
  let n = 0;
  const facts: LedgerFact[] = [];
  const run: Run = { facts, expiryChecks: [], reversals: [], balances: [] };
  const reversed = new Set<string>();
  const post = (kind: LedgerFact['kind'], amount: number, extra: Partial<LedgerFact> = {}) => {
    n += 1;
    const entry: LedgerFact = {
      id: `f${String(n).padStart(6, '0')}`,
      kind,
      amount,
      postedOn: today,
      expiresOn: null,
      reversesId: null,
      ...extra,
    };
    facts.push(entry);
    return entry;
  };
  for (const op of ops) {
    const balance = replayLedger(facts).balance;
    if (op.type === 'earn') {
      today = dayAfter(today, op.gapDays);
      post('earn', op.points, { expiresOn: dayAfter(today, expiryDays) });
    } else if (op.type === 'redeem') {
      const points = Math.floor(balance * op.share);
      if (points > 0) post('redeem', -points);
    } else if (op.type === 'adjust') {
      if (balance + op.amount >= 0)
        post('adjust', op.amount, op.amount > 0 ? { expiresOn: dayAfter(today, expiryDays) } : {});
    } else if (op.type === 'expire') {
      today = dayAfter(today, op.gapDays);
      const before = replayLedger(facts);
      const remainingBefore = new Map(before.lots.map((lot) => [lot.entryId, lot.remaining]));
      for (const due of expiryDue(before, today)) post('expire', -due.points, { postedOn: due.on });
      const after = replayLedger(facts);
      run.expiryChecks.push({
        today,
        expired: after.lots
          .filter((lot) => lot.remaining < (remainingBefore.get(lot.entryId) ?? 0))
          .map((lot) => lot.postedOn),
        held: after.lots.filter((lot) => lot.remaining > 0).map((lot) => lot.postedOn),
        dueLeft: expiryDue(after, today).length,
      });
    } else {
      const candidates = facts.filter(
        (entry) => ['earn', 'adjust', 'redeem'].includes(entry.kind) && !reversed.has(entry.id),
      );
      const target = candidates[op.pick % Math.max(1, candidates.length)];
      if (target && balance - target.amount >= 0) {
        reversed.add(target.id);
        post('reverse', -target.amount, { reversesId: target.id });
        run.reversals.push({
          before: balance,
          after: replayLedger(facts).balance,
          reversedAmount: target.amount,
        });
      }
    }
    run.balances.push(replayLedger(facts).balance);
  }
  return run;
}

describe('ledger invariants', () => {
  const ops = fc.array(opArb, { maxLength: 60 });

  it('the balance is the sum of the entries, and what the lots hold', () => {
    fc.assert(
      fc.property(ops, (list) => {
        const { facts } = play(list);
        const replay = replayLedger(facts);
        const sum = facts.reduce((total, entry) => total + entry.amount, 0);
        expect(replay.balance).toBe(sum);
        expect(replay.lots.reduce((total, lot) => total + lot.remaining, 0) - replay.debt).toBe(sum);
      }),
    );
  });

  it('is never negative after any sequence of allowed operations, and no lot goes below zero', () => {
    fc.assert(
      fc.property(ops, (list) => {
        const run = play(list);
        for (const balance of run.balances) expect(balance).toBeGreaterThanOrEqual(0);
        const replay = replayLedger(run.facts);
        expect(replay.debt).toBe(0);
        for (const lot of replay.lots) {
          expect(lot.remaining).toBeGreaterThanOrEqual(0);
          expect(lot.remaining).toBeLessThanOrEqual(lot.points);
        }
      }),
    );
  });

  it('expires first in, first out: never points younger than points still held', () => {
    fc.assert(
      fc.property(ops, (list) => {
        const run = play(list);
        for (const check of run.expiryChecks) {
          expect(check.dueLeft).toBe(0);
          for (const expired of check.expired)
            for (const held of check.held) expect(expired <= held).toBe(true);
        }
      }),
    );
  });

  it('a reversal restores the balance exactly', () => {
    fc.assert(
      fc.property(ops, (list) => {
        for (const reversal of play(list).reversals) {
          expect(reversal.after).toBe(reversal.before - reversal.reversedAmount);
        }
      }),
    );
  });

  it('an entry followed by its reversal leaves every lot as it was', () => {
    fc.assert(
      fc.property(
        ops,
        fc.integer({ min: -5000, max: 5000 }).filter((n) => n !== 0),
        (list, amount) => {
          const { facts } = play(list);
          const before = replayLedger(facts);
          if (before.balance + amount < 0) return;
          const entry: LedgerFact = {
            id: 'z1',
            kind: 'adjust',
            amount,
            postedOn: '2030-01-01',
            expiresOn: null,
            reversesId: null,
          };
          const back: LedgerFact = {
            id: 'z2',
            kind: 'reverse',
            amount: -amount,
            postedOn: '2030-01-02',
            expiresOn: null,
            reversesId: 'z1',
          };
          const after = replayLedger([...facts, entry, back]);
          expect(after.balance).toBe(before.balance);
          expect(after.lots.slice(0, before.lots.length).map((lot) => lot.remaining)).toEqual(
            before.lots.map((lot) => lot.remaining),
          );
        },
      ),
    );
  });

  it('splits what is held into expiring per day and never-expiring, adding up to the balance', () => {
    fc.assert(
      fc.property(ops, (list) => {
        const { facts } = play(list);
        const replay = replayLedger(facts);
        const today = facts.at(-1)?.postedOn ?? '2025-01-01';
        const expiring = pointsExpiring(replay, today).reduce((total, day) => total + day.points, 0);
        const due = expiryDue(replay, today).reduce((total, day) => total + day.points, 0);
        const never = replay.lots
          .filter((lot) => !lot.expiresOn)
          .reduce((total, lot) => total + lot.remaining, 0);
        expect(expiring + due + never).toBe(replay.balance);
      }),
    );
  });
});

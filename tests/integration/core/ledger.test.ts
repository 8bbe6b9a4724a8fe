// The points ledger on a real database file: balance and entries, adjustments (refused beyond the
// balance), reversals (once, never overdrawing), expiry first in first out (idempotent, one
// permanent system batch), and the partner page's incentives.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreError } from '../../../src/shared/errors';
import { openLedgerFixture, type LedgerFixture } from './ledger-fixture';

let f: LedgerFixture;
let programId: string;
let partnerId: string;
const today = '2026-03-15';

beforeEach(async () => {
  f = await openLedgerFixture();
  programId = await f.program();
  partnerId = await f.partner('Maju Jaya Elektrik');
  await f.enroll(programId, partnerId);
});
afterEach(async () => f.close());

const base = () => ({ programId, partnerId, today });

describe('ledger.balance and ledger.partner', () => {
  it('sums the entries by kind, counting a reversal against what it reverses', async () => {
    const award = await f.earn(programId, partnerId, 5000, '2026-01-10');
    await f.earn(programId, partnerId, 1200, '2026-02-01', { unit: 'money' });
    await f.call('ledger.adjust', { ...base(), unit: 'points', amount: 300, reason: 'Trade show bonus' });
    await f.call('ledger.reverse', { entryId: award, reason: 'Invoice was cancelled', today });
    expect(await f.call('ledger.balance', base())).toEqual({
      points: 300,
      moneyMinor: 1200,
      earnedPoints: 0,
      redeemedPoints: 0,
      expiredPoints: 0,
      adjustedPoints: 300,
    });
  });

  it('pages entries newest first with the actor and what expires when', async () => {
    await f.earn(programId, partnerId, 1000, '2026-01-10', { expiresOn: '2027-01-10' });
    await f.earn(programId, partnerId, 500, '2026-02-10', { expiresOn: '2027-02-10' });
    await f.call('ledger.adjust', { ...base(), unit: 'points', amount: -1200, reason: 'Duplicate award' });
    const page = await f.call('ledger.partner', { ...base(), limit: 2 });
    expect(page.total).toBe(3);
    expect(page.entries.map((e) => [e.kind, e.amount])).toEqual([
      ['adjust', -1200],
      ['earn', 500],
    ]);
    expect(page.entries[0]?.reason).toBe('Duplicate award');
    expect(page.entries[0]?.actorName).not.toBe('');
    // The oldest lot is spent first: only 300 of the February points are left to expire.
    expect(page.expiring).toEqual([{ on: '2027-02-10', points: 300 }]);
    const next = await f.call('ledger.partner', { ...base(), offset: 2, limit: 2 });
    expect(next.entries.map((e) => e.amount)).toEqual([1000]);
  });

  it('answers NOT_FOUND for an unknown program', async () => {
    const error = await f.fails('ledger.balance', { ...base(), programId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' });
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('ledger.adjust', () => {
  it('refuses a negative adjustment beyond the points balance at the amount', async () => {
    await f.earn(programId, partnerId, 3200, '2026-01-10');
    const error = await f.fails('ledger.adjust', { ...base(), unit: 'points', amount: -5000, reason: 'Fix' });
    expect(error.fields?.amount?.message).toBe('This needs 5,000 points; the balance is 3,200.');
    expect((await f.call('ledger.balance', base())).points).toBe(3200);
  });

  it('refuses taking more money than accrued, in the program currency', async () => {
    await f.earn(programId, partnerId, 10_000, '2026-01-10', { unit: 'money' });
    const error = await f.fails('ledger.adjust', {
      ...base(),
      unit: 'money',
      amount: -15_000,
      reason: 'Fix',
    });
    expect(error.fields?.amount?.message).toBe('This takes MYR 150.00; the balance is MYR 100.00.');
  });

  it('needs a reason and a non-zero whole amount, and an enrolled partner', async () => {
    const bad = await f.fails('ledger.adjust', { ...base(), unit: 'points', amount: 0, reason: '' });
    expect(bad.fields?.amount?.key).toBe('validation.adjustAmount');
    expect(bad.fields?.reason?.key).toBe('validation.required');
    const stranger = await f.partner('Toko Lain');
    const error = await f.fails('ledger.adjust', {
      ...base(),
      partnerId: stranger,
      unit: 'points',
      amount: 10,
      reason: 'Gift',
    });
    expect(error.fields?.partnerId?.key).toBe('validation.partnerNotEnrolled');
  });

  it('writes a permanent batch that undo refuses', async () => {
    const { batchId } = await f.call('ledger.adjust', {
      ...base(),
      unit: 'points',
      amount: 50,
      reason: 'Gift',
    });
    const batch = await f.ctx.db
      .selectFrom('batches')
      .selectAll()
      .where('id', '=', batchId)
      .executeTakeFirstOrThrow();
    expect(batch.permanent).toBe(1);
    expect(batch.label).toBe('Adjust +50 points for Maju Jaya Elektrik');
    const undo = await f.fails('history.undo', { batchId });
    expect(undo).toBeInstanceOf(CoreError);
    expect((await f.call('ledger.balance', base())).points).toBe(50);
  });
});

describe('ledger.reverse', () => {
  it('reverses an entry once: a second reversal is refused', async () => {
    const award = await f.earn(programId, partnerId, 800, '2026-01-10');
    await f.call('ledger.reverse', { entryId: award, reason: 'Wrong partner', today });
    expect((await f.call('ledger.balance', base())).points).toBe(0);
    const again = await f.fails('ledger.reverse', { entryId: award, reason: 'Again', today });
    expect(again.fields?.entryId?.message).toBe(`This entry was already reversed on ${today}.`);
    expect((await f.call('ledger.balance', base())).points).toBe(0);
  });

  it('restores the balance exactly when a negative adjustment is reversed', async () => {
    await f.earn(programId, partnerId, 1000, '2026-01-10');
    const { id } = await f.call('ledger.adjust', { ...base(), unit: 'points', amount: -400, reason: 'Fix' });
    await f.call('ledger.reverse', { entryId: id, reason: 'Fix was wrong', today });
    expect(await f.call('ledger.balance', base())).toMatchObject({ points: 1000, adjustedPoints: 0 });
  });

  it('refuses a reversal that would make the points balance negative, saying why', async () => {
    const award = await f.earn(programId, partnerId, 1000, '2026-01-10');
    await f.call('ledger.adjust', { ...base(), unit: 'points', amount: -700, reason: 'Spent offline' });
    const error = await f.fails('ledger.reverse', { entryId: award, reason: 'Cancelled', today });
    expect(error.fields?.entryId?.message).toBe('Reversing this takes 1,000 points; the balance is 300.');
  });

  it('refuses reversing a redemption (it is rejected instead) or an unknown entry', async () => {
    await f.earn(programId, partnerId, 1000, '2026-01-10');
    const rewardId = (
      await f.call('rewards.create', { programId, name: 'Umbrella', kind: 'merchandise', pointsCost: 100 })
    ).id;
    await f.call('redemptions.request', { ...base(), rewardId, quantity: 1 });
    const redeem = await f.ctx.db
      .selectFrom('ledgerEntries')
      .select('id')
      .where('kind', '=', 'redeem')
      .executeTakeFirstOrThrow();
    const error = await f.fails('ledger.reverse', { entryId: redeem.id, reason: 'x', today });
    expect(error.fields?.entryId?.key).toBe('validation.notReversible');
    expect(
      (await f.fails('ledger.reverse', { entryId: '01ARZ3NDEKTSV4RRFFQ69G5FAV', reason: 'x', today })).code,
    ).toBe('NOT_FOUND');
  });
});

describe('ledger.runExpiry', () => {
  it('expires what is left of the oldest lots past their day, first in first out, once', async () => {
    await f.earn(programId, partnerId, 1000, '2025-01-10', { expiresOn: '2026-01-10' });
    await f.earn(programId, partnerId, 1000, '2025-02-10', { expiresOn: '2026-02-10' });
    await f.earn(programId, partnerId, 1000, '2025-06-10', { expiresOn: '2026-06-10' });
    // Spending 1,500 takes the whole first lot and half the second.
    await f.call('ledger.adjust', { ...base(), unit: 'points', amount: -1500, reason: 'Spent offline' });
    const other = await f.partner('Sinar Timur');
    await f.enroll(programId, other);
    await f.earn(programId, other, 400, '2025-03-01', { expiresOn: '2026-03-01' });

    expect(await f.call('ledger.runExpiry', { today })).toEqual({ entries: 2, points: 900 });
    expect((await f.call('ledger.balance', base())).points).toBe(1000);
    expect(await f.call('ledger.balance', { ...base(), partnerId: other })).toMatchObject({
      points: 0,
      expiredPoints: 400,
    });
    const expired = await f.ctx.db
      .selectFrom('ledgerEntries')
      .select(['partnerId', 'amount', 'postedOn'])
      .where('kind', '=', 'expire')
      .orderBy('postedOn')
      .execute();
    expect(expired).toEqual([
      { partnerId, amount: -500, postedOn: '2026-02-10' },
      { partnerId: other, amount: -400, postedOn: '2026-03-01' },
    ]);
    const batches = await f.ctx.db
      .selectFrom('batches')
      .selectAll()
      .where('label', 'like', 'Expire points%')
      .execute();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ label: 'Expire points (2 partners)', permanent: 1, origin: 'system' });

    // Running again posts nothing new.
    expect(await f.call('ledger.runExpiry', { today })).toEqual({ entries: 0, points: 0 });
    const page = await f.call('ledger.partner', base());
    expect(page.expiring).toEqual([{ on: '2026-06-10', points: 1000 }]);
  });

  it('two runs at once post the expiry once', async () => {
    await f.earn(programId, partnerId, 700, '2025-01-10', { expiresOn: '2026-01-10' });
    const [a, b] = await Promise.all([
      f.call('ledger.runExpiry', { today }),
      f.call('ledger.runExpiry', { today }),
    ]);
    expect(a.points + b.points).toBe(700);
    expect((await f.call('ledger.balance', base())).points).toBe(0);
  });
});

describe('incentives.partner', () => {
  it('lists the programs the partner is or was in, with balances and claims waiting', async () => {
    const old = await f.program({ name: 'Launch SPIF 2025' });
    await f.enroll(old, partnerId, '2025-12-31');
    await f.earn(programId, partnerId, 2500, '2026-01-10');
    await f.earn(programId, partnerId, 9900, '2026-01-10', { unit: 'money' });
    const { programs } = await f.call('incentives.partner', { partnerId, today });
    expect(programs.map((p) => [p.programName, p.points, p.moneyMinor, p.leftOn])).toEqual([
      ['Dealer Rewards 2026', 2500, 9900, null],
      ['Launch SPIF 2025', 0, 0, '2025-12-31'],
    ]);
    expect(programs[0]).toMatchObject({ currency: 'MYR', claimsSubmitted: 0 });
    // Badges come from the gamification module: 2,500 points earned is past the first milestone.
    expect(programs[0]?.badges.map((b) => b.key)).toContain('points-1k');
    const stranger = await f.partner('Toko Baru');
    expect((await f.call('incentives.partner', { partnerId: stranger, today })).programs).toEqual([]);
  });
});

describe('ledger_partner_totals (what the leaderboard ranks by)', () => {
  it('always agrees with the balance summed from the entries', async () => {
    const totals = async () =>
      f.ctx.db
        .selectFrom('ledgerPartnerTotals')
        .select(['points', 'earnedPoints', 'moneyMinor'])
        .where('programId', '=', programId)
        .where('partnerId', '=', partnerId)
        .executeTakeFirstOrThrow();
    const agree = async () => {
      const balance = await f.call('ledger.balance', base());
      expect(await totals()).toEqual({
        points: balance.points,
        earnedPoints: balance.earnedPoints,
        moneyMinor: balance.moneyMinor,
      });
    };
    await f.earn(programId, partnerId, 5000, '2025-01-10', { expiresOn: '2026-01-10' });
    await agree();
    await f.earn(programId, partnerId, 800, '2026-02-01');
    await f.earn(programId, partnerId, 1200, '2026-02-01', { unit: 'money' });
    await f.call('ledger.adjust', { ...base(), unit: 'points', amount: -300, reason: 'Returned goods' });
    await agree();
    await f.call('ledger.runExpiry', { today });
    await agree();
    const second = await f.earn(programId, partnerId, 400, '2026-03-01');
    await f.call('ledger.reverse', { entryId: second, reason: 'Invoice was cancelled', today });
    await agree();
    expect((await totals()).earnedPoints).toBe(5800);
  });
});

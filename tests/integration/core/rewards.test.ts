// The rewards catalog and redemptions on a real database file: stock held by redemptions, why a
// partner cannot redeem, requests refused over the balance / out of stock / for the wrong tier,
// decisions (approve, fulfil, reject returning the points), and two people or requests at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

async function reward(
  fields: { name?: string; pointsCost?: number; stock?: number | null; tiers?: string[] } = {},
) {
  const { id } = await f.call('rewards.create', {
    programId,
    name: fields.name ?? 'Shopping voucher RM100',
    kind: 'voucher',
    pointsCost: fields.pointsCost ?? 5000,
    stock: fields.stock ?? null,
    tiers: fields.tiers ?? [],
  });
  return id;
}

const request = (rewardId: string, quantity = 1, who = partnerId) => ({
  programId,
  partnerId: who,
  rewardId,
  quantity,
  today,
});

async function points(who = partnerId) {
  return (await f.call('ledger.balance', { programId, partnerId: who, today })).points;
}

async function goldPartner(name: string) {
  const id = await f.partner(name);
  await f.enroll(programId, id);
  await f.call('loyalty.setOverride', {
    partnerId: id,
    tier: 'gold',
    reason: 'Key account',
    expiresOn: '2099-01-01',
    today: f.today,
  });
  return id;
}

describe('rewards catalog', () => {
  it('creates and edits rewards, refusing a stale revision, unknown tiers and stock below what is held', async () => {
    const id = await reward({ stock: 3 });
    await f.earn(programId, partnerId, 20_000, '2026-01-10');
    await f.call('redemptions.request', request(id, 2));
    const [listed] = (await f.call('rewards.list', { programId, today })).rows;
    expect(listed).toMatchObject({
      stock: 3,
      available: 1,
      redeemed: 2,
      revision: 0,
      unavailableReason: null,
    });
    const edit = {
      id,
      revision: 0,
      name: 'Voucher RM100',
      kind: 'voucher' as const,
      pointsCost: 4500,
      stock: 5,
      tiers: [],
    };
    await f.call('rewards.update', edit);
    const stale = await f.fails('rewards.update', { ...edit, name: 'Other' });
    expect(stale.code).toBe('CONFLICT');
    const below = await f.fails('rewards.update', { ...edit, revision: 1, stock: 1 });
    expect(below.fields?.stock?.message).toBe('Redemptions already hold 2: the stock cannot be lower.');
    const tier = await f.fails('rewards.create', {
      programId,
      name: 'Trip',
      kind: 'trip',
      pointsCost: 10,
      tiers: ['diamond'],
    });
    expect(tier.fields?.['tiers.0']?.message).toBe("No loyalty tier has the key 'diamond'.");
    const cost = await f.fails('rewards.create', { programId, name: 'Free', kind: 'trip', pointsCost: 0 });
    expect(cost.fields?.pointsCost?.key).toBe('validation.pointsCost');
  });

  it("says why a partner cannot redeem each reward, with the partner's balance", async () => {
    await f.earn(programId, partnerId, 3000, '2026-01-10');
    await reward({ name: 'Cap', pointsCost: 500 });
    await reward({ name: 'Voucher', pointsCost: 5000 });
    await reward({ name: 'Gold trip', pointsCost: 100, tiers: ['gold'] });
    await reward({ name: 'Sold out', pointsCost: 100, stock: 0 });
    const hidden = await reward({ name: 'Retired', pointsCost: 100 });
    await f.call('rewards.update', {
      id: hidden,
      revision: 0,
      name: 'Retired',
      kind: 'voucher',
      pointsCost: 100,
      active: false,
    });
    const list = await f.call('rewards.list', { programId, partnerId, today });
    expect(list.balance).toBe(3000);
    expect(Object.fromEntries(list.rows.map((r) => [r.name, r.unavailableReason]))).toEqual({
      Cap: null,
      Voucher: 'balance',
      'Gold trip': 'tier',
      'Sold out': 'stock',
    });
    const all = await f.call('rewards.list', { programId, partnerId, today, includeInactive: true });
    expect(all.rows.find((r) => r.name === 'Retired')?.unavailableReason).toBe('inactive');
  });
});

describe('redemptions', () => {
  it('takes the points at once with a redeem entry, then approve and fulfil move it along', async () => {
    await f.earn(programId, partnerId, 12_000, '2026-01-10');
    const rewardId = await reward({ stock: 10 });
    const { id, batchId } = await f.call('redemptions.request', {
      ...request(rewardId, 2),
      notes: 'Deliver to shop',
    });
    expect(await points()).toBe(2000);
    const batch = await f.ctx.db
      .selectFrom('batches')
      .selectAll()
      .where('id', '=', batchId)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({
      permanent: 1,
      label: 'Redeem 2 × Shopping voucher RM100 for Maju Jaya Elektrik',
    });
    const entry = await f.ctx.db
      .selectFrom('ledgerEntries')
      .selectAll()
      .where('redemptionId', '=', id)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ kind: 'redeem', amount: -10_000, postedOn: today });

    await f.call('redemptions.decide', { id, revision: 0, decision: 'approve', today });
    const early = await f.fails('redemptions.decide', { id, revision: 1, decision: 'approve', today });
    expect(early.fields?.decision?.message).toBe('A redemption that is approved cannot be approved.');
    await f.call('redemptions.decide', {
      id,
      revision: 1,
      decision: 'fulfil',
      notes: 'Sent by courier',
      today,
    });
    const { rows, total } = await f.call('redemptions.list', { programId, statuses: ['fulfilled'] });
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({
      partnerName: 'Maju Jaya Elektrik',
      rewardName: 'Shopping voucher RM100',
      rewardKind: 'voucher',
      quantity: 2,
      points: 10_000,
      status: 'fulfilled',
      notes: 'Deliver to shop\nSent by courier',
      decidedOn: today,
      revision: 2,
    });
    expect(await points()).toBe(2000);
  });

  it('refuses redeeming more than the balance, saying how much is needed', async () => {
    await f.earn(programId, partnerId, 3200, '2026-01-10');
    const rewardId = await reward({ pointsCost: 5000 });
    const error = await f.fails('redemptions.request', request(rewardId));
    expect(error.fields?.quantity?.message).toBe('This needs 5,000 points; the balance is 3,200.');
    expect(await points()).toBe(3200);
    expect((await f.call('redemptions.list', { programId })).total).toBe(0);
  });

  it('refuses an item out of stock, an inactive reward, the wrong tier and a partner not enrolled', async () => {
    await f.earn(programId, partnerId, 100_000, '2026-01-10');
    const limited = await reward({ name: 'Cooler box', pointsCost: 100, stock: 2 });
    await f.call('redemptions.request', request(limited, 2));
    const stock = await f.fails('redemptions.request', request(limited));
    expect(stock.fields?.quantity?.message).toBe('Not enough in stock: 0 left.');

    const retired = await reward({ name: 'Old mug', pointsCost: 100 });
    await f.call('rewards.update', {
      id: retired,
      revision: 0,
      name: 'Old mug',
      kind: 'merchandise',
      pointsCost: 100,
      active: false,
    });
    expect((await f.fails('redemptions.request', request(retired))).fields?.rewardId?.key).toBe(
      'validation.rewardInactive',
    );

    const goldOnly = await reward({ name: 'Bali trip', pointsCost: 100, tiers: ['gold', 'platinum'] });
    const tier = await f.fails('redemptions.request', request(goldOnly));
    expect(tier.fields?.rewardId?.message).toMatch(
      /^This reward is for Gold \/ Platinum partners; this partner is /,
    );
    const gold = await goldPartner('Sinar Emas');
    await f.earn(programId, gold, 500, '2026-01-10');
    await f.call('redemptions.request', request(goldOnly, 1, gold));

    const left = await f.partner('Toko Keluar');
    await f.enroll(programId, left, '2026-02-01');
    await f.earn(programId, left, 500, '2026-01-10');
    const notIn = await f.fails('redemptions.request', request(goldOnly, 1, left));
    expect(notIn.fields?.partnerId?.message).toBe('Toko Keluar is not enrolled in this program.');
  });

  it('reject gives the points back with a reversing entry, frees the stock, and needs a note', async () => {
    await f.earn(programId, partnerId, 6000, '2026-01-10', { expiresOn: '2027-01-10' });
    const rewardId = await reward({ stock: 1 });
    const { id } = await f.call('redemptions.request', request(rewardId));
    expect(await points()).toBe(1000);
    const noNote = await f.fails('redemptions.decide', { id, revision: 0, decision: 'reject', today });
    expect(noNote.fields?.notes?.key).toBe('validation.reasonRequired');
    await f.call('redemptions.decide', { id, revision: 0, decision: 'approve', today });
    const { batchId } = await f.call('redemptions.decide', {
      id,
      revision: 1,
      decision: 'reject',
      notes: 'Supplier out of vouchers',
      today,
    });
    expect(await points()).toBe(6000);
    const balance = await f.call('ledger.balance', { programId, partnerId, today });
    expect(balance).toMatchObject({ earnedPoints: 6000, redeemedPoints: 0 });
    const [back] = await f.ctx.db
      .selectFrom('ledgerEntries')
      .selectAll()
      .where('kind', '=', 'reverse')
      .execute();
    const redeem = await f.ctx.db
      .selectFrom('ledgerEntries')
      .select('id')
      .where('kind', '=', 'redeem')
      .executeTakeFirstOrThrow();
    expect(back).toMatchObject({
      amount: 5000,
      reversesId: redeem.id,
      redemptionId: id,
      reason: 'Supplier out of vouchers',
    });
    const batch = await f.ctx.db
      .selectFrom('batches')
      .selectAll()
      .where('id', '=', batchId)
      .executeTakeFirstOrThrow();
    expect(batch.permanent).toBe(1);
    // The points are back in the lot they came from, so they expire when it does.
    expect((await f.call('ledger.partner', { programId, partnerId, today })).expiring).toEqual([
      { on: '2027-01-10', points: 6000 },
    ]);
    expect((await f.call('rewards.list', { programId, today })).rows[0]?.available).toBe(1);
    const fulfilRejected = await f.fails('redemptions.decide', {
      id,
      revision: 2,
      decision: 'fulfil',
      today,
    });
    expect(fulfilRejected.fields?.decision?.message).toBe(
      'A redemption that is rejected cannot be fulfilled.',
    );
  });

  it('two people deciding at once: one wins, the other gets a conflict and nothing is returned twice', async () => {
    await f.earn(programId, partnerId, 5000, '2026-01-10');
    const rewardId = await reward();
    const { id } = await f.call('redemptions.request', request(rewardId));
    const results = await Promise.allSettled([
      f.call('redemptions.decide', { id, revision: 0, decision: 'reject', notes: 'No', today }),
      f.call('redemptions.decide', { id, revision: 0, decision: 'reject', notes: 'Nope', today }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected');
    expect((failed as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    expect(await points()).toBe(5000);
  });

  it('two requests racing for the same points: the second is refused inside its transaction', async () => {
    await f.earn(programId, partnerId, 6000, '2026-01-10');
    const rewardId = await reward({ pointsCost: 5000 });
    const results = await Promise.allSettled([
      f.call('redemptions.request', request(rewardId)),
      f.call('redemptions.request', request(rewardId)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: 'VALIDATION' });
    expect(await points()).toBe(1000);
  });

  it('two requests racing for the last item: one gets it', async () => {
    await f.earn(programId, partnerId, 10_000, '2026-01-10');
    const rewardId = await reward({ pointsCost: 100, stock: 1 });
    const results = await Promise.allSettled([
      f.call('redemptions.request', request(rewardId)),
      f.call('redemptions.request', request(rewardId)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await f.call('rewards.list', { programId, today })).rows[0]?.available).toBe(0);
  });
});

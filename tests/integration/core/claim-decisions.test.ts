// claims.decide on a real database file: approval posts the awards with their explanation,
// rejection and reversal need a reason, reversal takes the awards back (refused when the points are
// spent), a draft program approves nothing, two people approving at once give one award, and an
// approval cannot be undone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rowChanges } from '../../../src/core/db/apply-changes';
import { newId } from '../../../src/core/db/ids';
import type { CoreError } from '../../../src/shared/errors';
import { openIncentiveFixture, type IncentiveFixture } from './incentive-fixture';

let fx: IncentiveFixture;
let programId: string;
let partnerId: string;
let productId: string;

beforeEach(async () => {
  fx = await openIncentiveFixture();
  programId = await fx.program();
  partnerId = await fx.partner('Maju Jaya');
  productId = await fx.product('AC-1200X', 'aircon');
  await fx.enroll(programId, partnerId);
  await fx.rules(programId, [
    {
      key: 'per-unit',
      name: 'Points per aircon',
      award: 'points',
      basis: 'units',
      calc: { kind: 'rate', rate: 10, every: 1 },
    },
  ]);
});
afterEach(async () => fx.close());

const line = (quantity: number) => ({ productId, quantity, amountMinor: quantity * 150_000 });

describe('claims.decide', () => {
  it('approves a submitted claim and posts its award with the explanation', async () => {
    const claimId = await fx.claim(programId, partnerId, 'INV-0042', '2026-11-03', [line(3)]);
    await fx.decide(claimId, 'approve', '2026-11-20');

    const claim = await fx.ctx.db
      .selectFrom('claims')
      .selectAll()
      .where('id', '=', claimId)
      .executeTakeFirstOrThrow();
    expect(claim).toMatchObject({
      status: 'approved',
      decidedOn: '2026-11-20',
      decidedBy: fx.ctx.selfOwnerId,
      revision: 1,
    });
    const [entry, ...others] = await fx.ledger(programId, partnerId);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      kind: 'earn',
      unit: 'points',
      amount: 30,
      postedOn: '2026-11-20',
      expiresOn: '2027-11-20',
      claimId,
      ruleKey: 'per-unit',
      ruleVersion: 1,
      period: '2026-11',
      actorId: fx.ctx.selfOwnerId,
    });
    expect(entry!.explanation).toEqual({
      ruleKey: 'per-unit',
      ruleName: 'Points per aircon',
      ruleVersion: 1,
      award: 'points',
      period: '2026-11',
      claims: [{ claimId, invoiceNumber: 'INV-0042', invoiceDate: '2026-11-03', basis: 3 }],
      steps: [
        { step: 'basis', basis: 'units', total: 3, claims: 1 },
        { step: 'rate', amount: 3, rate: 10, every: 1, result: 30 },
      ],
      total: 30,
    });
    const batch = await fx.ctx.db
      .selectFrom('batches')
      .select(['label', 'permanent'])
      .orderBy('createdAt', 'desc')
      .executeTakeFirstOrThrow();
    expect(batch).toEqual({ label: 'Approve claim INV-0042 of Maju Jaya', permanent: 1 });
  });

  it('rejects with a reason, posts nothing, and the rejection can be undone', async () => {
    const claimId = await fx.claim(programId, partnerId, 'INV-7', '2026-11-03', [line(3)]);
    const missing = await fx.fails('claims.decide', {
      id: claimId,
      revision: 0,
      decision: 'reject',
      reason: '  ',
      today: '2026-11-20',
    });
    expect(missing.code).toBe('VALIDATION');
    expect(missing.fields?.reason?.key).toBe('validation.reasonRequired');

    const batchId = await fx.decide(claimId, 'reject', '2026-11-20', 'Invoice photo unreadable');
    const claim = await fx.ctx.db
      .selectFrom('claims')
      .selectAll()
      .where('id', '=', claimId)
      .executeTakeFirstOrThrow();
    expect(claim).toMatchObject({ status: 'rejected', decisionReason: 'Invoice photo unreadable' });
    expect(await fx.ledger(programId)).toEqual([]);

    await fx.call('history.undo', { batchId });
    expect(await fx.revisionOf(claimId)).toBe(0);
    const again = await fx.ctx.db
      .selectFrom('claims')
      .select('status')
      .where('id', '=', claimId)
      .executeTakeFirstOrThrow();
    expect(again.status).toBe('submitted');
  });

  it('refuses to undo an approval, telling the user to reverse instead', async () => {
    const claimId = await fx.claim(programId, partnerId, 'INV-8', '2026-11-03', [line(1)]);
    const batchId = await fx.decide(claimId, 'approve', '2026-11-20');
    const error = await fx.fails('history.undo', { batchId });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/points ledger.*Reverse the claim/);
    expect(await fx.points(programId, partnerId)).toBe(10);
  });

  it('reverses an approved claim with a reason: reversing entries restore the balance', async () => {
    const kept = await fx.claim(programId, partnerId, 'INV-1', '2026-10-03', [line(2)]);
    const claimId = await fx.claim(programId, partnerId, 'INV-2', '2026-11-03', [line(5)]);
    await fx.decide(kept, 'approve', '2026-11-20');
    const before = await fx.points(programId, partnerId);
    await fx.decide(claimId, 'approve', '2026-11-20');
    expect(await fx.points(programId, partnerId)).toBe(before + 50);

    const noReason = await fx.fails('claims.decide', {
      id: claimId,
      revision: await fx.revisionOf(claimId),
      decision: 'reverse',
      today: '2026-11-25',
    });
    expect(noReason.fields?.reason?.key).toBe('validation.reasonRequired');

    await fx.decide(claimId, 'reverse', '2026-11-25', 'Goods returned');
    expect(await fx.points(programId, partnerId)).toBe(before);
    const reversal = (await fx.ledger(programId, partnerId)).at(-1)!;
    expect(reversal).toMatchObject({
      kind: 'reverse',
      amount: -50,
      claimId,
      postedOn: '2026-11-25',
      expiresOn: null,
      reason: 'Goods returned',
      period: '2026-11',
    });
    expect(reversal.reversesId).toBe(
      (await fx.ledger(programId, partnerId)).find((e) => e.claimId === claimId && e.kind === 'earn')!.id,
    );
    expect(reversal.explanation?.steps.at(-1)).toEqual({
      step: 'previous',
      total: 0,
      alreadyPosted: 50,
      delta: -50,
    });
  });

  it('refuses a reversal when the points were already redeemed, and writes nothing', async () => {
    const claimId = await fx.claim(programId, partnerId, 'INV-3', '2026-11-03', [line(10)]);
    await fx.decide(claimId, 'approve', '2026-11-20');
    await fx.ctx.write({
      label: 'Redeem',
      origin: 'local',
      permanent: true,
      changes: rowChanges('ledgerEntries', newId(), {
        programId,
        partnerId,
        kind: 'redeem',
        unit: 'points',
        amount: -80,
        postedOn: '2026-11-21',
        expiresOn: null,
        claimId: null,
        redemptionId: null,
        reversesId: null,
        ruleKey: null,
        ruleVersion: null,
        period: null,
        explanation: null,
        reason: '',
        actorId: null,
      }),
    });
    const revision = await fx.revisionOf(claimId);
    const error = await fx.fails('claims.decide', {
      id: claimId,
      revision,
      decision: 'reverse',
      reason: 'Fraud',
      today: '2026-11-25',
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('takes back 100 points from Maju Jaya');
    expect(error.message).toContain('80 points were already redeemed or expired');
    expect(error.message).toContain('reverse the redemption first');
    expect(await fx.revisionOf(claimId)).toBe(revision);
    expect(await fx.points(programId, partnerId)).toBe(20);
    expect(await fx.ledger(programId, partnerId)).toHaveLength(2);
  });

  it('refuses decisions that do not fit the claim', async () => {
    const claimId = await fx.claim(programId, partnerId, 'INV-4', '2026-11-03', [line(1)]);
    const notApproved = await fx.fails('claims.decide', {
      id: claimId,
      revision: 0,
      decision: 'reverse',
      reason: 'x',
      today: '2026-11-20',
    });
    expect(notApproved).toMatchObject({ code: 'CONFLICT' });
    expect(notApproved.message).toBe(
      'Claim INV-4 of Maju Jaya is waiting for a decision: only approved claims can be reversed.',
    );
    await fx.decide(claimId, 'approve', '2026-11-20');
    const twice = await fx.fails('claims.decide', {
      id: claimId,
      revision: 1,
      decision: 'approve',
      today: '2026-11-20',
    });
    expect(twice.message).toBe(
      'Claim INV-4 of Maju Jaya is already approved: only submitted claims can be approved.',
    );
    const stale = await fx.fails('claims.decide', {
      id: claimId,
      revision: 0,
      decision: 'reverse',
      reason: 'x',
      today: '2026-11-20',
    });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/changed by someone else/);
    const gone = await fx.fails('claims.decide', {
      id: newId(),
      revision: 0,
      decision: 'approve',
      today: '2026-11-20',
    });
    expect(gone.code).toBe('NOT_FOUND');
  });

  it('approves nothing in a draft program', async () => {
    const draft = await fx.program({ status: 'draft', name: 'Next Year Push' });
    await fx.enroll(draft, partnerId);
    const claimId = await fx.claim(draft, partnerId, 'INV-5', '2026-11-03', [line(1)]);
    const error = await fx.fails('claims.decide', {
      id: claimId,
      revision: 0,
      decision: 'approve',
      today: '2026-11-20',
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'Next Year Push is still a draft: activate the program before approving its claims.',
    );
  });

  it('gives one success, one conflict and exactly one award when two people approve at once', async () => {
    const claimId = await fx.claim(programId, partnerId, 'INV-6', '2026-11-03', [line(4)]);
    const decide = async (): Promise<CoreError | null> => {
      try {
        await fx.call('claims.decide', {
          id: claimId,
          revision: 0,
          decision: 'approve',
          today: '2026-11-20',
        });
        return null;
      } catch (error) {
        return error as CoreError;
      }
    };
    const results = await Promise.all([decide(), decide()]);
    expect(results.filter((result) => result === null)).toHaveLength(1);
    expect(results.find((result) => result !== null)?.code).toBe('CONFLICT');
    const entries = await fx.ledger(programId, partnerId);
    expect(entries.map((entry) => entry.amount)).toEqual([40]);
  });
});

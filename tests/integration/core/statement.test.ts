// The partner statement on a real database file: the language (asked for, else the main contact's,
// else English), entries oldest first with their explanations, balance, expiring points and tier.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AwardExplanation } from '../../../src/shared/programs';
import { openLedgerFixture, type LedgerFixture } from './ledger-fixture';

let f: LedgerFixture;
let programId: string;
let partnerId: string;
const today = '2026-03-15';

const explanation: AwardExplanation = {
  ruleKey: 'aircon',
  ruleName: '10 points per RM100 of aircon',
  ruleVersion: 1,
  award: 'points',
  period: '2026-01',
  claims: [
    {
      claimId: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      invoiceNumber: 'INV-1001',
      invoiceDate: '2026-01-05',
      basis: 1_500_000,
    },
  ],
  steps: [{ step: 'basis', basis: 'amount', total: 1_500_000, claims: 1 }],
  total: 1500,
};

beforeEach(async () => {
  f = await openLedgerFixture();
  programId = await f.program({ name: 'Aircon Champions 2026' });
  partnerId = await f.partner('Kedai Elektrik Ah Huat', { city: 'Ipoh', address: '12 Jalan Sultan Idris' });
  await f.enroll(programId, partnerId);
});
afterEach(async () => f.close());

describe('ledger.statement', () => {
  it("prints in the main contact's language, falling back to English for others", async () => {
    await f.contact(partnerId, 'Tan Ah Huat', 'zh');
    await f.contact(partnerId, 'Siti Aminah', 'ms');
    expect((await f.call('ledger.statement', { programId, partnerId, today })).language).toBe('zh');
    expect((await f.call('ledger.statement', { programId, partnerId, today, language: 'nl' })).language).toBe(
      'nl',
    );

    const other = await f.partner('Toko Tamil');
    await f.enroll(programId, other);
    await f.contact(other, 'Raj', 'ta' as 'en');
    expect((await f.call('ledger.statement', { programId, partnerId: other, today })).language).toBe('en');
  });

  it('holds the partner, program, balance, entries oldest first, expiring points and tier', async () => {
    await f.earn(programId, partnerId, 1500, '2026-01-20', { expiresOn: '2027-01-20', explanation });
    await f.earn(programId, partnerId, 800, '2026-02-20', { expiresOn: '2027-02-20' });
    await f.call('ledger.adjust', {
      programId,
      partnerId,
      unit: 'points',
      amount: -300,
      reason: 'Returned unit',
      today,
    });
    await f.call('loyalty.setOverride', {
      partnerId,
      tier: 'silver',
      reason: 'New dealer',
      expiresOn: '2099-01-01',
      today: f.today,
    });
    const statement = await f.call('ledger.statement', { programId, partnerId, today });
    expect(statement.partner).toMatchObject({
      name: 'Kedai Elektrik Ah Huat',
      city: 'Ipoh',
      address: '12 Jalan Sultan Idris',
    });
    expect(statement.program).toMatchObject({
      name: 'Aircon Champions 2026',
      currency: 'MYR',
      pointsExpiryMonths: 12,
    });
    expect(statement.balance).toMatchObject({ points: 2000, earnedPoints: 2300, adjustedPoints: -300 });
    expect(statement.entries.map((e) => [e.postedOn, e.kind, e.amount])).toEqual([
      ['2026-01-20', 'earn', 1500],
      ['2026-02-20', 'earn', 800],
      [today, 'adjust', -300],
    ]);
    expect(statement.entries[0]?.explanation).toEqual(explanation);
    expect(statement.truncated).toBe(false);
    expect(statement.expiring).toEqual([
      { on: '2027-01-20', points: 1200 },
      { on: '2027-02-20', points: 800 },
    ]);
    expect(statement.tier.name).toBe('Silver');
    expect(statement.tier.nextName).toBe('Gold');
    expect(statement.tier.pointsToNext).toBeGreaterThan(0);
    expect(statement.badges.map((b) => b.key)).toContain('points-1k');
  });

  it('caps the entries at 1,000 and says so, and stays fast on a long ledger', async () => {
    const { rowChanges } = await import('../../../src/core/db/apply-changes');
    const { newId } = await import('../../../src/core/db/ids');
    const changes = Array.from({ length: 1005 }, (_, i) =>
      rowChanges('ledgerEntries', newId(), {
        programId,
        partnerId,
        kind: 'earn',
        unit: 'points',
        amount: 10,
        postedOn: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
        expiresOn: null,
        reason: '',
      }),
    ).flat();
    await f.ctx.write({ label: 'Many awards', origin: 'local', permanent: true, changes });
    const started = performance.now();
    const statement = await f.call('ledger.statement', { programId, partnerId, today });
    const took = performance.now() - started;
    expect(statement.entries).toHaveLength(1000);
    expect(statement.truncated).toBe(true);
    expect(statement.balance.points).toBe(10_050);
    expect(took).toBeLessThan(1000);
    const balanceStarted = performance.now();
    await f.call('ledger.balance', { programId, partnerId, today });
    expect(performance.now() - balanceStarted).toBeLessThan(50);
  });

  it('answers NOT_FOUND for a partner that does not exist', async () => {
    const error = await f.fails('ledger.statement', {
      programId,
      partnerId: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      today,
    });
    expect(error.code).toBe('NOT_FOUND');
  });
});

import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/care/calendar-dates';
import { rowChanges, type FieldChange } from '../../../src/core/db/apply-changes';
import { derivedId } from '../../../src/core/db/ids';
import { addMonths } from '../../../src/shared/periods';
import {
  defaultChurnRules,
  defaultLoyaltyFactors,
  defaultTiers,
  type LoyaltyFactors,
} from '../../../src/shared/loyalty';
import { openLoyaltyFixture, type LoyaltyFixture } from './loyalty-fixture';
import { openTempCore } from './temp-core';

describe('loyalty settings on a real database file', () => {
  let f: LoyaltyFixture;
  let partnerId: string;
  beforeEach(async () => {
    f = await openLoyaltyFixture();
    partnerId = await f.partner('Maju Jaya');
    const changes: FieldChange[] = [];
    for (let m = 1; m <= 24; m++) {
      const period = addMonths(f.today.slice(0, 7), -m);
      changes.push(
        ...rowChanges('salesRecords', derivedId('sales', partnerId, period), {
          partnerId,
          period,
          revenueMinor: 10_000_000,
          currency: 'MYR',
          units: 0,
          orders: 1,
          note: '',
          importId: null,
          deletedAt: null,
        }),
      );
    }
    await f.write('Import sales', changes);
  });
  afterEach(async () => {
    await f.close();
  });

  const card = () => f.call('loyalty.partner', { partnerId, today: f.today });

  it('answers the defaults until something is saved', async () => {
    expect(await f.call('loyaltySettings.get', {})).toEqual({
      factors: defaultLoyaltyFactors,
      tiers: defaultTiers,
      churnRules: defaultChurnRules,
      lastFullRecomputeOn: null,
      scoredPartners: 1,
    });
  });

  it('refuses weights and tiers that make no sense, at the field', async () => {
    const factors = structuredClone(defaultLoyaltyFactors);
    factors.tenure.weight = -5;
    expect((await f.fails('loyaltySettings.saveFactors', factors)).fields).toMatchObject({
      'tenure.weight': { key: 'validation.weight' },
    });
    const zero = structuredClone(defaultLoyaltyFactors) as LoyaltyFactors;
    for (const key of Object.keys(zero) as (keyof LoyaltyFactors)[]) zero[key].weight = 0;
    expect((await f.fails('loyaltySettings.saveFactors', zero)).fields).toMatchObject({
      'salesVolume.weight': { key: 'validation.weightsAllZero' },
    });
    const growth = structuredClone(defaultLoyaltyFactors);
    growth.salesGrowth.fullAtPercent = 0;
    expect(Object.keys((await f.fails('loyaltySettings.saveFactors', growth)).fields ?? {})).toContain(
      'salesGrowth.fullAtPercent',
    );
    const outOfOrder = defaultTiers.map((tier) => (tier.key === 'silver' ? { ...tier, minScore: 75 } : tier));
    expect((await f.fails('loyaltySettings.saveTiers', { tiers: outOfOrder })).fields).toMatchObject({
      'tiers.2.minScore': { key: 'validation.tierOrder' },
    });
    const noFloor = defaultTiers.map((tier) => (tier.key === 'bronze' ? { ...tier, minScore: 10 } : tier));
    expect((await f.fails('loyaltySettings.saveTiers', { tiers: noFloor })).fields).toMatchObject({
      'tiers.3.minScore': { key: 'validation.tierFloor' },
    });
    const rules = { ...defaultChurnRules, noContact: { ...defaultChurnRules.noContact, days: 0 } };
    expect((await f.fails('loyaltySettings.saveChurnRules', rules)).fields).toMatchObject({
      'noContact.days': { key: 'validation.factorParam' },
    });
    // Nothing was saved.
    expect((await f.call('loyaltySettings.get', {})).factors).toEqual(defaultLoyaltyFactors);
  });

  it('moving thresholds changes tiers in the same batch, and undo puts them back', async () => {
    // The starting tier was recorded yesterday (a change today would rewrite today's step).
    await sql`update tier_changes set changed_on = ${addDays(f.today, -1)}`.execute(f.ctx.db);
    const before = await card();
    const moved = defaultTiers.map((tier) =>
      tier.key === 'gold' ? { ...tier, minScore: Math.max(1, before.score! - 5) } : tier,
    );
    const { batchId } = await f.call('loyaltySettings.saveTiers', { tiers: moved });
    const after = await card();
    expect(after.tier?.key).toBe('gold');
    expect(after.history[0]).toMatchObject({
      fromTier: before.tier?.key,
      toTier: 'gold',
      cause: 'tiers-changed',
    });
    const logged = await f.ctx.db
      .selectFrom('changeLog')
      .select('tbl')
      .where('batchId', '=', batchId)
      .execute();
    expect(new Set(logged.map((row) => row.tbl))).toEqual(new Set(['settings', 'tierChanges']));

    await f.call('history.undo', { batchId });
    const undone = await card();
    expect(undone.tier).toEqual(before.tier);
    expect(undone.history).toEqual(before.history);
    expect((await f.call('loyaltySettings.get', {})).tiers).toEqual(defaultTiers);
  });

  it('renaming a tier keeps its key and the history its old name', async () => {
    const before = await card();
    const key = before.tier!.key;
    const renamed = defaultTiers.map((tier) =>
      tier.key === key ? { ...tier, name: `${tier.name} Plus` } : tier,
    );
    await f.call('loyaltySettings.saveTiers', { tiers: renamed });
    const after = await card();
    expect(after.tier).toEqual({ key, name: `${before.tier!.name} Plus` });
    expect(after.history).toEqual(before.history);
  });

  it('changing weights or rules rescores everyone; reset brings the defaults back', async () => {
    const before = await card();
    const factors = structuredClone(defaultLoyaltyFactors);
    factors.engagement.weight = 0;
    factors.contactRecency.weight = 0;
    await f.call('loyaltySettings.saveFactors', factors);
    const after = await card();
    expect(after.score).toBeGreaterThan(before.score!);
    expect(after.factors.find((x) => x.key === 'engagement')).toMatchObject({ weight: 0, contribution: 0 });

    const rules = {
      ...defaultChurnRules,
      noContact: { ...defaultChurnRules.noContact, level: 'critical' as const },
    };
    await f.call('loyaltySettings.saveChurnRules', rules);
    expect((await card()).risk.level).toBe('critical');

    await f.call('loyaltySettings.reset', { section: 'factors' });
    await f.call('loyaltySettings.reset', { section: 'churnRules' });
    expect((await card()).score).toBe(before.score);
    expect((await card()).risk.level).toBe(before.risk.level);
  });

  it('falls back to the default field by field when a stored value is garbled', async () => {
    const stored = structuredClone(defaultLoyaltyFactors) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    stored.salesVolume!.weight = 40;
    stored.tenure!.weight = 'lots';
    stored.nps = 'broken' as unknown as Record<string, unknown>;
    await f.write('Sync settings', [
      ...rowChanges('settings', 'loyalty.factors', { value: JSON.stringify(stored), deletedAt: null }),
      ...rowChanges('settings', 'loyalty.tiers', { value: '{not json', deletedAt: null }),
      ...rowChanges('settings', 'loyalty.churnRules', {
        value: JSON.stringify({
          noContact: { enabled: true, level: 'panic', days: 30 },
          criticalWhenSignals: 3,
        }),
        deletedAt: null,
      }),
    ]);
    const settings = await f.call('loyaltySettings.get', {});
    expect(settings.factors.salesVolume.weight).toBe(40);
    expect(settings.factors.tenure).toEqual(defaultLoyaltyFactors.tenure);
    expect(settings.factors.nps).toEqual(defaultLoyaltyFactors.nps);
    expect(settings.tiers).toEqual(defaultTiers);
    expect(settings.churnRules.noContact).toEqual({ ...defaultChurnRules.noContact, days: 30 });
    expect(settings.churnRules.criticalWhenSignals).toBe(3);
  });
});

describe('loyalty procedures through the core', () => {
  it('validate at the field and recompute on demand', async () => {
    const t = await openTempCore();
    try {
      const error = await t.fails('loyaltySettings.saveFactors', {
        ...defaultLoyaltyFactors,
        disputes: { weight: 101, zeroAtPoints: 6 },
      });
      expect(error).toMatchObject({
        code: 'VALIDATION',
        fields: { 'disputes.weight': { key: 'validation.weight' } },
      });
      const today = new Date().toISOString().slice(0, 10);
      expect(await t.ok('loyalty.recomputeAll', { today })).toMatchObject({ partners: 0, tierChanges: 0 });
      expect((await t.ok('loyaltySettings.get', {})).lastFullRecomputeOn).toBe(today);
    } finally {
      await t.dispose();
    }
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../src/core/care/calendar-dates';
import { openTempCore, type TempCore } from './temp-core';

describe('demo data', () => {
  let t: TempCore;
  beforeEach(async () => {
    t = await openTempCore();
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('loads partners with contacts and owners in all four markets, as one undoable change', async () => {
    const loaded = await t.ok('demo.load', { partners: 120 });
    expect(loaded.partners).toBe(120);
    expect(loaded.contacts).toBeGreaterThan(200);
    const status = await t.ok('app.status', {});
    expect(status.partnerCount).toBe(120);
    expect(status.contactCount).toBe(loaded.contacts);
    const facets = await t.ok('partners.facets', {});
    expect(facets.countries).toEqual(expect.arrayContaining(['CN', 'ID', 'MY', 'NL']));
    const mine = await t.ok('partners.list', { ownerIds: [status.profile.id] });
    expect(mine.total).toBeGreaterThan(0);
    expect(await t.ok('history.undo', {})).toEqual({ undone: true, label: 'Load demo data' });
    expect((await t.ok('app.status', {})).partnerCount).toBe(0);
  });
});

describe('demo incentive programs', () => {
  it('come with approved claims whose awards the ledger holds exactly as the rules give them', async () => {
    const t = await openTempCore();
    try {
      await t.ok('demo.load', { partners: 150 });
      const programs = await t.ok('programs.list', {});
      expect(programs.map((program) => program.kind).sort()).toEqual([
        'co-op',
        'rebate',
        'sales-incentive',
        'spif',
      ]);
      const dealer = programs.find((program) => program.kind === 'sales-incentive')!;
      expect(dealer.awardedPoints).toBeGreaterThan(0);
      const today = localToday();
      const month = today.slice(0, 7);
      const check = await t.ok('programs.evaluate', { programId: dealer.id, period: month, today });
      expect(check.claims).toBeGreaterThan(0);
      expect(check.postedPoints).toBe(check.rulesPoints);
      const board = await t.ok('programs.leaderboard', { programId: dealer.id, today });
      expect(board.rows[0]!.value).toBeGreaterThan(0);
      const flagged = await t.ok('claims.list', { flaggedOnly: true });
      expect(flagged.total).toBeGreaterThanOrEqual(2);
    } finally {
      await t.dispose();
    }
  });
});

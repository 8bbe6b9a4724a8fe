import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

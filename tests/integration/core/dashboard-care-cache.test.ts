// "Care this week" on the dashboard is kept between calls until the next write: a promise made
// after the first look shows on the next one, and the same answer is served while nothing changed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMonths } from '../../../src/shared/periods';
import { openTempCore, type TempCore } from './temp-core';

const today = new Date().toISOString().slice(0, 10);
const period = { from: addMonths(today.slice(0, 7), -2), to: today.slice(0, 7), today };

describe('care this week on the dashboard', () => {
  let t: TempCore;
  beforeEach(async () => {
    t = await openTempCore();
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('follows every write, and the same region or owner selection reads the same answer', async () => {
    const { id: partnerId } = await t.ok('partners.create', {
      partner: { name: 'Maju Jaya Trading', type: 'dealer', country: 'MY', region: 'North' },
    });
    const before = await t.ok('dashboard.get', period);
    expect(before.careThisWeek.commitmentsDue).toBe(0);
    expect((await t.ok('dashboard.get', period)).careThisWeek).toEqual(before.careThisWeek);

    await t.ok('commitments.create', {
      partnerId,
      description: 'Send the new price list',
      madeBy: 'us',
      dueDate: today,
    });
    const after = await t.ok('dashboard.get', period);
    expect(after.careThisWeek.commitmentsDue).toBe(1);
    // Another selection is its own answer: no partner of the South is due anything.
    expect((await t.ok('dashboard.get', { ...period, regions: ['South'] })).careThisWeek.commitmentsDue).toBe(
      0,
    );
    expect((await t.ok('dashboard.get', { ...period, regions: ['North'] })).careThisWeek.commitmentsDue).toBe(
      1,
    );
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PartnerInput } from '../../../src/shared/partners';
import { openTempCore, type TempCore } from './temp-core';

describe('visits due', () => {
  let t: TempCore;
  beforeEach(async () => {
    t = await openTempCore();
  });
  afterEach(async () => {
    await t.dispose();
  });

  const partner = async (fields: Partial<PartnerInput> & { name: string }) =>
    (
      await t.ok('partners.create', {
        partner: { type: 'dealer', country: 'MY', region: 'Penang', city: 'George Town', ...fields },
      })
    ).id;
  const visit = (partnerId: string, start: string, status: 'planned' | 'done' | 'skipped' = 'done') =>
    t.ok('careEvents.create', { partnerId, kind: 'visit', title: 'Visit', start, status });

  it('lists partners past their cadence, overdue first, and leaves out those already planned', async () => {
    const overdue = await partner({ name: 'Overdue Dealer', partnershipStart: '2026-01-01' });
    await visit(overdue, '2026-09-01');
    const custom = await partner({ name: 'Weekly Distributor', type: 'distributor', visitCadenceDays: 7 });
    await visit(custom, '2026-11-20');
    const fresh = await partner({ name: 'Fresh Dealer' });
    await visit(fresh, '2026-11-20');
    const planned = await partner({ name: 'Planned Dealer', partnershipStart: '2026-01-01' });
    await visit(planned, '2026-09-01');
    await visit(planned, '2026-11-30', 'planned');
    const skippedOnly = await partner({ name: 'Skipped Dealer', partnershipStart: '2026-09-01' });
    await visit(skippedOnly, '2026-11-01', 'skipped');
    await partner({ name: 'Elsewhere', region: 'Johor', partnershipStart: '2026-01-01' });
    await partner({ name: 'Paused', status: 'paused', partnershipStart: '2026-01-01' });

    const due = await t.ok('visits.due', { regions: ['Penang'], today: '2026-11-23', horizonDays: 7 });
    expect(due.map((d) => [d.partnerName, d.dueDate, d.overdueDays])).toEqual([
      ['Overdue Dealer', '2026-10-16', 38],
      ['Skipped Dealer', '2026-10-16', 38],
      ['Weekly Distributor', '2026-11-27', -4],
    ]);
    expect(due[0]).toMatchObject({ cadenceDays: 45, lastVisit: '2026-09-01', nextPlanned: null });
    expect(due.map((d) => d.partnerId)).not.toContain(planned);
    expect(due[1]?.lastVisit).toBeNull();
  });
});

// The trigger-kept tallies the dashboard reads (monthly sales, survey answers and care events held;
// each partner's latest visit) must always equal what the live records say: after the demo load,
// after visits are held, moved and deleted, after partners move region or owner, after deletes and
// restores, and after undo.
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../src/core';
import { openDatabase } from '../../../src/core/db/open-database';
import { openTempCore, type TempCore } from './temp-core';

async function aggregatesAgree(dataDir: string): Promise<void> {
  const { db } = await openDatabase({ filePath: path.join(dataDir, databaseFileName) });
  try {
    const live = await sql<Record<string, unknown>>`
      select s.period, p.region, coalesce(p.owner_id, '') as owner_id, s.currency,
        sum(s.revenue_minor) as revenue_minor, sum(s.units) as units, sum(s.orders) as orders,
        count(*) as records
      from sales_records s join partners p on p.id = s.partner_id
      where s.deleted_at is null and p.deleted_at is null
      group by 1, 2, 3, 4 order by 1, 2, 3, 4`.execute(db);
    const kept = await sql<Record<string, unknown>>`
      select period, region, owner_id, currency, revenue_minor, units, orders, records
      from sales_monthly where records <> 0 order by 1, 2, 3, 4`.execute(db);
    expect(kept.rows).toEqual(live.rows);
    const answers = await sql<Record<string, unknown>>`
      select substr(a.answered_on, 1, 7) as period, p.region, coalesce(p.owner_id, '') as owner_id,
        coalesce(sum(a.nps >= 9), 0) as promoters, coalesce(sum(a.nps between 7 and 8), 0) as passives,
        coalesce(sum(a.nps <= 6), 0) as detractors, sum(coalesce(a.satisfaction, 0)) as satisfaction_sum,
        sum(a.satisfaction is not null) as satisfaction_count
      from survey_responses a join partners p on p.id = a.partner_id
      where a.deleted_at is null and p.deleted_at is null
      group by 1, 2, 3 order by 1, 2, 3`.execute(db);
    const keptAnswers = await sql<Record<string, unknown>>`
      select period, region, owner_id, promoters, passives, detractors, satisfaction_sum, satisfaction_count
      from survey_monthly where promoters + passives + detractors + satisfaction_count <> 0
      order by 1, 2, 3`.execute(db);
    expect(keptAnswers.rows).toEqual(answers.rows);
    expect(live.rows.length).toBeGreaterThan(0);
    const held = await sql<Record<string, unknown>>`
      select substr(e.start, 1, 7) as period, p.region, coalesce(p.owner_id, '') as owner_id, e.kind,
        count(*) as events
      from care_events e join partners p on p.id = e.partner_id
      where e.deleted_at is null and e.rrule is null and e.status = 'done'
        and e.kind in ('visit', 'meeting', 'training') and p.deleted_at is null
      group by 1, 2, 3, 4 order by 1, 2, 3, 4`.execute(db);
    const keptHeld = await sql<Record<string, unknown>>`
      select period, region, owner_id, kind, events from engagement_monthly where events <> 0
      order by 1, 2, 3, 4`.execute(db);
    expect(keptHeld.rows).toEqual(held.rows);
    expect(held.rows.length).toBeGreaterThan(0);
    const staleLastVisit = await sql<{ n: number }>`
      select count(*) as n from partners p where p.last_visit_start is not (
        select max(start) from care_events e where e.partner_id = p.id and e.deleted_at is null
          and e.kind = 'visit' and e.status != 'skipped')`.execute(db);
    expect(staleLastVisit.rows[0]!.n).toBe(0);
  } finally {
    await db.destroy();
  }
}

describe('trigger-kept tallies', () => {
  let t: TempCore;
  beforeEach(async () => {
    t = await openTempCore();
    await t.ok('demo.load', { partners: 80 });
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('equal the live records after the demo load, partner moves, deletes, restores and undo', async () => {
    const { rows } = await t.ok('partners.list', { statuses: ['active'], limit: 6 });
    const [moved, reassigned, deleted] = rows;
    const owners = await t.ok('owners.list', {});
    const partner = await t.ok('partners.get', { id: moved!.id });
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ownerName: _o,
      contactCount: _n,
      ...fields
    } = partner as typeof partner & {
      ownerName?: unknown;
      contactCount?: unknown;
    };
    await t.ok('partners.update', { id: moved!.id, partner: { ...fields, region: 'Somewhere New' } });
    const other = await t.ok('partners.get', { id: reassigned!.id });
    const {
      id: _i2,
      createdAt: _c2,
      updatedAt: _u2,
      ownerName: _o2,
      contactCount: _n2,
      ...otherFields
    } = other as typeof other & { ownerName?: unknown; contactCount?: unknown };
    const newOwner = owners.find((owner) => owner.id !== other.ownerId)!;
    await t.ok('partners.update', { id: reassigned!.id, partner: { ...otherFields, ownerId: newOwner.id } });
    await t.ok('partners.delete', { id: deleted!.id });
    // A visit held today, and one planned visit deleted.
    const [first] = rows;
    await t.ok('careEvents.create', {
      partnerId: first!.id,
      kind: 'visit',
      title: 'Quarterly visit',
      start: new Date().toISOString().slice(0, 10),
      allDay: true,
      status: 'done',
    });
    const events = await t.ok('careEvents.listForPartner', { partnerId: rows[3]!.id });
    const visit = events.find((event) => event.kind === 'visit');
    if (visit) await t.ok('careEvents.delete', { id: visit.id });
    await t.core.close();
    await aggregatesAgree(t.dataDir);
    t = await openTempCore(t.dataDir);
    // Undo the delete (restores the partner and its sums), then the owner change.
    await t.ok('history.undo', {});
    await t.ok('history.undo', {});
    await t.core.close();
    await aggregatesAgree(t.dataDir);
    t = await openTempCore(t.dataDir);
  });
});

// The sums program results and the dashboard's incentive figure are made of, for all of a
// program's partners or those of a dashboard selection (region, owner): participants, claims,
// awards, funds paid and participants' revenue in a window and its comparison period.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';
import { allOf, scopeConditions, type DashboardScope } from '../dashboard/scope';
import { currentParticipants } from '../programs/program-rows';
import type { RevenueWindow } from './revenue-window';

const partnerColumns = { region: 'p.region', owner: 'p.owner_id', ownerNullable: true };

export interface ProgramSums {
  participants: number;
  claims: { submitted: number; approved: number; rejected: number };
  awardedPoints: number;
  awardedMinor: number;
  redeemedPoints: number;
  reimbursedMinor: number;
  revenueMinor: number;
  comparisonRevenueMinor: number;
}

const unscoped: DashboardScope = { regions: [], ownerIds: [] };

export async function programSums(
  db: Kysely<Database>,
  programId: string,
  window: RevenueWindow,
  salesCurrency: string,
  scope: DashboardScope = unscoped,
): Promise<ProgramSums> {
  const inScope = allOf(scopeConditions(scope, partnerColumns));
  const scoped = scope.regions.length > 0 || scope.ownerIds.length > 0;
  const [participants, claims, ledger, funds, revenue] = await Promise.all([
    currentParticipants(db)
      .where('e.programId', '=', programId)
      .where(inScope)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('claims as c')
      .innerJoin('partners as p', 'p.id', 'c.partnerId')
      .where('c.programId', '=', programId)
      .where('c.deletedAt', 'is', null)
      .where(inScope)
      .select(['c.status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('c.status')
      .execute(),
    // Unscoped: the covering ledger_balance index alone; scoped: joined to the partners selected.
    scoped
      ? db
          .selectFrom('ledgerEntries as l')
          .innerJoin('partners as p', 'p.id', 'l.partnerId')
          .where('l.programId', '=', programId)
          .where(inScope)
          .select(['l.unit', 'l.kind', sql<number>`sum(l.amount)`.as('amount')])
          .groupBy(['l.unit', 'l.kind'])
          .execute()
      : db
          .selectFrom('ledgerEntries as l')
          .where('l.programId', '=', programId)
          .select(['l.unit', 'l.kind', sql<number>`sum(l.amount)`.as('amount')])
          .groupBy(['l.unit', 'l.kind'])
          .execute(),
    db
      .selectFrom('fundRequests as r')
      .innerJoin('partners as p', 'p.id', 'r.partnerId')
      .where('r.programId', '=', programId)
      .where('r.deletedAt', 'is', null)
      .where('r.status', '=', 'reimbursed')
      .where(inScope)
      .select(sql<number>`coalesce(sum(r.reimbursed_minor), 0)`.as('paid'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('salesRecords as s')
      .innerJoin('programEnrollments as e', (join) =>
        join
          .onRef('e.partnerId', '=', 's.partnerId')
          .on('e.programId', '=', programId)
          .on('e.deletedAt', 'is', null)
          .on('e.leftOn', 'is', null),
      )
      .innerJoin('partners as p', 'p.id', 's.partnerId')
      .where('s.deletedAt', 'is', null)
      .where('p.deletedAt', 'is', null)
      .where('s.currency', '=', salesCurrency)
      .where('s.period', '>=', window.comparison.from)
      .where('s.period', '<=', window.period.to)
      .where(inScope)
      .select([
        sql<number>`coalesce(sum(case when s.period >= ${window.period.from} then s.revenue_minor end), 0)`.as(
          'current',
        ),
        sql<number>`coalesce(sum(case when s.period < ${window.period.from} then s.revenue_minor end), 0)`.as(
          'previous',
        ),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  const sums: ProgramSums = {
    participants: Number(participants.n),
    claims: { submitted: 0, approved: 0, rejected: 0 },
    awardedPoints: 0,
    awardedMinor: 0,
    redeemedPoints: 0,
    reimbursedMinor: Number(funds.paid),
    revenueMinor: window.months ? Number(revenue.current) : 0,
    comparisonRevenueMinor: window.months ? Number(revenue.previous) : 0,
  };
  for (const row of claims) {
    if (row.status === 'submitted' || row.status === 'approved' || row.status === 'rejected') {
      sums.claims[row.status] = Number(row.n);
    }
  }
  for (const row of ledger) {
    const amount = Number(row.amount);
    // Awards net of their reversals, as the statement counts what was earned.
    if (row.kind === 'earn' || row.kind === 'reverse') {
      if (row.unit === 'points') sums.awardedPoints += amount;
      else sums.awardedMinor += amount;
    } else if (row.kind === 'redeem' && row.unit === 'points') sums.redeemedPoints -= amount;
  }
  return sums;
}

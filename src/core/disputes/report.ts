// The disputes report: open cases by kind, age and owner; time to resolve; SLA breach rate by
// region. Each figure counts with the list's own filters, so a figure and the list it opens agree.
import { sql } from 'kysely';
import {
  disputeAgeBuckets,
  disputeKinds,
  disputeListInputSchema,
  openDisputeStatuses,
  type DisputeAgeBucket,
  type DisputeKind,
  type DisputeListInput,
  type DisputeReport,
} from '../../shared/disputes';
import { CoreError } from '../../shared/errors';
import type { ParsedInput } from '../../shared/contract';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { ageBucketOpenedBetween } from './case-periods';
import { applyDisputeFilters, breachedCase, disputeConditions, liveCases, type DisputeFilters } from './list';
import { medianWindow, resolutionFromAggregates, shareOf } from './report-figures';

type ReportInput = ParsedInput<'disputes.report'>;

function filtersOf(input: ReportInput, more: DisputeListInput): DisputeFilters {
  return disputeListInputSchema.parse({ region: input.region, ownerId: input.ownerId, ...more });
}

/** The age bucket of an open case, in SQL, from the same opening bounds the list filters on. */
function ageBucketColumn(now: Date) {
  const cases = disputeAgeBuckets.map((bucket) => {
    const { after } = ageBucketOpenedBetween(bucket, now);
    return after === null ? sql`else ${bucket}` : sql`when d.opened_at > ${after} then ${bucket}`;
  });
  return sql<DisputeAgeBucket>`case ${sql.join(cases, sql` `)} end`;
}

async function openFigures(ctx: CoreContext, input: ReportInput, now: Date) {
  // One pass over the open cases' index entries, grouped by everything the three tables need;
  // the owners' names are read once afterwards, not joined to every case.
  const groups = await applyDisputeFilters(
    liveCases(ctx),
    filtersOf(input, { statuses: [...openDisputeStatuses] }),
    now,
  )
    .select((eb) => [
      'd.kind',
      'd.ownerId',
      ageBucketColumn(now).as('bucket'),
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['d.kind', 'd.ownerId', 'bucket'])
    .execute();
  const ownerIds = [...new Set(groups.flatMap((group) => (group.ownerId ? [group.ownerId] : [])))];
  const ownerNames = new Map(
    ownerIds.length
      ? (
          await ctx.db
            .selectFrom('owners')
            .select(['id', 'name'])
            .where('id', 'in', ownerIds)
            .where('deletedAt', 'is', null)
            .execute()
        ).map((owner) => [owner.id, owner.name] as const)
      : [],
  );
  const byKind = new Map<DisputeKind, number>();
  const byAge = new Map<DisputeAgeBucket, number>();
  const byOwner = new Map<string, { label: string; count: number }>();
  let total = 0;
  for (const group of groups) {
    const n = Number(group.n);
    total += n;
    byKind.set(group.kind, (byKind.get(group.kind) ?? 0) + n);
    byAge.set(group.bucket, (byAge.get(group.bucket) ?? 0) + n);
    const key = group.ownerId ?? '';
    const owner = byOwner.get(key) ?? { label: ownerNames.get(key) ?? '', count: 0 };
    owner.count += n;
    byOwner.set(key, owner);
  }
  return {
    openTotal: total,
    openByKind: disputeKinds.map((kind) => ({ key: kind, label: kind, count: byKind.get(kind) ?? 0 })),
    openByAge: disputeAgeBuckets.map((bucket) => ({
      key: bucket,
      label: bucket,
      count: byAge.get(bucket) ?? 0,
    })),
    // Most cases first; nobody's cases last, where a team lead looks for what fell through.
    openByOwner: [...byOwner.entries()]
      .map(([key, { label, count }]) => ({ key, label, count }))
      .sort(
        (a, b) =>
          Number(a.key === '') - Number(b.key === '') || b.count - a.count || a.label.localeCompare(b.label),
      ),
  };
}

async function resolution(ctx: CoreContext, input: ReportInput, now: Date) {
  const conditions = disputeConditions(
    filtersOf(input, { resolvedFrom: input.from, resolvedTo: input.to }),
    now,
  );
  const resolved = () => liveCases(ctx).where((eb) => eb.and(conditions));
  // Count, mean and median are computed by SQLite over the covering index: tens of thousands of
  // cases resolved in a year never cross into JavaScript one by one.
  const days = sql<number>`d.resolve_days`;
  const { n, mean } = await resolved()
    .select((eb) => [eb.fn.countAll<number>().as('n'), sql<number | null>`avg(${days})`.as('mean')])
    .executeTakeFirstOrThrow();
  const count = Number(n);
  const middle = await resolved()
    .select(days.as('days'))
    .orderBy(days)
    .limit(medianWindow(count).length)
    .offset(medianWindow(count).offset)
    .execute();
  return resolutionFromAggregates(
    count,
    mean,
    middle.map((row) => row.days),
  );
}

async function slaByRegion(ctx: CoreContext, input: ReportInput, now: Date) {
  const conditions = disputeConditions(filtersOf(input, { openedFrom: input.from, openedTo: input.to }), now);
  const rows = await liveCases(ctx)
    .where((eb) => eb.and(conditions))
    // The lead partner's region, as the list's region filter reads it (live partners only).
    .where('d.leadRegion', 'is not', null)
    .select((eb) => [
      'd.leadRegion as region',
      eb.fn.countAll<number>().as('total'),
      sql<number>`sum(${breachedCase(now)})`.as('breached'),
    ])
    .groupBy('d.leadRegion')
    .execute();
  return rows
    .map((row) => {
      const total = Number(row.total);
      const breached = Number(row.breached);
      return { region: row.region ?? '', total, breached, rate: shareOf(breached, total) };
    })
    .sort((a, b) => b.rate - a.rate || b.total - a.total || a.region.localeCompare(b.region));
}

export async function disputeReport(
  ctx: CoreContext,
  input: ReportInput,
  now: Date = new Date(),
): Promise<DisputeReport> {
  if (input.from > input.to) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'The period ends before it starts.',
      fields: { to: fieldMessage('validation.endBeforeStart') },
    });
  }
  const open = await openFigures(ctx, input, now);
  return {
    ...open,
    resolution: await resolution(ctx, input, now),
    slaByRegion: await slaByRegion(ctx, input, now),
  };
}

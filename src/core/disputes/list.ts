// Case lists with filters: the disputes screen, a partner's cases, and the rows behind each report
// figure. The filters are shared with the CSV export and the report, so a figure and the list it
// opens always count the same cases.
import { sql, type SelectQueryBuilder } from 'kysely';
import {
  openDisputeStatuses,
  type DisputeListOutput,
  type DisputeListQuery,
  type DisputeStatus,
} from '../../shared/disputes';
import type { CoreContext } from '../context';
import type { Database } from '../db/database';
import { toFullTextQuery } from '../partners/full-text-query';
import { ageBucketOpenedBetween, localDaysInterval } from './case-periods';
import { caseRows, summarize, summaryColumns } from './summary';

export type CaseQuery = ReturnType<typeof caseRows>;
type AnyCaseQuery<O> = SelectQueryBuilder<
  Database & { d: Database['disputes']; o: Database['owners'] },
  'd' | 'o',
  O
>;

/**
 * "Still being worked on", written exactly as in the partial indexes of migration 4: SQLite uses a
 * partial index only when the query repeats its condition word for word (bound parameters do not
 * count), so this literal is what lets open-case queries walk disputes_open_due / _open_owner.
 */
export const isOpenCase = sql<boolean>`d.status in ('open', 'investigating', 'resolution-proposed', 'escalated')`;

function isOpenSet(statuses: readonly DisputeStatus[]): boolean {
  const chosen = new Set(statuses);
  return chosen.size === openDisputeStatuses.length && openDisputeStatuses.every((s) => chosen.has(s));
}

/** The list filters that narrow a case query (everything but sorting and paging). */
export type DisputeFilters = Omit<DisputeListQuery, 'sort' | 'offset' | 'limit'>;

/** Whether the filters keep only cases still being worked on (their queries can use the open indexes). */
export function onlyOpenCases(filters: Pick<DisputeFilters, 'statuses' | 'ageBucket'>): boolean {
  return (
    filters.ageBucket !== null ||
    (filters.statuses.length > 0 &&
      filters.statuses.every((status) => (openDisputeStatuses as readonly DisputeStatus[]).includes(status)))
  );
}

export function applyDisputeFilters<O>(
  query: AnyCaseQuery<O>,
  filters: DisputeFilters,
  now: Date,
): AnyCaseQuery<O> {
  let q = query;
  if (onlyOpenCases(filters)) {
    q = q.where(isOpenCase);
    if (filters.statuses.length && !isOpenSet(filters.statuses))
      q = q.where('d.status', 'in', filters.statuses);
  } else if (filters.statuses.length) {
    q = q.where('d.status', 'in', filters.statuses);
  }
  if (filters.kinds.length) q = q.where('d.kind', 'in', filters.kinds);
  if (filters.severities.length) q = q.where('d.severity', 'in', filters.severities);
  if (filters.rootCauses.length) q = q.where('d.rootCause', 'in', filters.rootCauses);
  if (filters.ownerId !== null) q = q.where('d.ownerId', '=', filters.ownerId);
  if (filters.unowned) q = q.where('d.ownerId', 'is', null);
  if (filters.partnerId !== null) {
    const partnerId = filters.partnerId;
    q = q.where('d.id', 'in', (eb) =>
      eb.selectFrom('disputePartners as dp').select('dp.disputeId').where('dp.partnerId', '=', partnerId),
    );
  }
  if (filters.region !== null) {
    // From the region's partners (an index range) to the cases they lead, rather than a lookup of
    // the lead partner for every case. Deleted partners no longer count for a region.
    const region = filters.region;
    q = q.where('d.id', 'in', (eb) =>
      eb
        .selectFrom('partners as rp')
        .innerJoin('disputePartners as lp', 'lp.partnerId', 'rp.id')
        .select('lp.disputeId')
        .where('rp.region', '=', region)
        .where('rp.deletedAt', 'is', null)
        .where('lp.lead', '=', 1),
    );
  }
  if (filters.breached) {
    const nowIso = now.toISOString();
    q = q.where((eb) =>
      eb.or([
        eb.and([isOpenCase, eb('d.dueAt', '<', nowIso)]),
        eb.and([eb('d.resolvedAt', 'is not', null), eb('d.resolvedAt', '>', eb.ref('d.dueAt'))]),
      ]),
    );
  }
  if (filters.ageBucket !== null) {
    const { after, atOrBefore } = ageBucketOpenedBetween(filters.ageBucket, now);
    if (after !== null) q = q.where('d.openedAt', '>', after);
    if (atOrBefore !== null) q = q.where('d.openedAt', '<=', atOrBefore);
  }
  const resolved = localDaysInterval(filters.resolvedFrom, filters.resolvedTo);
  if (resolved.start !== null) q = q.where('d.resolvedAt', '>=', resolved.start);
  if (resolved.end !== null) q = q.where('d.resolvedAt', '<', resolved.end);
  const opened = localDaysInterval(filters.openedFrom, filters.openedTo);
  if (opened.start !== null) q = q.where('d.openedAt', '>=', opened.start);
  if (opened.end !== null) q = q.where('d.openedAt', '<', opened.end);
  const match = toFullTextQuery(filters.text);
  if (match !== null) {
    q = q.where(sql<boolean>`d.rowid in (select rowid from disputes_fts where disputes_fts match ${match})`);
  }
  return q;
}

const severityRank = sql`case d.severity when 'critical' then 0 when 'high' then 1 when 'medium' then 2 else 3 end`;

export function applyDisputeSort<O>(
  query: AnyCaseQuery<O>,
  sort: DisputeListQuery['sort'],
  onlyOpen: boolean,
): AnyCaseQuery<O> {
  switch (sort) {
    case 'due':
      // Open cases alone walk disputes_open_due and stop after one page.
      if (onlyOpen) return query.orderBy('d.dueAt').orderBy('d.id');
      // Cases still being worked on first, the most urgent at the top; settled ones after them,
      // the most recently settled first.
      return query
        .orderBy(sql`case when ${isOpenCase} then 0 else 1 end`)
        .orderBy(sql`case when ${isOpenCase} then d.due_at end`)
        .orderBy('d.resolvedAt', 'desc')
        .orderBy('d.openedAt', 'desc')
        .orderBy('d.id');
    case 'opened':
      return query.orderBy('d.openedAt', 'desc').orderBy('d.id', 'desc');
    case 'severity':
      return query.orderBy(severityRank).orderBy('d.dueAt').orderBy('d.id');
    case 'resolved':
      return query
        .orderBy(sql`d.resolved_at is null`)
        .orderBy('d.resolvedAt', 'desc')
        .orderBy('d.id', 'desc');
  }
}

export async function countDisputes(ctx: CoreContext, filters: DisputeFilters, now: Date): Promise<number> {
  const { n } = await applyDisputeFilters(caseRows(ctx), filters, now)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

export async function listDisputes(
  ctx: CoreContext,
  input: DisputeListQuery,
  now: Date = new Date(),
): Promise<DisputeListOutput> {
  const rows = await applyDisputeSort(
    applyDisputeFilters(caseRows(ctx), input, now),
    input.sort,
    onlyOpenCases(input),
  )
    .select(summaryColumns)
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  const total =
    input.offset === 0 && rows.length < input.limit ? rows.length : await countDisputes(ctx, input, now);
  return { rows: await summarize(ctx, rows, now), total };
}

// Case lists with filters: the disputes screen, a partner's cases, and the rows behind each report
// figure. The filters are shared with the CSV export and the report, so a figure and the list it
// opens always count the same cases.
import { expressionBuilder, sql, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely';
import {
  openDisputeStatuses,
  type DisputeListOutput,
  type DisputeSummary,
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
export const isOpenCase = sql<SqlBool>`d.status in ('open', 'investigating', 'resolution-proposed', 'escalated')`;

/** Open and past due at `now`, or resolved after the due time: the SLA was breached. */
export function breachedCase(now: Date) {
  return sql<SqlBool>`((${isOpenCase} and d.due_at < ${now.toISOString()}) or d.resolved_at > d.due_at)`;
}

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

type CaseScope = Database & { d: Database['disputes'] };

/**
 * The filters as conditions on a case aliased `d`: any query over cases (a page of summaries, a
 * report's groups, an export) adds them with `.where(eb => eb.and(...))`.
 */
export function disputeConditions(filters: DisputeFilters, now: Date): Expression<SqlBool>[] {
  const eb = expressionBuilder<CaseScope, 'd'>();
  const conditions: Expression<SqlBool>[] = [];
  if (onlyOpenCases(filters)) {
    conditions.push(isOpenCase);
    if (filters.statuses.length && !isOpenSet(filters.statuses)) {
      conditions.push(eb('d.status', 'in', filters.statuses));
    }
  } else if (filters.statuses.length) {
    conditions.push(eb('d.status', 'in', filters.statuses));
  }
  if (filters.kinds.length) conditions.push(eb('d.kind', 'in', filters.kinds));
  if (filters.severities.length) conditions.push(eb('d.severity', 'in', filters.severities));
  if (filters.rootCauses.length) conditions.push(eb('d.rootCause', 'in', filters.rootCauses));
  if (filters.ownerId !== null) conditions.push(eb('d.ownerId', '=', filters.ownerId));
  if (filters.unowned) conditions.push(eb('d.ownerId', 'is', null));
  if (filters.partnerId !== null) {
    conditions.push(
      eb(
        'd.id',
        'in',
        eb
          .selectFrom('disputePartners as dp')
          .select('dp.disputeId')
          .where('dp.partnerId', '=', filters.partnerId),
      ),
    );
  }
  // The lead partner's region, kept on the case by triggers (null once that partner is deleted).
  if (filters.region !== null) conditions.push(eb('d.leadRegion', '=', filters.region));
  if (filters.breached) conditions.push(breachedCase(now));
  if (filters.ageBucket !== null) {
    const { after, atOrBefore } = ageBucketOpenedBetween(filters.ageBucket, now);
    if (after !== null) conditions.push(eb('d.openedAt', '>', after));
    if (atOrBefore !== null) conditions.push(eb('d.openedAt', '<=', atOrBefore));
  }
  const resolved = localDaysInterval(filters.resolvedFrom, filters.resolvedTo);
  if (resolved.start !== null) conditions.push(eb('d.resolvedAt', '>=', resolved.start));
  if (resolved.end !== null) conditions.push(eb('d.resolvedAt', '<', resolved.end));
  const opened = localDaysInterval(filters.openedFrom, filters.openedTo);
  if (opened.start !== null) conditions.push(eb('d.openedAt', '>=', opened.start));
  if (opened.end !== null) conditions.push(eb('d.openedAt', '<', opened.end));
  const match = toFullTextQuery(filters.text);
  if (match !== null) {
    conditions.push(
      sql<SqlBool>`d.rowid in (select rowid from disputes_fts where disputes_fts match ${match})`,
    );
  }
  return conditions;
}

/** Live cases (aliased `d`, without the owner join) for queries that only count or group them. */
export function liveCases(ctx: CoreContext) {
  return ctx.db.selectFrom('disputes as d').where('d.deletedAt', 'is', null);
}

export function applyDisputeFilters<O>(
  query: AnyCaseQuery<O>,
  filters: DisputeFilters,
  now: Date,
): AnyCaseQuery<O> {
  const conditions = disputeConditions(filters, now);
  return conditions.length ? query.where((eb) => eb.and(conditions)) : query;
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

/** One page of summaries in the list's order, without the total (exports read page after page). */
export async function listDisputePage(
  ctx: CoreContext,
  input: DisputeListQuery,
  now: Date,
): Promise<DisputeSummary[]> {
  const rows = await applyDisputeSort(
    applyDisputeFilters(caseRows(ctx), input, now),
    input.sort,
    onlyOpenCases(input),
  )
    .select(summaryColumns)
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  return summarize(ctx, rows, now);
}

export async function listDisputes(
  ctx: CoreContext,
  input: DisputeListQuery,
  now: Date = new Date(),
): Promise<DisputeListOutput> {
  const rows = await listDisputePage(ctx, input, now);
  const total =
    input.offset === 0 && rows.length < input.limit ? rows.length : await countDisputes(ctx, input, now);
  return { rows, total };
}

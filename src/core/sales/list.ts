// The sales list: filters shared by the screen, its totals and the CSV export, pages in the
// chosen order, and totals over every matching row. Built for millions of records: a month
// filter reads the sales_period index, and totals without a partner or import filter come from
// the trigger-kept sales_monthly aggregate (a few hundred rows) instead of the records.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { SalesListOutput, SalesRecord } from '../../shared/sales';
import type { ParsedInput } from '../../shared/contract';
import type { CoreContext } from '../context';
import { workspaceCurrency } from '../workspace/settings';
import { ownerChoice, partnerOwnerCondition } from '../partners/owner-condition';

export type SalesQuery = ParsedInput<'sales.list'>;
export type SalesFilters = Omit<SalesQuery, 'sort' | 'direction' | 'offset' | 'limit'>;

/** The owner filter's value for partners nobody owns. */

function liveRecords(ctx: CoreContext) {
  return ctx.db
    .selectFrom('salesRecords as s')
    .innerJoin('partners as p', 'p.id', 's.partnerId')
    .where('s.deletedAt', 'is', null)
    .where('p.deletedAt', 'is', null);
}

type RecordQuery = ReturnType<typeof liveRecords>;

function applyFilters(query: RecordQuery, filters: SalesFilters): RecordQuery {
  let q = query;
  if (filters.partnerId !== null) q = q.where('s.partnerId', '=', filters.partnerId);
  if (filters.from !== null) q = q.where('s.period', '>=', filters.from);
  if (filters.to !== null) q = q.where('s.period', '<=', filters.to);
  if (filters.regions.length) q = q.where('p.region', 'in', filters.regions);
  if (filters.importId !== null) q = q.where('s.importId', '=', filters.importId);
  const owned = partnerOwnerCondition(filters.ownerIds);
  if (owned) q = q.where(owned);
  return q;
}

const recordColumns = [
  's.id',
  's.partnerId',
  'p.name as partnerName',
  'p.region',
  's.period',
  's.revenueMinor',
  's.currency',
  's.units',
  's.orders',
  's.note',
  's.importId',
  's.updatedAt',
] as const;

interface SortKey {
  /** SQL of the value, as in the ORDER BY (with its collation). */
  expression: RawBuilder<unknown>;
  direction: 'asc' | 'desc';
  valueOf: (row: SalesRecord) => string | number;
}

const byName: Omit<SortKey, 'direction'> = {
  expression: sql`p.name collate nocase`,
  valueOf: (row) => row.partnerName,
};
const byPeriod: Omit<SortKey, 'direction'> = { expression: sql`s.period`, valueOf: (row) => row.period };
const byId: SortKey = { expression: sql`s.id`, direction: 'asc', valueOf: (row) => row.id };

/** The full order of a sort choice: the chosen column, then a natural second key, then the id. */
export function sortKeys(sort: SalesQuery['sort'], direction: SalesQuery['direction']): SortKey[] {
  switch (sort) {
    case 'period':
      return [{ ...byPeriod, direction }, { ...byName, direction: 'asc' }, byId];
    case 'partnerName':
      return [{ ...byName, direction }, { ...byPeriod, direction: 'desc' }, byId];
    case 'revenueMinor':
    case 'units':
    case 'orders': {
      const column = { revenueMinor: sql`s.revenue_minor`, units: sql`s.units`, orders: sql`s.orders` }[sort];
      return [
        { expression: column, direction, valueOf: (row) => row[sort] },
        { ...byPeriod, direction: 'desc' },
        byId,
      ];
    }
  }
}

function ordered(query: RecordQuery, keys: readonly SortKey[]): RecordQuery {
  return keys.reduce((q, key) => q.orderBy(sql`${key.expression} ${sql.raw(key.direction)}`), query);
}

/** Rows strictly after `row` in the order of `keys` (keyset paging for exports of any size). */
function after(keys: readonly SortKey[], row: SalesRecord): RawBuilder<SqlBool> {
  const alternatives = keys.map((key, index) => {
    const equalBefore = keys
      .slice(0, index)
      .map((earlier) => sql`${earlier.expression} = ${earlier.valueOf(row)}`);
    const beyond = sql`${key.expression} ${sql.raw(key.direction === 'asc' ? '>' : '<')} ${key.valueOf(row)}`;
    return sql.join([...equalBefore, beyond], sql` and `);
  });
  return sql<SqlBool>`(${sql.join(
    alternatives.map((alternative) => sql`(${alternative})`),
    sql` or `,
  )})`;
}

export async function listSalesPage(ctx: CoreContext, input: SalesQuery): Promise<SalesRecord[]> {
  return ordered(applyFilters(liveRecords(ctx), input), sortKeys(input.sort, input.direction))
    .select(recordColumns)
    .limit(input.limit)
    .offset(input.offset)
    .execute();
}

/** Every matching row in the list's order, a chunk at a time, without OFFSET's rescans. */
export async function* eachSalesRecord(
  ctx: CoreContext,
  input: SalesQuery,
  chunkRows: number,
): AsyncGenerator<SalesRecord[]> {
  const keys = sortKeys(input.sort, input.direction);
  let last: SalesRecord | null = null;
  for (;;) {
    let query = applyFilters(liveRecords(ctx), input);
    if (last) {
      const previous = last;
      query = query.where(() => after(keys, previous));
    }
    const chunk = await ordered(query, keys).select(recordColumns).limit(chunkRows).execute();
    if (chunk.length) yield chunk;
    if (chunk.length < chunkRows) return;
    last = chunk.at(-1) ?? null;
  }
}

interface Totals {
  total: number;
  revenueMinor: number;
  units: number;
  orders: number;
}

/** Sums from sales_monthly, which holds exactly the live records of live partners per month. */
async function monthlyTotals(ctx: CoreContext, filters: SalesFilters): Promise<Totals> {
  let query = ctx.db.selectFrom('salesMonthly');
  if (filters.from !== null) query = query.where('period', '>=', filters.from);
  if (filters.to !== null) query = query.where('period', '<=', filters.to);
  if (filters.regions.length) query = query.where('region', 'in', filters.regions);
  const owners = ownerChoice(filters.ownerIds);
  if (owners.ids.length || owners.none) {
    query = query.where('ownerId', 'in', [...owners.ids, ...(owners.none ? [''] : [])]);
  }
  const row = await query
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>('records'), sql<number>`0`).as('total'),
      eb.fn.coalesce(eb.fn.sum<number>('revenueMinor'), sql<number>`0`).as('revenueMinor'),
      eb.fn.coalesce(eb.fn.sum<number>('units'), sql<number>`0`).as('units'),
      eb.fn.coalesce(eb.fn.sum<number>('orders'), sql<number>`0`).as('orders'),
    ])
    .executeTakeFirstOrThrow();
  return numbers(row);
}

async function recordTotals(ctx: CoreContext, filters: SalesFilters): Promise<Totals> {
  const row = await applyFilters(liveRecords(ctx), filters)
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.coalesce(eb.fn.sum<number>('s.revenueMinor'), sql<number>`0`).as('revenueMinor'),
      eb.fn.coalesce(eb.fn.sum<number>('s.units'), sql<number>`0`).as('units'),
      eb.fn.coalesce(eb.fn.sum<number>('s.orders'), sql<number>`0`).as('orders'),
    ])
    .executeTakeFirstOrThrow();
  return numbers(row);
}

function numbers(row: Totals): Totals {
  return {
    total: Number(row.total),
    revenueMinor: Number(row.revenueMinor),
    units: Number(row.units),
    orders: Number(row.orders),
  };
}

export function salesTotals(ctx: CoreContext, filters: SalesFilters): Promise<Totals> {
  // A partner's or an import's records are few and indexed; the aggregate has neither key.
  return filters.partnerId === null && filters.importId === null
    ? monthlyTotals(ctx, filters)
    : recordTotals(ctx, filters);
}

export async function listSales(ctx: CoreContext, input: SalesQuery): Promise<SalesListOutput> {
  const [rows, totals, currency] = [
    await listSalesPage(ctx, input),
    await salesTotals(ctx, input),
    await workspaceCurrency(ctx.db),
  ];
  return { rows, ...totals, currency };
}

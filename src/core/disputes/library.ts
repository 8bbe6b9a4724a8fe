// The case library: settled (resolved or closed) cases found by words, kind, root cause, partner
// and region, so someone facing a new conflict reads how the last similar ones were settled. With
// words, the best matches come first (bm25, the title weighing most) with the matching passage;
// without, the most recently resolved come first.
import { sql, type SqlBool } from 'kysely';
import { disputeListInputSchema, type DisputeLibraryEntry } from '../../shared/disputes';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';
import { toFullTextQuery } from '../partners/full-text-query';
import { disputeConditions, liveCases } from './list';
import { daysBetween, oneDecimal } from './report-figures';
import { caseRows, moneyOf, summarize, summaryColumns } from './summary';

type LibraryInput = ParsedInput<'disputes.library'>;

/** Title, description, resolution, lessons learned: a word in the title says most about a case. */
const rank = sql<number>`bm25(disputes_fts, 4.0, 1.0, 2.0, 2.0)`;
const ftsRowid = sql<SqlBool>`disputes_fts.rowid = d.rowid`;
const ftsTable = sql<{ rowid: number }>`disputes_fts`.as('disputes_fts');

/**
 * Settled, written so that SQLite cannot use it as an index key (the unary +): cases are then read
 * along the resolved-at index, newest first, stopping after one page.
 */
const settled = sql<SqlBool>`+d.status in ('resolved', 'closed') and d.resolved_at is not null`;

function filterConditions(input: LibraryInput, now: Date) {
  return disputeConditions(
    disputeListInputSchema.parse({
      kinds: input.kinds,
      rootCauses: input.rootCauses,
      partnerId: input.partnerId,
      region: input.region,
    }),
    now,
  );
}

/** The page's case ids (keys first: snippets and wide columns are read for these rows only). */
async function pageIds(ctx: CoreContext, input: LibraryInput, match: string | null, now: Date) {
  const conditions = [settled, ...filterConditions(input, now)];
  const cases = liveCases(ctx).where((eb) => eb.and(conditions));
  if (match === null) {
    const page = await cases
      .select('d.id')
      .orderBy('d.resolvedAt', 'desc')
      .orderBy('d.id', 'desc')
      .limit(input.limit)
      .offset(input.offset)
      .execute();
    return { ids: page.map((row) => row.id), counted: cases };
  }
  const matching = cases
    .innerJoin(ftsTable, (join) => join.on(ftsRowid))
    .where(sql<SqlBool>`disputes_fts match ${match}`);
  const page = await matching
    .select('d.id')
    .orderBy(rank)
    .orderBy('d.resolvedAt', 'desc')
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  return { ids: page.map((row) => row.id), counted: matching };
}

async function snippets(
  ctx: CoreContext,
  ids: readonly string[],
  match: string,
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await liveCases(ctx)
    .innerJoin(ftsTable, (join) => join.on(ftsRowid))
    .where(sql<SqlBool>`disputes_fts match ${match}`)
    .where('d.id', 'in', ids)
    // The passage around the matches (best column, about 16 words), matches between « and ».
    .select(['d.id', sql<string>`snippet(disputes_fts, -1, '«', '»', '…', 16)`.as('snippet')])
    .execute();
  return new Map(rows.map((row) => [row.id, row.snippet]));
}

export async function disputeLibrary(
  ctx: CoreContext,
  input: LibraryInput,
  now: Date = new Date(),
): Promise<ProcedureOutput<'disputes.library'>> {
  const match = toFullTextQuery(input.text);
  const { ids, counted } = await pageIds(ctx, input, match, now);
  const found = ids.length
    ? await caseRows(ctx)
        .where('d.id', 'in', ids)
        .select([
          ...summaryColumns,
          'd.resolution',
          'd.lessonsLearned',
          'd.compensationMinor',
          'd.compensationCurrency',
        ])
        .execute()
    : [];
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
  const passages = match === null ? new Map<string, string>() : await snippets(ctx, ids, match);
  const total =
    input.offset === 0 && rows.length < input.limit
      ? rows.length
      : Number((await counted.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const summaries = await summarize(ctx, rows, now);
  return {
    rows: summaries.map((summary, index): DisputeLibraryEntry => {
      const row = rows[index] as (typeof rows)[number];
      return {
        ...summary,
        resolution: row.resolution,
        lessonsLearned: row.lessonsLearned,
        compensation: moneyOf(row.compensationMinor, row.compensationCurrency),
        snippet: passages.get(row.id) ?? '',
        daysToResolve: row.resolvedAt === null ? null : oneDecimal(daysBetween(row.openedAt, row.resolvedAt)),
      };
    }),
    total,
  };
}

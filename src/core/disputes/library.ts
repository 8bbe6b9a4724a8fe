// The case library: settled (resolved or closed) cases found by words, kind, root cause, partner
// and region, so someone facing a new conflict reads how the last similar ones were settled. With
// words, the best matches come first (bm25, the title weighing most) with the matching passage;
// without, the most recently resolved come first.
import { sql, type SqlBool } from 'kysely';
import { disputeListInputSchema, type DisputeLibraryEntry } from '../../shared/disputes';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';
import { toFullTextQuery } from '../partners/full-text-query';
import { disputeConditions } from './list';
import { daysBetween, oneDecimal } from './report-figures';
import { caseRows, moneyOf, summarize, summaryColumns } from './summary';

/** Title, description, resolution, lessons learned: a word in the title says most about a case. */
const rankExpression = sql<number>`bm25(disputes_fts, 4.0, 1.0, 2.0, 2.0)`;
/** The passage around the matches (best column, about 16 words), matches between « and ». */
const snippetExpression = sql<string>`snippet(disputes_fts, -1, '«', '»', '…', 16)`;

export async function disputeLibrary(
  ctx: CoreContext,
  input: ParsedInput<'disputes.library'>,
  now: Date = new Date(),
): Promise<ProcedureOutput<'disputes.library'>> {
  const conditions = disputeConditions(
    disputeListInputSchema.parse({
      statuses: ['resolved', 'closed'],
      kinds: input.kinds,
      rootCauses: input.rootCauses,
      partnerId: input.partnerId,
      region: input.region,
    }),
    now,
  );
  const match = toFullTextQuery(input.text);
  const settled = caseRows(ctx).where((eb) => eb.and(conditions));
  const columns = [
    ...summaryColumns,
    'd.resolution',
    'd.lessonsLearned',
    'd.compensationMinor',
    'd.compensationCurrency',
  ] as const;

  const matching =
    match === null
      ? settled
      : settled
          .innerJoin(sql<{ rowid: number }>`disputes_fts`.as('disputes_fts'), (join) =>
            join.on(sql<SqlBool>`disputes_fts.rowid = d.rowid`),
          )
          .where(sql<SqlBool>`disputes_fts match ${match}`);
  const rows =
    match === null
      ? await settled
          .select([...columns, sql<string>`''`.as('snippet')])
          .orderBy('d.resolvedAt', 'desc')
          .orderBy('d.id', 'desc')
          .limit(input.limit)
          .offset(input.offset)
          .execute()
      : await matching
          .select([...columns, snippetExpression.as('snippet')])
          .orderBy(rankExpression)
          .orderBy('d.resolvedAt', 'desc')
          .limit(input.limit)
          .offset(input.offset)
          .execute();
  const total =
    input.offset === 0 && rows.length < input.limit
      ? rows.length
      : Number((await matching.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const summaries = await summarize(ctx, rows, now);
  return {
    rows: summaries.map((summary, index): DisputeLibraryEntry => {
      const row = rows[index] as (typeof rows)[number];
      return {
        ...summary,
        resolution: row.resolution,
        lessonsLearned: row.lessonsLearned,
        compensation: moneyOf(row.compensationMinor, row.compensationCurrency),
        snippet: row.snippet,
        daysToResolve: row.resolvedAt === null ? null : oneDecimal(daysBetween(row.openedAt, row.resolvedAt)),
      };
    }),
    total,
  };
}

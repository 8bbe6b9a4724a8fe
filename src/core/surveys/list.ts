// The survey answers list: filters shared by the screen, its NPS summary and the CSV export;
// the newest answers first; the tally, NPS and average satisfaction over every match.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { ParsedInput } from '../../shared/contract';
import { addMonths } from '../../shared/periods';
import {
  netPromoterScore,
  type NpsCategory,
  type SurveyResponse,
  type SurveyListOutput,
} from '../../shared/surveys';
import type { CoreContext } from '../context';
import { partnerOwnerCondition } from '../partners/owner-condition';

export type SurveyQuery = ParsedInput<'surveys.list'>;
export type SurveyFilters = Omit<SurveyQuery, 'offset' | 'limit'>;

function liveAnswers(ctx: CoreContext) {
  return ctx.db
    .selectFrom('surveyResponses as r')
    .innerJoin('partners as p', 'p.id', 'r.partnerId')
    .leftJoin('contacts as c', 'c.id', 'r.contactId')
    .where('r.deletedAt', 'is', null)
    .where('p.deletedAt', 'is', null);
}

type AnswerQuery = ReturnType<typeof liveAnswers>;

/** The NPS answers of a category, as SQL on the answer aliased `r`. */
const categoryCondition: Record<NpsCategory, Expression<SqlBool>> = {
  promoter: sql<SqlBool>`r.nps >= 9`,
  passive: sql<SqlBool>`r.nps between 7 and 8`,
  detractor: sql<SqlBool>`r.nps <= 6`,
};

function applyFilters(query: AnswerQuery, filters: SurveyFilters): AnswerQuery {
  let q = query;
  if (filters.partnerId !== null) q = q.where('r.partnerId', '=', filters.partnerId);
  // Months of the answer day: from the first of `from` to before the first after `to`.
  if (filters.from !== null) q = q.where('r.answeredOn', '>=', `${filters.from}-01`);
  if (filters.to !== null) q = q.where('r.answeredOn', '<', `${addMonths(filters.to, 1)}-01`);
  if (filters.regions.length) q = q.where('p.region', 'in', filters.regions);
  if (filters.importId !== null) q = q.where('r.importId', '=', filters.importId);
  if (filters.categories.length && filters.categories.length < 3) {
    q = q.where((eb) => eb.or(filters.categories.map((category) => categoryCondition[category])));
  } else if (filters.categories.length === 3) {
    q = q.where('r.nps', 'is not', null);
  }
  const owned = partnerOwnerCondition(filters.ownerIds);
  if (owned) q = q.where(owned);
  return q;
}

const answerColumns = [
  'r.id',
  'r.partnerId',
  'p.name as partnerName',
  'p.region',
  'r.contactId',
  'c.name as contactName',
  'r.answeredOn',
  'r.nps',
  'r.satisfaction',
  'r.comment',
  'r.importId',
] as const;

export function listSurveyPage(ctx: CoreContext, input: SurveyQuery): Promise<SurveyResponse[]> {
  return applyFilters(liveAnswers(ctx), input)
    .select(answerColumns)
    .orderBy('r.answeredOn', 'desc')
    .orderBy('r.id', 'desc')
    .limit(input.limit)
    .offset(input.offset)
    .execute();
}

/** Every matching answer, newest first, a chunk at a time (keyset: no OFFSET rescans). */
export async function* eachSurveyAnswer(
  ctx: CoreContext,
  filters: SurveyFilters,
  chunkRows: number,
): AsyncGenerator<SurveyResponse[]> {
  let last: SurveyResponse | null = null;
  for (;;) {
    let query = applyFilters(liveAnswers(ctx), filters);
    if (last) {
      const previous = last;
      query = query.where(sql<SqlBool>`(r.answered_on, r.id) < (${previous.answeredOn}, ${previous.id})`);
    }
    const chunk = await query
      .select(answerColumns)
      .orderBy('r.answeredOn', 'desc')
      .orderBy('r.id', 'desc')
      .limit(chunkRows)
      .execute();
    if (chunk.length) yield chunk;
    if (chunk.length < chunkRows) return;
    last = chunk.at(-1) ?? null;
  }
}

export async function surveySummary(
  ctx: CoreContext,
  filters: SurveyFilters,
): Promise<Omit<SurveyListOutput, 'rows'>> {
  const row = await applyFilters(liveAnswers(ctx), filters)
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      sql<number>`coalesce(sum(r.nps >= 9), 0)`.as('promoters'),
      sql<number>`coalesce(sum(r.nps between 7 and 8), 0)`.as('passives'),
      sql<number>`coalesce(sum(r.nps <= 6), 0)`.as('detractors'),
      sql<number | null>`avg(r.satisfaction)`.as('satisfactionAverage'),
    ])
    .executeTakeFirstOrThrow();
  const tally = {
    promoters: Number(row.promoters),
    passives: Number(row.passives),
    detractors: Number(row.detractors),
  };
  return {
    total: Number(row.total),
    tally,
    nps: netPromoterScore(tally),
    satisfactionAverage: row.satisfactionAverage === null ? null : Number(row.satisfactionAverage),
  };
}

export async function listSurveyResponses(ctx: CoreContext, input: SurveyQuery): Promise<SurveyListOutput> {
  const rows = await listSurveyPage(ctx, input);
  return { rows, ...(await surveySummary(ctx, input)) };
}

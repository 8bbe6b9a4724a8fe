// Survey answers (NPS and satisfaction) of partners' contacts: entry, list with NPS, CSV.
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError } from '../../shared/errors';
import type { SurveyResponseInput } from '../../shared/surveys';
import { fieldMessage } from '../../shared/validation';
import { localToday } from '../care/calendar-dates';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { newId } from '../db/ids';

export { listSurveyResponses } from './list';
export { exportSurveysCsv } from './csv-export';

type Answer = ParsedInput<'surveys.create'>;

/** Checks the answer against the data; answers who gave it ("Siti at Maju Jaya") for the label. */
async function checkAnswer(ctx: CoreContext, answer: Answer): Promise<string> {
  if (answer.answeredOn > (answer.today ?? localToday())) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'The answer is dated in the future.',
      fields: { answeredOn: fieldMessage('validation.futureDay') },
    });
  }
  const partner = await ctx.db
    .selectFrom('partners')
    .select('name')
    .where('id', '=', answer.partnerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!partner) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'The partner does not exist or was deleted.',
      fields: { partnerId: fieldMessage('validation.id') },
    });
  }
  if (answer.contactId === null) return partner.name;
  const contact = await ctx.db
    .selectFrom('contacts')
    .select('name')
    .where('id', '=', answer.contactId)
    .where('partnerId', '=', answer.partnerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!contact) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'The contact is not a contact of this partner.',
      fields: { contactId: fieldMessage('validation.contactOfPartner') },
    });
  }
  return `${contact.name} at ${partner.name}`;
}

function answerFields(answer: Answer) {
  return {
    partnerId: answer.partnerId,
    contactId: answer.contactId,
    answeredOn: answer.answeredOn,
    nps: answer.nps,
    satisfaction: answer.satisfaction,
    comment: answer.comment,
  } satisfies Omit<SurveyResponseInput, 'today'>;
}

export async function createSurveyResponse(
  ctx: CoreContext,
  input: ParsedInput<'surveys.create'>,
): Promise<ProcedureOutput<'surveys.create'>> {
  const who = await checkAnswer(ctx, input);
  const id = newId();
  const { batchId } = await ctx.write({
    label: `Record survey answer of ${who}`,
    origin: 'local',
    changes: rowChanges('surveyResponses', id, { ...answerFields(input), deletedAt: null }),
  });
  return { id, batchId: batchId ?? '' };
}

async function requireLiveAnswer(ctx: CoreContext, id: string): Promise<void> {
  const row = await ctx.db
    .selectFrom('surveyResponses')
    .select('id')
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) {
    throw new CoreError({ code: 'NOT_FOUND', message: 'This survey answer does not exist or was deleted.' });
  }
}

export async function updateSurveyResponse(
  ctx: CoreContext,
  input: ParsedInput<'surveys.update'>,
): Promise<ProcedureOutput<'surveys.update'>> {
  await requireLiveAnswer(ctx, input.id);
  const who = await checkAnswer(ctx, input.response);
  const { batchId } = await ctx.write({
    label: `Edit survey answer of ${who}`,
    origin: 'local',
    changes: rowChanges('surveyResponses', input.id, answerFields(input.response)),
  });
  return { id: input.id, batchId: batchId ?? '' };
}

export async function deleteSurveyResponse(
  ctx: CoreContext,
  input: ParsedInput<'surveys.delete'>,
): Promise<ProcedureOutput<'surveys.delete'>> {
  const row = await ctx.db
    .selectFrom('surveyResponses as r')
    .innerJoin('partners as p', 'p.id', 'r.partnerId')
    .leftJoin('contacts as c', 'c.id', 'r.contactId')
    .select(['p.name as partnerName', 'c.name as contactName'])
    .where('r.id', '=', input.id)
    .where('r.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) {
    throw new CoreError({ code: 'NOT_FOUND', message: 'This survey answer does not exist or was deleted.' });
  }
  const who = row.contactName ? `${row.contactName} at ${row.partnerName}` : row.partnerName;
  const { batchId } = await ctx.write({
    label: `Delete survey answer of ${who}`,
    origin: 'local',
    changes: rowChanges('surveyResponses', input.id, { deletedAt: new Date().toISOString() }),
  });
  return { id: input.id, batchId: batchId ?? '' };
}

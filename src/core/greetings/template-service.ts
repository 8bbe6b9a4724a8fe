// The user's greeting templates over the defaults: list every occasion × language, save one
// (checked first, so a misspelt merge field never reaches a partner), reset one to its default.
import type { z } from 'zod';
import { CoreError, type FieldMessage } from '../../shared/errors';
import {
  greetingLanguages,
  greetingOccasions,
  type GreetingLanguage,
  type GreetingOccasion,
  type GreetingTemplate,
  type greetingTemplateKeySchema,
  type greetingTemplateSaveInputSchema,
} from '../../shared/greetings';
import type { WriteResult } from '../../shared/history';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import { isMergeField, templateFields, validateTemplate } from './render-template';
import { defaultGreetingTemplate, isGreetingLanguage } from './templates';
import { occasionName } from './occasion-names';

type SaveInput = z.output<typeof greetingTemplateSaveInputSchema>;
type KeyInput = z.output<typeof greetingTemplateKeySchema>;

/**
 * One row per occasion and language, under an id made of both: two computers editing the same
 * template converge on one row when syncing, and a reset template comes back on the same row.
 */
function templateId(occasion: string, language: string): string {
  return `template.${occasion}.${language}`;
}

const languageNames: Record<GreetingLanguage, string> = {
  en: 'English',
  zh: 'Chinese',
  ms: 'Malay',
  id: 'Indonesian',
  nl: 'Dutch',
};

export async function listGreetingTemplates(ctx: CoreContext): Promise<GreetingTemplate[]> {
  const rows = await ctx.db
    .selectFrom('greetingTemplates')
    .select(['occasion', 'language', 'body'])
    .where('deletedAt', 'is', null)
    .execute();
  const custom = new Map(rows.map((row) => [`${row.occasion}:${row.language}`, row.body]));
  return greetingOccasions.flatMap((occasion) =>
    greetingLanguages.map((language) => {
      const defaultBody = defaultGreetingTemplate(occasion, language);
      const own = custom.get(`${occasion}:${language}`);
      return { occasion, language, body: own ?? defaultBody, defaultBody, custom: own !== undefined };
    }),
  );
}

/** The user's own text for an occasion in a contact's language (English for languages without). */
export async function userTemplateBody(
  ctx: CoreContext,
  occasion: GreetingOccasion,
  contactLanguage: string,
): Promise<string | undefined> {
  const language = isGreetingLanguage(contactLanguage) ? contactLanguage : 'en';
  const row = await ctx.db
    .selectFrom('greetingTemplates')
    .select('body')
    .where('id', '=', templateId(occasion, language))
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return row?.body;
}

/** The field message for a template's problems: unknown fields named together, else the first issue. */
export function templateBodyError(body: string): FieldMessage | null {
  const unknown = templateFields(body).filter((name) => !isMergeField(name));
  if (unknown.length > 0) {
    return fieldMessage('validation.templateField', {
      fields: unknown.map((name) => `{{${name}}}`).join(', '),
    });
  }
  return validateTemplate(body)[0] ?? null;
}

export async function saveGreetingTemplate(ctx: CoreContext, input: SaveInput): Promise<WriteResult> {
  const problem = templateBodyError(input.body);
  if (problem) {
    throw new CoreError({ code: 'VALIDATION', message: problem.message, fields: { body: problem } });
  }
  const id = templateId(input.occasion, input.language);
  // Saving the default text unchanged is the same as having no own template.
  if (input.body === defaultGreetingTemplate(input.occasion, input.language).trim()) {
    return resetGreetingTemplate(ctx, input);
  }
  const { batchId } = await ctx.write({
    label: `Edit ${occasionName(input.occasion)} greeting (${languageNames[input.language]})`,
    origin: 'local',
    changes: rowChanges('greetingTemplates', id, {
      occasion: input.occasion,
      language: input.language,
      body: input.body,
      deletedAt: null,
    }),
  });
  return { id, batchId: batchId ?? '' };
}

export async function resetGreetingTemplate(ctx: CoreContext, input: KeyInput): Promise<WriteResult> {
  const id = templateId(input.occasion, input.language);
  const row = await ctx.db
    .selectFrom('greetingTemplates')
    .select('id')
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) return { id, batchId: '' };
  const { batchId } = await ctx.write({
    label: `Reset ${occasionName(input.occasion)} greeting (${languageNames[input.language]})`,
    origin: 'local',
    changes: [{ table: 'greetingTemplates', rowId: id, field: 'deletedAt', value: new Date().toISOString() }],
  });
  return { id, batchId: batchId ?? '' };
}

// Per-field messages, from the shared zod schema (before sending) or from a VALIDATION error
// (after), mapped onto the fields of a form. Paths such as "partner.tags.2" land on "tags".
import type { z } from 'zod';
import type { FieldMessage } from '../../../shared/errors';
import { fieldMessagesFromZod } from '../../../shared/validation';

export interface FormErrors<K extends string> {
  byField: Partial<Record<K, FieldMessage>>;
  /** Messages that belong to no field of this form; shown above the buttons. */
  other: FieldMessage[];
}

export function formErrorsFrom<K extends string>(
  fields: Record<string, FieldMessage>,
  formFields: readonly K[],
): FormErrors<K> {
  const known = new Set<string>(formFields);
  const byField: Partial<Record<K, FieldMessage>> = {};
  const other: FieldMessage[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const field = path.split('.').find((segment) => known.has(segment)) as K | undefined;
    if (field === undefined) other.push(message);
    else byField[field] ??= message;
  }
  return { byField, other };
}

/** Validates with the same schema the core uses; null when the input is valid. */
export function validateWith<K extends string>(
  schema: z.ZodType,
  input: unknown,
  formFields: readonly K[],
): FormErrors<K> | null {
  const result = schema.safeParse(input);
  return result.success ? null : formErrorsFrom(fieldMessagesFromZod(result.error), formFields);
}

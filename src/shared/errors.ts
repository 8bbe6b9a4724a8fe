// The typed errors that cross every process boundary. A procedure either answers a value or one
// of these; stack traces and driver messages never leave the core.
import { z } from 'zod';

export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** A message the UI shows next to one field: an i18n key, its values, and English as fallback. */
export const fieldMessageSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
});
export type FieldMessage = z.infer<typeof fieldMessageSchema>;

export const coreErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  /** Per-field messages for VALIDATION (and for CONFLICT warnings tied to a field). */
  fields: z.record(z.string(), fieldMessageSchema).optional(),
  /** Machine-readable details, e.g. the duplicates behind a CONFLICT warning. */
  details: z.record(z.string(), z.unknown()).optional(),
});
export type CoreErrorData = z.infer<typeof coreErrorSchema>;

/** Thrown inside the core and re-created on the client side of a transport. */
export class CoreError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, FieldMessage> | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(data: CoreErrorData) {
    super(data.message);
    this.name = 'CoreError';
    this.code = data.code;
    this.fields = data.fields;
    this.details = data.details;
  }

  toData(): CoreErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

export function isCoreError(value: unknown): value is CoreError {
  return value instanceof CoreError;
}

/** What a transport carries back for one call. */
export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: CoreErrorData };

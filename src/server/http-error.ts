// The one error a route throws: an HTTP status, a code from the protocol and a sentence a person
// can read. The server's error handler turns it (and every other failure) into that JSON shape.
import type { z } from 'zod';
import type { syncErrorCodes } from '../shared/sync-protocol';

export type SyncErrorCode = (typeof syncErrorCodes)[number];

export class SyncHttpError extends Error {
  readonly status: number;
  readonly code: SyncErrorCode;
  /** For a refused push: the batch that was refused. */
  readonly batchId: string | undefined;

  constructor(status: number, code: SyncErrorCode, message: string, batchId?: string) {
    super(message);
    this.name = 'SyncHttpError';
    this.status = status;
    this.code = code;
    this.batchId = batchId;
  }
}

/** Validates a request part, answering 400 with the first problem's path and message. */
export function parseOr400<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new SyncHttpError(
    400,
    'BAD_REQUEST',
    `The ${what} is not valid${where}: ${issue?.message ?? 'unknown problem'}.`,
  );
}

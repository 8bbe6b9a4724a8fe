// The messages between the main process and the core's utility process. Both sides validate what
// they receive, because a malformed message must become an error answer, never a hung call.
import { z } from 'zod';
import { coreErrorSchema, type CoreErrorData, type RpcResult } from '../shared/errors';
import { changeEventSchema } from '../shared/events';

const callIdSchema = z.number().int().nonnegative();

export const rpcResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: coreErrorSchema }),
]);

/** Keys and values of the sync session's secrets (tokens are a few hundred characters). */
const secretKeySchema = z.string().min(1).max(200);
const secretValueSchema = z.string().max(64 * 1024);

/** The core process asks main to read, keep or forget a secret (only main has safeStorage). */
export const secretRequestSchema = z.object({
  type: z.literal('secret'),
  id: callIdSchema,
  op: z.enum(['get', 'set', 'delete']),
  key: secretKeySchema,
  /** The value to keep, for `set` only. */
  value: secretValueSchema.optional(),
});
export type SecretRequest = z.infer<typeof secretRequestSchema>;

/** main's answer: the value read (null when none), or why it failed. */
export const secretResultSchema = z.object({
  type: z.literal('secret-result'),
  id: callIdSchema,
  value: secretValueSchema.nullable(),
  error: z.string().nullable(),
});
export type SecretResult = z.infer<typeof secretResultSchema>;

/** main -> core process */
export const hostMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('call'), id: callIdSchema, name: z.string().min(1), input: z.unknown() }),
  /** Close the database cleanly (checkpoint the WAL), answer `closed`, then exit. */
  z.object({ type: z.literal('close') }),
  secretResultSchema,
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

/** core process -> main */
export const coreMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), dataFile: z.string() }),
  z.object({ type: z.literal('startup-failed'), message: z.string(), filePath: z.string().nullable() }),
  z.object({ type: z.literal('result'), id: callIdSchema, result: rpcResultSchema }),
  z.object({ type: z.literal('change'), event: changeEventSchema }),
  z.object({ type: z.literal('closed') }),
  secretRequestSchema,
]);
export type CoreMessage = z.infer<typeof coreMessageSchema>;

export function parseHostMessage(data: unknown): HostMessage | null {
  const parsed = hostMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function parseCoreMessage(data: unknown): CoreMessage | null {
  const parsed = coreMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The id of a message that failed validation, so its caller can still be answered. */
export function recoverCallId(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || !('id' in data)) return null;
  const id = callIdSchema.safeParse(data.id);
  return id.success ? id.data : null;
}

export function errorResult(code: CoreErrorData['code'], message: string): RpcResult<never> {
  return { ok: false, error: { code, message } };
}

/** The answer to every call while the core is not running; the renderer shows a full-page message. */
export function unavailableResult(message: string): RpcResult<never> {
  return errorResult('UNAVAILABLE', message);
}

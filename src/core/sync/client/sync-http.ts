// The client's HTTP transport to the team server: JSON and raw-byte requests with a timeout, the
// bearer token, and the protocol's error bodies turned into typed errors the sync engine acts on
// (unreachable → offline and retry; a coded answer → refresh, refuse, resync or report).
import type { z } from 'zod';
import { syncErrorSchema, type SyncErrorBody } from '../../../shared/sync-protocol';

type ErrorCode = SyncErrorBody['error']['code'];

/** The server could not be reached, the connection dropped, or it did not answer in time. */
export class SyncUnreachableError extends Error {
  constructor(
    readonly serverUrl: string,
    cause: unknown,
  ) {
    super(`Could not reach the server at ${serverUrl}: ${describe(cause)}`);
    this.name = 'SyncUnreachableError';
  }
}

/** The server answered with an error status and (usually) the protocol's error body. */
export class SyncServerError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly batchId?: string,
    /** False when the answer was not the protocol's error body (a proxy, or not a sync server). */
    readonly protocol = true,
  ) {
    super(message);
    this.name = 'SyncServerError';
  }
}

export interface SyncHttpOptions {
  /** e.g. https://sync.example.com (a trailing slash is ignored). */
  serverUrl: string;
  /** Milliseconds before a request counts as unanswered. */
  timeoutMs: number;
}

export interface SyncRequest {
  method: 'GET' | 'POST' | 'PUT' | 'HEAD';
  path: string;
  token?: string;
  json?: unknown;
  bytes?: Buffer;
}

export interface SyncHttp {
  readonly serverUrl: string;
  /** Sends a request and parses the JSON answer with `schema`. */
  json<S extends z.ZodType>(request: SyncRequest, schema: S): Promise<z.output<S>>;
  /** Sends a request whose answer is raw bytes (null for 404). */
  bytes(request: SyncRequest): Promise<Buffer | null>;
  /** Sends a request whose answer does not matter beyond success. */
  send(request: SyncRequest): Promise<void>;
  /** True for 2xx, false for 404 (HEAD of an attachment). */
  exists(request: SyncRequest): Promise<boolean>;
}

export function normalizeServerUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

export function syncHttp(options: SyncHttpOptions): SyncHttp {
  const serverUrl = normalizeServerUrl(options.serverUrl);

  async function send(request: SyncRequest): Promise<Response> {
    const headers: Record<string, string> = {};
    if (request.token) headers.authorization = `Bearer ${request.token}`;
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (request.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.json);
    } else if (request.bytes) {
      headers['content-type'] = 'application/octet-stream';
      // A copy on its own ArrayBuffer: what fetch's body type accepts.
      body = new Uint8Array(request.bytes);
    }
    try {
      return await fetch(serverUrl + request.path, {
        method: request.method,
        headers,
        ...(body !== undefined ? { body } : {}),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      throw new SyncUnreachableError(serverUrl, error);
    }
  }

  /** Reads the whole body; a connection cut mid-answer is a network fault, not a server error. */
  async function readBody(response: Response): Promise<Buffer> {
    try {
      return Buffer.from(await response.arrayBuffer());
    } catch (error) {
      throw new SyncUnreachableError(serverUrl, error);
    }
  }

  async function failure(response: Response): Promise<SyncServerError> {
    const text = (await readBody(response)).toString('utf8');
    let parsed: ReturnType<typeof syncErrorSchema.safeParse> | null;
    try {
      parsed = syncErrorSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = null;
    }
    if (parsed?.success) {
      const { code, message, batchId } = parsed.data.error;
      return new SyncServerError(response.status, code, message, batchId);
    }
    // Not the protocol's body: a proxy's page, or not a ChannelKeeper server at all.
    return new SyncServerError(
      response.status,
      fallbackCode(response.status),
      `The server answered ${response.status} ${response.statusText}`.trim() + '.',
      undefined,
      false,
    );
  }

  return {
    serverUrl,
    async json(request, schema) {
      const response = await send(request);
      if (!response.ok) throw await failure(response);
      const text = (await readBody(response)).toString('utf8');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new SyncServerError(
          response.status,
          'INTERNAL',
          'The server gave an answer that is not JSON: is this address a ChannelKeeper server?',
          undefined,
          false,
        );
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        throw new SyncServerError(
          response.status,
          'INTERNAL',
          'The server gave an answer this app does not understand: is it a ChannelKeeper server of the same version?',
          undefined,
          false,
        );
      }
      return parsed.data as z.output<typeof schema>;
    },
    async bytes(request) {
      const response = await send(request);
      if (response.status === 404) {
        await readBody(response);
        return null;
      }
      if (!response.ok) throw await failure(response);
      return readBody(response);
    },
    async send(request) {
      const response = await send(request);
      if (!response.ok) throw await failure(response);
      await readBody(response);
    },
    async exists(request) {
      const response = await send(request);
      if (response.status === 404) return false;
      if (!response.ok) throw await failure(response);
      await readBody(response);
      return true;
    },
  };
}

function fallbackCode(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'INTERNAL';
  return 'BAD_REQUEST';
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    if (cause.name === 'TimeoutError') return 'no answer in time';
    const inner = (cause as Error & { cause?: { code?: string } }).cause?.code;
    return inner ?? cause.message;
  }
  return String(cause);
}

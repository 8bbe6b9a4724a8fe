// The transport in browser mode: POST /rpc/<name> with the token as a bearer, change events as
// server-sent events from /events. Failures of the connection itself become CoreErrors too, so
// the UI handles one kind of error.
import { coreErrorSchema, type RpcResult } from '../../../shared/errors';
import { changeEventSchema, type ChangeEvent } from '../../../shared/events';
import { transportFailure, type Transport } from './transport';

export interface HttpTransportOptions {
  /** Origin of the host, e.g. http://127.0.0.1:5123 */
  origin: string;
  token: string | null;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
}

export function createHttpTransport(options: HttpTransportOptions): Transport {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const EventSourceImpl = options.EventSource ?? globalThis.EventSource;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.token) headers['Authorization'] = `Bearer ${options.token}`;

  return {
    kind: 'http',
    async call(name, input) {
      let response: Response;
      try {
        response = await doFetch(`${options.origin}/rpc/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return transportFailure('UNAVAILABLE', 'The ChannelKeeper host cannot be reached.', 'network');
      }
      return readRpcResult(response);
    },
    subscribe(listener) {
      const tokenQuery = options.token ? `?token=${encodeURIComponent(options.token)}` : '';
      const source = new EventSourceImpl(`${options.origin}/events${tokenQuery}`);
      let opened = false;
      source.onopen = () => {
        // Events may have been missed while the connection was down: ask for a full refresh.
        if (opened) listener({ tables: [], batchId: null });
        opened = true;
      };
      source.onmessage = (message: MessageEvent<string>) => {
        const event = parseChangeEvent(message.data);
        if (event) listener(event);
      };
      return () => source.close();
    },
  };
}

async function readRpcResult(response: Response): Promise<RpcResult<unknown>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return transportFailure(
      response.status === 401 ? 'UNAUTHORIZED' : 'INTERNAL',
      `The host answered ${response.status} without a result.`,
      'badResponse',
    );
  }
  if (isRecord(body) && body['ok'] === true && 'value' in body) return { ok: true, value: body['value'] };
  if (isRecord(body) && body['ok'] === false) {
    const error = coreErrorSchema.safeParse(body['error']);
    if (error.success) return { ok: false, error: error.data };
  }
  return transportFailure(
    'INTERNAL',
    `The host answered ${response.status} with an unexpected body.`,
    'badResponse',
  );
}

function parseChangeEvent(data: string): ChangeEvent | null {
  try {
    const parsed = changeEventSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

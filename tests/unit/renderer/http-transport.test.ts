import { describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from '../../../src/renderer/src/api/http-transport';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('HTTP transport', () => {
  it('POSTs the input to /rpc/<name> with the bearer token', async () => {
    const fetch = vi.fn().mockResolvedValue(jsonResponse(200, { ok: true, value: { partnerCount: 3 } }));
    const transport = createHttpTransport({ origin: 'http://127.0.0.1:9', token: 'secret', fetch });
    await expect(transport.call('app.status', {})).resolves.toEqual({ ok: true, value: { partnerCount: 3 } });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:9/rpc/app.status');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'Content-Type': 'application/json', Authorization: 'Bearer secret' });
    expect(init.body).toBe('{}');
  });

  it('passes the core error of a 4xx answer through, fields included', async () => {
    const error = {
      code: 'VALIDATION',
      message: 'Invalid',
      fields: { name: { key: 'validation.required', message: 'This field is required.' } },
    };
    const fetch = vi.fn().mockResolvedValue(jsonResponse(400, { ok: false, error }));
    const transport = createHttpTransport({ origin: '', token: 't', fetch });
    await expect(transport.call('partners.create', {})).resolves.toEqual({ ok: false, error });
  });

  it('turns a network failure into UNAVAILABLE marked as a transport failure', async () => {
    const fetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    const result = await createHttpTransport({ origin: '', token: 't', fetch }).call('app.status', {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', details: { transport: 'network' } },
    });
  });

  it('turns a 401 without a JSON body into UNAUTHORIZED', async () => {
    const fetch = vi.fn().mockResolvedValue(new Response('nope', { status: 401 }));
    const result = await createHttpTransport({ origin: '', token: null, fetch }).call('app.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(fetch.mock.calls[0]![1].headers).not.toHaveProperty('Authorization');
  });

  it('turns a body that is not an RpcResult into INTERNAL', async () => {
    const fetch = vi.fn().mockResolvedValue(jsonResponse(200, { hello: 'world' }));
    const result = await createHttpTransport({ origin: '', token: 't', fetch }).call('app.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('hears change events from /events?token=…, asks for a full refresh after a reconnect', () => {
    const sources: FakeEventSource[] = [];
    class FakeEventSource {
      onopen: (() => void) | null = null;
      onmessage: ((message: MessageEvent<string>) => void) | null = null;
      closed = false;
      constructor(readonly url: string) {
        sources.push(this);
      }
      close() {
        this.closed = true;
      }
    }
    const transport = createHttpTransport({
      origin: 'http://h',
      token: 'a b',
      fetch: vi.fn(),
      EventSource: FakeEventSource as unknown as typeof EventSource,
    });
    const listener = vi.fn();
    const unsubscribe = transport.subscribe(listener);
    const source = sources[0]!;
    expect(source.url).toBe('http://h/events?token=a%20b');

    source.onopen?.();
    expect(listener).not.toHaveBeenCalled();
    source.onmessage?.({
      data: JSON.stringify({ tables: ['partners'], batchId: 'B1' }),
    } as MessageEvent<string>);
    source.onmessage?.({ data: 'not json' } as MessageEvent<string>);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenLastCalledWith({ tables: ['partners'], batchId: 'B1' });

    source.onopen?.();
    expect(listener).toHaveBeenLastCalledWith({ tables: [], batchId: null });

    unsubscribe();
    expect(source.closed).toBe(true);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoreClient, type CoreChild } from '../../../src/main/core-client';
import type { HostMessage } from '../../../src/main/core-protocol';

function fakeChild(): CoreChild & { posted: HostMessage[]; kill: ReturnType<typeof vi.fn> } {
  const posted: HostMessage[] = [];
  return { posted, postMessage: (message) => posted.push(message), kill: vi.fn(() => true) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('CoreClient (the main process side)', () => {
  it('matches answers to calls by id, whatever their order', async () => {
    const child = fakeChild();
    const client = new CoreClient(child);
    const first = client.call('a', 1);
    const second = client.call('b', 2);
    expect(child.posted.map((message) => message.type === 'call' && message.id)).toEqual([1, 2]);
    client.handleMessage({ type: 'result', id: 2, result: { ok: true, value: 'B' } });
    client.handleMessage({ type: 'result', id: 1, result: { ok: true, value: 'A' } });
    await expect(Promise.all([first, second])).resolves.toEqual([
      { ok: true, value: 'A' },
      { ok: true, value: 'B' },
    ]);
  });

  it('ignores malformed messages and answers for unknown ids', () => {
    const log = vi.fn();
    const onChange = vi.fn();
    const client = new CoreClient(fakeChild(), { log, onChange });
    client.handleMessage({ type: 'change', event: 'everything' });
    client.handleMessage({ type: 'result', id: 99, result: { ok: true, value: 1 } });
    expect(onChange).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledOnce();
  });

  it('answers a call whose input cannot be sent with VALIDATION', async () => {
    const child = fakeChild();
    child.postMessage = () => {
      throw new Error('could not be cloned');
    };
    const client = new CoreClient(child);
    await expect(client.call('partners.create', () => 1)).resolves.toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('answers waiting and later calls UNAVAILABLE once the core process has died', async () => {
    const client = new CoreClient(fakeChild());
    const waiting = client.call('partners.list', {});
    client.handleExit(134);
    const expected = {
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: 'The ChannelKeeper core stopped unexpectedly (exit code 134). Restart the app.',
      },
    };
    await expect(waiting).resolves.toEqual(expected);
    await expect(client.call('partners.list', {})).resolves.toEqual(expected);
    expect(client.stopped).toBe(true);
  });

  it('kills a core that does not close within the time limit', async () => {
    vi.useFakeTimers();
    const child = fakeChild();
    const client = new CoreClient(child, { log: vi.fn() });
    const stopped = client.stop(1000);
    expect(child.posted).toEqual([{ type: 'close' }]);
    await vi.advanceTimersByTimeAsync(1000);
    await stopped;
    expect(child.kill).toHaveBeenCalledOnce();
    await expect(client.call('x', {})).resolves.toMatchObject({ error: { code: 'UNAVAILABLE' } });
  });
});

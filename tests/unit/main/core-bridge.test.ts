import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostMessage } from '../../../src/main/core-protocol';

/** A stand-in for Electron's UtilityProcess: records what main posts, lets tests answer. */
class FakeChild extends EventEmitter {
  posted: HostMessage[] = [];
  killed = false;
  postMessage(message: HostMessage): void {
    this.posted.push(message);
  }
  kill(): boolean {
    this.killed = true;
    this.emit('exit', 9);
    return true;
  }
}

type Handler = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, ...args: unknown[]) => Promise<unknown>;
const handlers = new Map<string, Handler>();
const fork = vi.fn((_script: string, _args: string[], _options: unknown) => new FakeChild());

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
  utilityProcess: { fork: (script: string, args: string[], options: unknown) => fork(script, args, options) },
}));

const { CALL_CHANNEL, handleCall, startCoreBridge } = await import('../../../src/main/core-bridge');
const { rendererLocation } = await import('../../../src/main/trusted-renderer');

const html = '/app/out/renderer/index.html';
const renderer = rendererLocation(html, null);
const ownFrame = { senderFrame: { url: `${pathToFileURL(html).href}#/`, parent: null } } as unknown as Pick<
  IpcMainInvokeEvent,
  'senderFrame'
>;
function frameAt(url: string, parent: unknown = null): Pick<IpcMainInvokeEvent, 'senderFrame'> {
  return { senderFrame: { url, parent } } as unknown as Pick<IpcMainInvokeEvent, 'senderFrame'>;
}

describe('handleCall (the IPC sender check)', () => {
  const client = {
    call: vi.fn((_name: string, _input: unknown) => Promise.resolve({ ok: true as const, value: 42 })),
  };
  beforeEach(() => client.call.mockClear());

  it('relays a call from our own page', async () => {
    await expect(handleCall(client, renderer, ownFrame, 'partners.list', { page: 1 })).resolves.toEqual({
      ok: true,
      value: 42,
    });
    expect(client.call).toHaveBeenCalledWith('partners.list', { page: 1 });
  });

  it.each([
    ['a web page', frameAt('https://evil.example/')],
    ['another local file', frameAt('file:///tmp/evil.html')],
    ['an iframe inside our page', frameAt(pathToFileURL(html).href, { url: 'x' })],
    ['a destroyed frame', { senderFrame: null } as unknown as Pick<IpcMainInvokeEvent, 'senderFrame'>],
  ])('answers FORBIDDEN to %s and never reaches the core', async (_label, event) => {
    const result = await handleCall(client, renderer, event, 'partners.delete', { id: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(client.call).not.toHaveBeenCalled();
  });

  it.each([[undefined], [42], [''], [{ name: 'partners.list' }], ['x'.repeat(101)]])(
    'answers VALIDATION to the procedure name %j',
    async (name) => {
      const result = await handleCall(client, renderer, ownFrame, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(client.call).not.toHaveBeenCalled();
    },
  );
});

describe('startCoreBridge', () => {
  beforeEach(() => {
    handlers.clear();
    fork.mockClear();
  });

  function start() {
    const onStartupFailed = vi.fn();
    const onChange = vi.fn();
    const bridge = startCoreBridge({
      coreProcessScript: '/app/out/main/core-process.js',
      dataDir: '/data/ChannelKeeper',
      renderer,
      onStartupFailed,
      onChange,
    });
    const child = fork.mock.results[0]!.value as FakeChild;
    return { bridge, child, onStartupFailed, onChange, invoke: handlers.get(CALL_CHANNEL)! };
  }

  it('forks the core process with the data folder', () => {
    start();
    expect(fork).toHaveBeenCalledWith(
      '/app/out/main/core-process.js',
      ['--data-dir', '/data/ChannelKeeper'],
      expect.objectContaining({ serviceName: 'ChannelKeeper core' }),
    );
  });

  it('relays a call to the core process and its answer back', async () => {
    const { child, invoke } = start();
    const answer = invoke(ownFrame, 'partners.get', { id: 'A' });
    expect(child.posted).toEqual([{ type: 'call', id: 1, name: 'partners.get', input: { id: 'A' } }]);
    child.emit('message', { type: 'result', id: 1, result: { ok: true, value: { name: 'Acme' } } });
    await expect(answer).resolves.toEqual({ ok: true, value: { name: 'Acme' } });
  });

  it('does not forward a call from a foreign frame to the core process', async () => {
    const { child, invoke } = start();
    await expect(invoke(frameAt('https://evil.example/'), 'partners.list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(child.posted).toEqual([]);
  });

  it('passes change events and the startup failure on', () => {
    const { child, onChange, onStartupFailed } = start();
    child.emit('message', { type: 'change', event: { tables: ['partners'], batchId: 'B1' } });
    child.emit('message', {
      type: 'startup-failed',
      message: 'The database file /d/x is locked.',
      filePath: '/d/x',
    });
    expect(onChange).toHaveBeenCalledWith({ tables: ['partners'], batchId: 'B1' });
    expect(onStartupFailed).toHaveBeenCalledWith('The database file /d/x is locked.', '/d/x');
  });

  it('stops: asks the core to close, waits for it, and removes the IPC handler', async () => {
    const { bridge, child } = start();
    const stopped = bridge.stop();
    expect(child.posted).toEqual([{ type: 'close' }]);
    child.emit('message', { type: 'closed' });
    child.emit('exit', 0);
    await stopped;
    expect(handlers.has(CALL_CHANNEL)).toBe(false);
    expect(child.killed).toBe(false);
  });
});

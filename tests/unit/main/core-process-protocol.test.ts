import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../src/core/core-api';
import { CoreStartupError } from '../../../src/core/startup-error';
import type { ChangeEvent } from '../../../src/shared/events';
import { serveCore, type ParentPortLike } from '../../../src/main/core-host';
import {
  parseCoreMessage,
  parseHostMessage,
  recoverCallId,
  type CoreMessage,
} from '../../../src/main/core-protocol';

/** Stands in for process.parentPort inside the utility process. */
class FakePort implements ParentPortLike {
  posted: CoreMessage[] = [];
  #listener: ((event: { data: unknown }) => void) | undefined;
  on(_event: 'message', listener: (event: { data: unknown }) => void): void {
    this.#listener = listener;
  }
  postMessage(message: CoreMessage): void {
    // What the main process would receive must itself pass the protocol's validation.
    expect(parseCoreMessage(message)).not.toBeNull();
    this.posted.push(message);
  }
  send(data: unknown): void {
    this.#listener?.({ data });
  }
  results(): CoreMessage[] {
    return this.posted.filter((message) => message.type === 'result');
  }
}

function fakeCore() {
  const listeners = new Set<(event: ChangeEvent) => void>();
  const core = {
    dataFile: '/data/channelkeeper.sqlite3',
    closed: false,
    call: () => Promise.reject(new Error('not used')),
    callByName: vi.fn((name: string, input: unknown) =>
      Promise.resolve(
        name === 'echo'
          ? { ok: true as const, value: input }
          : { ok: false as const, error: { code: 'NOT_FOUND' as const, message: `No procedure ${name}` } },
      ),
    ),
    onChange(listener: (event: ChangeEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: vi.fn(async () => {
      core.closed = true;
    }),
    emit: (event: ChangeEvent) => listeners.forEach((listener) => listener(event)),
  };
  return core satisfies Core;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('message validation', () => {
  it('accepts the messages main sends', () => {
    expect(parseHostMessage({ type: 'call', id: 1, name: 'partners.list', input: { q: 'a' } })).toEqual({
      type: 'call',
      id: 1,
      name: 'partners.list',
      input: { q: 'a' },
    });
    expect(parseHostMessage({ type: 'close' })).toEqual({ type: 'close' });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'call'],
    ['an unknown type', { type: 'exec', id: 1 }],
    ['a call without a name', { type: 'call', id: 1, input: {} }],
    ['a call with an empty name', { type: 'call', id: 1, name: '', input: {} }],
    ['a negative id', { type: 'call', id: -1, name: 'x', input: {} }],
    ['a fractional id', { type: 'call', id: 1.5, name: 'x', input: {} }],
  ])('refuses %s', (_label, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });

  it('refuses a result whose error does not match the contract', () => {
    expect(
      parseCoreMessage({ type: 'result', id: 1, result: { ok: false, error: { code: 'BOOM' } } }),
    ).toBeNull();
    expect(parseCoreMessage({ type: 'change', event: { tables: 'partners' } })).toBeNull();
  });

  it('recovers the id of a malformed call so it can still be answered', () => {
    expect(recoverCallId({ type: 'call', id: 7 })).toBe(7);
    expect(recoverCallId({ type: 'call', id: 'seven' })).toBeNull();
    expect(recoverCallId(null)).toBeNull();
  });
});

describe('serveCore (the utility process side)', () => {
  it('announces ready, answers calls by id and forwards change events', async () => {
    const port = new FakePort();
    const core = fakeCore();
    const { started } = serveCore({
      port,
      dataDir: '/data',
      open: () => Promise.resolve(core),
      exit: vi.fn(),
    });
    await started;
    expect(port.posted).toEqual([{ type: 'ready', dataFile: '/data/channelkeeper.sqlite3' }]);

    port.send({ type: 'call', id: 1, name: 'echo', input: { a: 1 } });
    port.send({ type: 'call', id: 2, name: 'nope', input: {} });
    await flush();
    expect(port.results()).toEqual([
      { type: 'result', id: 1, result: { ok: true, value: { a: 1 } } },
      {
        type: 'result',
        id: 2,
        result: { ok: false, error: { code: 'NOT_FOUND', message: 'No procedure nope' } },
      },
    ]);

    core.emit({ tables: ['partners', 'contacts'], batchId: 'B' });
    expect(port.posted.at(-1)).toEqual({
      type: 'change',
      event: { tables: ['partners', 'contacts'], batchId: 'B' },
    });
  });

  it('holds calls that arrive while the database is still opening', async () => {
    const port = new FakePort();
    const core = fakeCore();
    let finishOpening: (core: Core) => void = () => undefined;
    serveCore({
      port,
      dataDir: '/data',
      open: () => new Promise<Core>((resolve) => (finishOpening = resolve)),
      exit: vi.fn(),
    });
    port.send({ type: 'call', id: 1, name: 'echo', input: 'early' });
    await flush();
    expect(port.results()).toEqual([]);
    finishOpening(core);
    await flush();
    expect(port.results()).toEqual([{ type: 'result', id: 1, result: { ok: true, value: 'early' } }]);
  });

  it('after a startup failure reports it once and answers every call UNAVAILABLE with its message', async () => {
    const port = new FakePort();
    const failure = new CoreStartupError('LOCKED', '/data/channelkeeper.sqlite3', 'SQLITE_BUSY');
    const { started } = serveCore({
      port,
      dataDir: '/data',
      open: () => Promise.reject(failure),
      exit: vi.fn(),
    });
    await started;
    expect(port.posted).toEqual([
      { type: 'startup-failed', message: failure.message, filePath: '/data/channelkeeper.sqlite3' },
    ]);
    expect(failure.message).toContain('/data/channelkeeper.sqlite3');

    port.send({ type: 'call', id: 1, name: 'app.status', input: {} });
    port.send({ type: 'call', id: 2, name: 'partners.list', input: {} });
    await flush();
    expect(port.results()).toEqual([
      {
        type: 'result',
        id: 1,
        result: { ok: false, error: { code: 'UNAVAILABLE', message: failure.message } },
      },
      {
        type: 'result',
        id: 2,
        result: { ok: false, error: { code: 'UNAVAILABLE', message: failure.message } },
      },
    ]);
  });

  it('names the data folder when opening fails for a reason the core did not classify', async () => {
    const port = new FakePort();
    const { started } = serveCore({
      port,
      dataDir: '/data/ChannelKeeper',
      open: () => Promise.reject(new Error('EACCES: permission denied')),
      exit: vi.fn(),
    });
    await started;
    expect(port.posted[0]).toEqual({
      type: 'startup-failed',
      message:
        'ChannelKeeper could not open its data folder /data/ChannelKeeper. (EACCES: permission denied)',
      filePath: null,
    });
  });

  it('answers a malformed call VALIDATION and ignores messages it cannot answer', async () => {
    const port = new FakePort();
    const log = vi.fn();
    const core = fakeCore();
    const { started } = serveCore({
      port,
      dataDir: '/data',
      open: () => Promise.resolve(core),
      exit: vi.fn(),
      log,
    });
    await started;
    port.send({ type: 'call', id: 5, name: 42 });
    port.send('garbage');
    await flush();
    expect(port.results()).toEqual([
      {
        type: 'result',
        id: 5,
        result: { ok: false, error: { code: 'VALIDATION', message: 'Malformed call.' } },
      },
    ]);
    expect(core.callByName).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('answers INTERNAL, without the error text, if the core throws after all', async () => {
    const port = new FakePort();
    const core = fakeCore();
    core.callByName.mockRejectedValueOnce(new Error('SQLITE_IOERR at /secret/path'));
    const { started } = serveCore({
      port,
      dataDir: '/d',
      open: () => Promise.resolve(core),
      exit: vi.fn(),
      log: vi.fn(),
    });
    await started;
    port.send({ type: 'call', id: 1, name: 'echo', input: {} });
    await flush();
    expect(port.results()).toEqual([
      {
        type: 'result',
        id: 1,
        result: {
          ok: false,
          error: { code: 'INTERNAL', message: 'Something went wrong inside ChannelKeeper.' },
        },
      },
    ]);
  });

  it('closes the core on request, says so, exits, and then refuses calls', async () => {
    const port = new FakePort();
    const core = fakeCore();
    const exit = vi.fn();
    const { started } = serveCore({ port, dataDir: '/d', open: () => Promise.resolve(core), exit });
    await started;
    port.send({ type: 'close' });
    await flush();
    expect(core.closed).toBe(true);
    expect(port.posted.at(-1)).toEqual({ type: 'closed' });
    expect(exit).toHaveBeenCalledWith(0);
    port.send({ type: 'call', id: 9, name: 'echo', input: {} });
    await flush();
    expect(port.results()).toEqual([
      {
        type: 'result',
        id: 9,
        result: { ok: false, error: { code: 'UNAVAILABLE', message: 'ChannelKeeper is closing.' } },
      },
    ]);
  });
});

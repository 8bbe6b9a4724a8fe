// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findBridge } from '../../../src/renderer/src/api/bridge-types';
import { selectTransport } from '../../../src/renderer/src/api/select-transport';

describe('selectTransport', () => {
  afterEach(() => {
    delete (window as unknown as { channelKeeper?: unknown }).channelKeeper;
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('uses IPC when the preload bridge is present', async () => {
    const call = vi.fn().mockResolvedValue({ ok: true, value: 42 });
    const onChange = vi.fn().mockReturnValue(() => undefined);
    (window as unknown as { channelKeeper: unknown }).channelKeeper = { call, onChange };
    const transport = selectTransport(window);
    expect(transport.kind).toBe('ipc');
    await expect(transport.call('app.status', {})).resolves.toEqual({ ok: true, value: 42 });
    expect(call).toHaveBeenCalledWith('app.status', {});
    const listener = vi.fn();
    transport.subscribe(listener);
    expect(onChange).toHaveBeenCalledWith(listener);
  });

  it('uses HTTP in a plain browser, and takes the token from the URL', () => {
    window.history.replaceState(null, '', '/?token=t0k');
    const transport = selectTransport(window);
    expect(transport.kind).toBe('http');
    expect(window.location.search).toBe('');
  });

  it('ignores a bridge that does not have both functions', () => {
    expect(findBridge({ channelKeeper: { call: () => undefined } })).toBeUndefined();
    expect(findBridge({})).toBeUndefined();
  });
});

describe('IPC transport', () => {
  it('reports a rejected invoke (core process gone) as an unreachable core', async () => {
    const { createIpcTransport } = await import('../../../src/renderer/src/api/ipc-transport');
    const transport = createIpcTransport({
      call: vi.fn().mockRejectedValue(new Error('An object could not be cloned')),
      onChange: vi.fn(),
    });
    await expect(transport.call('app.status', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', details: { transport: 'network' } },
    });
  });
});

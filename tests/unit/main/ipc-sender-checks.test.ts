// Every IPC channel the main process listens on checks who is calling. The sender check of each
// handler is tested with foreign frames in its own test (core-bridge.test.ts: ck:call;
// auto-update.test.ts: ck:updates); this test makes sure no channel is added without one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../src/shared/bridge';

const mainDir = join(import.meta.dirname, '..', '..', '..', 'src', 'main');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

const listeners = sources(mainDir).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/ipcMain\.(handle|handleOnce|on|once)\(\s*([\w.]+)/g)].map((match) => ({
    file: relative(mainDir, file),
    method: match[1]!,
    channel: match[2]!,
    text,
  }));
});

describe('IPC listeners in the main process', () => {
  it('are exactly the page-to-main channels of the bridge contract', () => {
    expect(listeners.map(({ file, channel }) => `${file} ${channel}`).sort()).toEqual([
      'auto-update.ts ipcChannels.updates',
      'core-bridge.ts CALL_CHANNEL',
    ]);
    // Only request/answer channels: ipcMain.on would take fire-and-forget messages from any frame.
    expect(listeners.every(({ method }) => method === 'handle')).toBe(true);
    expect(Object.keys(ipcChannels).sort()).toEqual([
      'call',
      'change',
      'navigate',
      'updates',
      'updatesStatus',
    ]);
  });

  it('each check the sender frame against our renderer before doing anything', () => {
    for (const { file, text } of listeners) {
      expect(text, file).toMatch(/if \(!isTrustedFrame\(event\.senderFrame, renderer\)\)/);
    }
  });
});

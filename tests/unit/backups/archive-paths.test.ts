import { describe, expect, it } from 'vitest';
import { classifyEntry, safeEntryParts } from '../../../src/core/backups/archive-paths';

const hash = 'ab'.padEnd(64, '0');

describe('archive entry names', () => {
  it.each([
    '../channelkeeper.sqlite3',
    'attachments/../../evil',
    'attachments/ab/../../../x',
    '/etc/passwd',
    'C:/Windows/evil.dll',
    'c:evil',
    '\\\\server\\share\\x',
    'attachments\\ab\\x',
    'a//b',
    './manifest.json',
    'x\0y',
    '',
  ])('refuses %j, which could land outside the target folder', (name) => {
    expect(safeEntryParts(name)).toBeNull();
    expect(classifyEntry(name)).toBeNull();
  });

  it('knows the layout ChannelKeeper writes', () => {
    expect(classifyEntry('manifest.json')).toEqual({ kind: 'manifest' });
    expect(classifyEntry('database.sqlite3')).toEqual({ kind: 'database' });
    expect(classifyEntry(`attachments/ab/${hash}`)).toEqual({ kind: 'attachment', hash });
    expect(classifyEntry('attachments/')).toEqual({ kind: 'folder' });
  });

  it('ignores safe names it does not know, and attachments filed under the wrong folder', () => {
    expect(classifyEntry('notes/readme.txt')).toEqual({ kind: 'other' });
    expect(classifyEntry(`attachments/cd/${hash}`)).toEqual({ kind: 'other' });
    expect(classifyEntry('attachments/ab/not-a-hash')).toEqual({ kind: 'other' });
  });
});

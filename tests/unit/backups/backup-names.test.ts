import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupKinds } from '../../../src/shared/backups';
import { backupFileName, noteSlug, parseBackupName } from '../../../src/core/backups/backup-names';

describe('backup file names', () => {
  it('say the kind and the time, with an optional note', () => {
    const at = new Date('2026-03-04T09:15:00.000Z');
    expect(backupFileName('daily', at)).toBe('daily-2026-03-04T09-15-00-000Z.sqlite3');
    expect(backupFileName('before-migration', at, 'v6')).toBe(
      'before-migration-v6-2026-03-04T09-15-00-000Z.sqlite3',
    );
    expect(backupFileName('before-joining', at, 'Acme Channel / Asia')).toBe(
      'before-joining-acme-channel-asia-2026-03-04T09-15-00-000Z.sqlite3',
    );
  });

  it('read back as the kind and time they were made with', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...backupKinds),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
        fc.string({ maxLength: 30 }),
        (kind, at, note) => {
          const parsed = parseBackupName(backupFileName(kind, at, note));
          expect(parsed).toEqual({ kind, createdAt: at });
        },
      ),
    );
  });

  it('keep a note to letters, digits and dashes, so it cannot leave the folder', () => {
    fc.assert(
      fc.property(fc.string(), (note) => {
        expect(noteSlug(note)).toMatch(/^[a-z0-9-]*$/);
      }),
    );
    expect(noteSlug('../../etc/passwd')).toBe('etc-passwd');
  });

  it('recognise the older migration backups and nothing else', () => {
    expect(parseBackupName('channelkeeper-v5-2025-12-01T08-00-00-000Z.sqlite3')).toEqual({
      kind: 'before-migration',
      createdAt: new Date('2025-12-01T08:00:00.000Z'),
    });
    expect(parseBackupName('daily-2026-03-04T09-15-00-000Z.sqlite3.partial')).toBeNull();
    expect(parseBackupName('holiday photos.zip')).toBeNull();
    expect(parseBackupName('weekly-2026-03-04T09-15-00-000Z.sqlite3')).toBeNull();
    expect(parseBackupName('daily-2026-13-45T09-15-00-000Z.sqlite3')).toBeNull();
  });
});

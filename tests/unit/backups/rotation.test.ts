import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupKinds, type BackupKind } from '../../../src/shared/backups';
import {
  backupsToDelete,
  defaultRotation,
  weekKey,
  type RotatedBackup,
} from '../../../src/core/backups/rotation';

const day = 86_400_000;
const start = Date.UTC(2026, 0, 5); // a Monday

function dailyAt(daysAgo: number, now = start + 90 * day): RotatedBackup {
  const createdAt = new Date(now - daysAgo * day);
  return { fileName: `daily-${createdAt.toISOString()}.sqlite3`, kind: 'daily', createdAt };
}

const backupArbitrary = fc.record({
  kind: fc.constantFrom(...backupKinds),
  minutes: fc.integer({ min: 0, max: 200 * 24 * 60 }),
});

function toBackups(items: { kind: BackupKind; minutes: number }[]): RotatedBackup[] {
  return items.map((item, index) => ({
    fileName: `${item.kind}-${index}.sqlite3`,
    kind: item.kind,
    createdAt: new Date(start + item.minutes * 60_000),
  }));
}

describe('backup rotation', () => {
  it('keeps the last 7 days and then the newest backup of each of 4 earlier weeks', () => {
    const backups = Array.from({ length: 60 }, (_, daysAgo) => dailyAt(daysAgo));
    const deleted = new Set(backupsToDelete(backups, defaultRotation));
    const kept = backups.filter((backup) => !deleted.has(backup));
    expect(kept).toHaveLength(11);
    expect(kept.slice(0, 7)).toEqual(backups.slice(0, 7));
    const weeks = kept.slice(7).map((backup) => weekKey(backup.createdAt));
    expect(new Set(weeks).size).toBe(4);
    // Each weekly one is the newest of its week.
    for (const backup of kept.slice(7)) {
      const sameWeek = backups.filter((other) => weekKey(other.createdAt) === weekKey(backup.createdAt));
      expect(Math.max(...sameWeek.map((other) => other.createdAt.getTime()))).toBe(
        backup.createdAt.getTime(),
      );
    }
  });

  it('rotates manual and before-* backups separately from the daily ones', () => {
    const manual = Array.from({ length: 25 }, (_, index) => ({
      fileName: `manual-${index}.sqlite3`,
      kind: 'manual' as const,
      createdAt: new Date(start + index * day),
    }));
    const daily = Array.from({ length: 3 }, (_, daysAgo) => dailyAt(daysAgo));
    const deleted = backupsToDelete([...manual, ...daily], defaultRotation);
    expect(deleted.every((backup) => backup.kind === 'manual')).toBe(true);
    expect(deleted).toHaveLength(25 - defaultRotation.others.manual);
    // The oldest go.
    expect(deleted.map((backup) => backup.fileName)).toContain('manual-0.sqlite3');
    expect(deleted.map((backup) => backup.fileName)).not.toContain('manual-24.sqlite3');
  });

  it('never deletes the newest backup of any kind, keeps at most N per class, and only deletes what it was given', () => {
    fc.assert(
      fc.property(fc.array(backupArbitrary, { maxLength: 120 }), (items) => {
        const backups = toBackups(items);
        const deleted = backupsToDelete(backups, defaultRotation);
        const deletedSet = new Set(deleted);
        expect(deleted.every((backup) => backups.includes(backup))).toBe(true);
        expect(deletedSet.size).toBe(deleted.length);
        const kept = backups.filter((backup) => !deletedSet.has(backup));
        for (const kind of backupKinds) {
          const ofKind = backups.filter((backup) => backup.kind === kind);
          if (ofKind.length === 0) continue;
          const newest = Math.max(...ofKind.map((backup) => backup.createdAt.getTime()));
          expect(kept.some((backup) => backup.kind === kind && backup.createdAt.getTime() === newest)).toBe(
            true,
          );
          const keptOfKind = kept.filter((backup) => backup.kind === kind).length;
          const cap =
            kind === 'daily' ? defaultRotation.daily + defaultRotation.weekly : defaultRotation.others[kind];
          expect(keptOfKind).toBeLessThanOrEqual(cap);
        }
        // Weekly keepers are in distinct weeks.
        const keptDaily = kept
          .filter((backup) => backup.kind === 'daily')
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
        const weekly = keptDaily.slice(defaultRotation.daily);
        expect(new Set(weekly.map((backup) => weekKey(backup.createdAt))).size).toBe(weekly.length);
      }),
    );
  });

  it('is stable: rotating what it kept deletes nothing more', () => {
    fc.assert(
      fc.property(fc.array(backupArbitrary, { maxLength: 80 }), (items) => {
        const backups = toBackups(items);
        const deleted = new Set(backupsToDelete(backups, defaultRotation));
        const kept = backups.filter((backup) => !deleted.has(backup));
        expect(backupsToDelete(kept, defaultRotation)).toEqual([]);
      }),
    );
  });
});

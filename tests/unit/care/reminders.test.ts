import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/care/calendar-dates';
import {
  defaultReminderLeadDays,
  dueReminders,
  reminderDate,
  type ReminderItem,
} from '../../../src/core/care/reminders';

const today = '2026-06-10';

describe('dueReminders', () => {
  it('reminds each kind its lead time ahead', () => {
    expect(reminderDate({ kind: 'birthday', date: '2026-06-13' })).toBe('2026-06-10');
    expect(reminderDate({ kind: 'festival', date: '2026-06-17' })).toBe('2026-06-10');
    expect(reminderDate({ kind: 'anniversary', date: '2026-06-17' })).toBe('2026-06-10');
    expect(reminderDate({ kind: 'visit', date: '2026-06-11' })).toBe('2026-06-10');
    expect(reminderDate({ kind: 'training', date: '2026-06-11' })).toBe('2026-06-10');
  });

  it('lists overdue items first, then the upcoming ones by day, and skips closed ones', () => {
    const items: ReminderItem[] = [
      { id: 'birthday-soon', kind: 'birthday', date: '2026-06-13', closed: false },
      { id: 'birthday-later', kind: 'birthday', date: '2026-06-14', closed: false },
      { id: 'visit-missed', kind: 'visit', date: '2026-06-08', closed: false },
      { id: 'visit-done', kind: 'visit', date: '2026-06-09', closed: true },
      { id: 'festival', kind: 'festival', date: '2026-06-12', closed: false },
    ];
    expect(dueReminders(items, today).map((r) => [r.item.id, r.daysUntil, r.overdue])).toEqual([
      ['visit-missed', -2, true],
      ['festival', 2, false],
      ['birthday-soon', 3, false],
    ]);
  });

  it('takes lead times from settings', () => {
    const items = [{ id: 'a', kind: 'birthday', date: '2026-06-20', closed: false }];
    expect(dueReminders(items, today)).toEqual([]);
    expect(dueReminders(items, today, { ...defaultReminderLeadDays, birthday: 10 })).toHaveLength(1);
  });

  it('is due exactly when the reminder day has come and the item is open', () => {
    const kinds = fc.constantFrom('birthday', 'anniversary', 'festival', 'visit', 'meeting');
    fc.assert(
      fc.property(kinds, fc.integer({ min: -30, max: 30 }), fc.boolean(), (kind, offset, closed) => {
        const item = { id: 'x', kind, date: addDays(today, offset), closed };
        const due = dueReminders([item], today).length === 1;
        expect(due).toBe(!closed && reminderDate(item) <= today);
      }),
    );
  });
});

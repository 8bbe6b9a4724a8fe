// The agenda's sorting rules without a database: sections, order, limits and which items remind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaItemTypes, type AgendaItem } from '../../../src/shared/agenda';
import { defaultReminderLeadDays } from '../../../src/shared/greetings';
import { addDays } from '../../../src/core/care/calendar-dates';
import { agendaItem } from '../../../src/core/agenda/agenda-item';
import { agendaWindow, furthestAhead } from '../../../src/core/agenda/agenda-window';
import { arrangeAgenda, compareAgendaItems, isReminded } from '../../../src/core/agenda/arrange';
import { agendaDayOf } from '../../../src/core/agenda/event-items';

const today = '2026-06-10';
const window = agendaWindow(today, 7, defaultReminderLeadDays);

function item(key: string, date: string, more: Partial<AgendaItem> = {}): AgendaItem {
  return agendaItem({ key, type: 'commitment', date, title: key, ...more }, today);
}

describe('agendaWindow', () => {
  it('reaches from today to the end of the week, and further where a lead time does', () => {
    expect(window.end).toBe('2026-06-16');
    expect(window.greetingsSince).toBe('2026-06-03');
    expect(window.eventsSince).toBe('2026-05-11');
    expect(window.aheadUntil.festival).toBe('2026-06-17');
    expect(window.aheadUntil.visit).toBe('2026-06-16');
    expect(furthestAhead(window)).toBe('2026-06-17');
  });
});

describe('arrangeAgenda', () => {
  it('sorts items into overdue (most late first), today and this week, dropping later ones', () => {
    const agenda = arrangeAgenda(
      [
        item('week', '2026-06-12'),
        item('late-1', '2026-06-09'),
        item('today', today),
        item('late-5', '2026-06-05'),
        item('next-month', '2026-07-10'),
      ],
      window,
      defaultReminderLeadDays,
      100,
    );
    expect(agenda.overdue.items.map((i) => [i.key, i.daysLate])).toEqual([
      ['late-5', 5],
      ['late-1', 1],
    ]);
    expect(agenda.today.items.map((i) => i.key)).toEqual(['today']);
    expect(agenda.thisWeek.items.map((i) => [i.key, i.daysLate])).toEqual([['week', -2]]);
  });

  it('orders one day by type, then title', () => {
    const sorted = [
      item('b', today, { type: 'event', title: 'A meeting' }),
      item('a', today, { type: 'greeting', title: 'Zed' }),
      item('c', today, { type: 'greeting', title: 'Ann' }),
    ].sort(compareAgendaItems);
    expect(sorted.map((i) => i.key)).toEqual(['c', 'a', 'b']);
  });

  it('keeps held-back greetings out of overdue and out of the reminders', () => {
    const suppressed = { status: 'mourning', until: null, of: 'contact' } as const;
    const agenda = arrangeAgenda(
      [
        item('held-past', '2026-06-08', { type: 'greeting', kind: 'birthday', suppressed }),
        item('held-today', today, { type: 'greeting', kind: 'birthday', suppressed }),
      ],
      window,
      defaultReminderLeadDays,
      100,
    );
    expect(agenda.overdue.total).toBe(0);
    expect(agenda.today.items.map((i) => i.key)).toEqual(['held-today']);
    expect(agenda.reminders).toEqual([]);
  });

  it('does not announce the backlog of overdue visits, but does a visit due tomorrow', () => {
    const lead = defaultReminderLeadDays;
    expect(isReminded(item('v', '2026-06-01', { type: 'visit-due', kind: 'visit' }), today, lead)).toBe(
      false,
    );
    expect(isReminded(item('v', '2026-06-11', { type: 'visit-due', kind: 'visit' }), today, lead)).toBe(true);
    expect(isReminded(item('v', '2026-06-12', { type: 'visit-due', kind: 'visit' }), today, lead)).toBe(
      false,
    );
    // A late commitment keeps reminding until it is settled.
    expect(isReminded(item('c', '2026-05-01'), today, lead)).toBe(true);
  });

  it('reminds each kind from its own lead time', () => {
    const lead = { ...defaultReminderLeadDays, birthday: 2 };
    const birthday = (date: string) => item('b', date, { type: 'greeting', kind: 'birthday' });
    expect(isReminded(birthday('2026-06-12'), today, lead)).toBe(true);
    expect(isReminded(birthday('2026-06-13'), today, lead)).toBe(false);
    const festival = (date: string) => item('f', date, { type: 'festival', kind: 'festival' });
    expect(isReminded(festival('2026-06-17'), today, lead)).toBe(true);
    expect(isReminded(festival('2026-06-18'), today, lead)).toBe(false);
  });

  it('holds for any items: each lands in at most one section, in order, counted before the limit', () => {
    const arbitraryItem = fc.record({
      offset: fc.integer({ min: -40, max: 40 }),
      type: fc.constantFrom(...agendaItemTypes),
      title: fc.string({ maxLength: 6 }),
      suppressed: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.uuid(), arbitraryItem), { maxLength: 40, selector: ([key]) => key }),
        fc.integer({ min: 1, max: 10 }),
        (rows, limit) => {
          const items = rows.map(([key, r]) =>
            item(key, addDays(today, r.offset), {
              type: r.type,
              title: r.title,
              suppressed: r.suppressed ? { status: 'hardship', until: null, of: 'partner' } : null,
            }),
          );
          const agenda = arrangeAgenda(items, window, defaultReminderLeadDays, limit);
          const sections = [agenda.overdue, agenda.today, agenda.thisWeek];
          const listed = sections.flatMap((s) => s.items.map((i) => i.key));
          expect(new Set(listed).size).toBe(listed.length);
          for (const section of sections) {
            expect(section.items.length).toBe(Math.min(limit, section.total));
            const sorted = [...section.items].sort(compareAgendaItems);
            expect(section.items).toEqual(sorted);
          }
          expect(agenda.overdue.items.every((i) => i.daysLate > 0 && i.suppressed === null)).toBe(true);
          expect(agenda.today.items.every((i) => i.daysLate === 0)).toBe(true);
          expect(agenda.thisWeek.items.every((i) => i.daysLate < 0 && i.date <= window.end)).toBe(true);
          const inWindow = items.filter(
            (i) => i.date <= window.end && (i.date >= today || i.suppressed === null),
          );
          expect(sections.reduce((n, s) => n + s.total, 0)).toBe(inWindow.length);
          expect(agenda.reminders.every((i) => i.suppressed === null)).toBe(true);
        },
      ),
    );
  });
});

describe('agendaDayOf', () => {
  it('puts a timed occurrence on its day in the user zone', () => {
    const occurrence = { start: '2026-06-10T23:30:00.000Z', end: '2026-06-11T00:30:00.000Z' };
    expect(agendaDayOf(occurrence, false, 'UTC', today)).toBe('2026-06-10');
    expect(agendaDayOf(occurrence, false, 'Asia/Kuala_Lumpur', today)).toBe('2026-06-11');
    expect(agendaDayOf(occurrence, false, 'America/New_York', today)).toBe('2026-06-10');
  });

  it('shows a multi-day event under way on today, and a finished one on its first day', () => {
    expect(agendaDayOf({ start: '2026-06-08', end: '2026-06-12' }, true, 'UTC', today)).toBe(today);
    expect(agendaDayOf({ start: '2026-06-08', end: '2026-06-09' }, true, 'UTC', today)).toBe('2026-06-08');
    expect(agendaDayOf({ start: '2026-06-12', end: null }, true, 'UTC', today)).toBe('2026-06-12');
  });
});

// The once-a-day ledger of announced reminders shared by the in-app bell and the desktop app.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAgendaItemPath, agendaItemPath } from '../../../src/shared/agenda';
import { emptyLedger, freshReminders, parseLedger } from '../../../src/shared/reminder-ledger';

describe('reminder ledger', () => {
  it('announces a key once per day', () => {
    const first = freshReminders([{ key: 'a' }, { key: 'b' }], emptyLedger, '2026-12-22');
    expect(first.fresh.map((r) => r.key)).toEqual(['a', 'b']);
    const again = freshReminders([{ key: 'a' }, { key: 'c' }], first.ledger, '2026-12-22');
    expect(again.fresh.map((r) => r.key)).toEqual(['c']);
    const tomorrow = freshReminders([{ key: 'a' }], again.ledger, '2026-12-23');
    expect(tomorrow.fresh.map((r) => r.key)).toEqual(['a']);
    expect(tomorrow.ledger).toEqual({ day: '2026-12-23', keys: ['a'] });
  });

  it('treats a missing or damaged stored ledger as empty', () => {
    expect(parseLedger(null)).toEqual(emptyLedger);
    expect(parseLedger('{not json')).toEqual(emptyLedger);
    expect(parseLedger('{"day":3}')).toEqual(emptyLedger);
    expect(parseLedger('{"day":"2026-12-22","keys":["a",4]}')).toEqual({ day: '2026-12-22', keys: ['a'] });
  });

  it('never announces the same key twice in a day, whatever the rounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 6 }), { maxLength: 8 }),
        (rounds) => {
          let ledger = emptyLedger;
          const announced: string[] = [];
          for (const keys of rounds) {
            const result = freshReminders(
              [...new Set(keys)].map((key) => ({ key })),
              parseLedger(JSON.stringify(ledger)),
              '2026-12-22',
            );
            announced.push(...result.fresh.map((r) => r.key));
            ledger = result.ledger;
          }
          expect(new Set(announced).size).toBe(announced.length);
          expect(new Set(announced)).toEqual(new Set(rounds.flat()));
        },
      ),
    );
  });
});

describe('agenda item paths', () => {
  it('open dated things on the calendar and the rest on the partner page; nothing else is followed', () => {
    const partnerId = '01JD0000000000000000000001';
    expect(agendaItemPath({ type: 'event', date: '2026-12-22', partnerId })).toBe(
      '/calendar?date=2026-12-22',
    );
    expect(agendaItemPath({ type: 'commitment', date: '2026-12-22', partnerId })).toBe(
      `/partners/${partnerId}`,
    );
    expect(isAgendaItemPath(`/partners/${partnerId}`)).toBe(true);
    expect(isAgendaItemPath('/calendar?date=2026-12-22')).toBe(true);
    expect(isAgendaItemPath('/settings')).toBe(false);
    expect(isAgendaItemPath('https://example.com')).toBe(false);
    expect(isAgendaItemPath(`/partners/${partnerId}/../settings`)).toBe(false);
  });
});

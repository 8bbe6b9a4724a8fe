// The desktop reminder rounds without Electron: a fake core, clock, timer, ledger and notification.
import { describe, expect, it, vi } from 'vitest';
import type { Agenda, AgendaItem } from '../../../src/shared/agenda';
import type { RpcResult } from '../../../src/shared/errors';
import { noticeOf, noticesFor, whenText } from '../../../src/main/reminders/reminder-notices';
import {
  agendaInputFor,
  checkReminders,
  localIsoDate,
  startReminderScheduler,
  type ReminderSchedulerDeps,
} from '../../../src/main/reminders/reminder-scheduler';

const partnerId = '01JD0000000000000000000001';

function item(key: string, more: Partial<AgendaItem> = {}): AgendaItem {
  return {
    key,
    type: 'commitment',
    date: '2026-12-22',
    daysLate: 0,
    title: key,
    kind: null,
    partnerId,
    partnerName: 'Maju Jaya',
    contactId: null,
    contactName: null,
    occasion: null,
    years: null,
    festivalKey: null,
    country: null,
    partnerCount: null,
    greetedCount: null,
    region: null,
    eventId: null,
    occurrence: null,
    commitmentId: null,
    madeBy: 'us',
    suppressed: null,
    ...more,
  };
}

function agendaWith(reminders: AgendaItem[]): Agenda {
  const empty = { items: [], total: 0 };
  return { overdue: empty, today: empty, thisWeek: empty, reminders };
}

function fakeDeps(initial: { reminders: AgendaItem[]; partnerCount?: number; now?: string }) {
  let reminders = initial.reminders;
  let now = new Date(initial.now ?? '2026-12-22T09:00:00Z');
  let ledger: string | null = null;
  const shown: string[] = [];
  const calls: { name: string; input: unknown }[] = [];
  let available = true;
  const deps: ReminderSchedulerDeps = {
    call: (name, input): Promise<RpcResult<unknown>> => {
      calls.push({ name, input });
      if (!available)
        return Promise.resolve({ ok: false, error: { code: 'UNAVAILABLE', message: 'closed' } });
      if (name === 'app.status') {
        return Promise.resolve({
          ok: true,
          value: { profile: { id: 'ME', partnerCount: initial.partnerCount ?? 3 } },
        });
      }
      return Promise.resolve({ ok: true, value: agendaWith(reminders) });
    },
    now: () => now,
    timeZone: () => 'Asia/Kuala_Lumpur',
    readLedger: () => Promise.resolve(ledger),
    writeLedger: (text) => {
      ledger = text;
      return Promise.resolve();
    },
    notify: (notice) => shown.push(`${notice.title} | ${notice.body} | ${notice.path}`),
    setInterval: vi.fn(() => 'timer'),
    clearInterval: vi.fn(),
  };
  return {
    deps,
    shown,
    calls,
    setReminders: (next: AgendaItem[]) => (reminders = next),
    setNow: (iso: string) => (now = new Date(iso)),
    setAvailable: (value: boolean) => (available = value),
  };
}

describe('native reminder rounds', () => {
  it('announces each reminder once a day, across rounds, and again the next day', async () => {
    const fake = fakeDeps({ reminders: [item('Send the price list', { daysLate: 2 })] });
    await checkReminders(fake.deps);
    await checkReminders(fake.deps);
    expect(fake.shown).toEqual([`Send the price list | Maju Jaya · 2 days late | /partners/${partnerId}`]);

    fake.setReminders([item('Send the price list', { daysLate: 2 }), item('Deliver the stand')]);
    await checkReminders(fake.deps);
    expect(fake.shown).toHaveLength(2);
    expect(fake.shown[1]).toMatch(/^Deliver the stand \| Maju Jaya · today/);

    fake.setNow('2026-12-23T01:00:00Z');
    await checkReminders(fake.deps);
    expect(fake.shown).toHaveLength(4);
  });

  it('asks for the day on the local clock and for my agenda when I own partners', async () => {
    const fake = fakeDeps({ reminders: [], now: '2026-12-22T17:30:00Z' });
    await checkReminders(fake.deps);
    // 01:30 on the 23rd in Kuala Lumpur.
    expect(fake.calls[1]).toEqual({
      name: 'agenda.home',
      input: { today: '2026-12-23', timeZone: 'Asia/Kuala_Lumpur', ownerIds: ['ME'] },
    });
    expect(agendaInputFor({ id: 'ME', partnerCount: 0 } as never, '2026-12-23', 'UTC').ownerIds).toEqual([]);
  });

  it('shows one summary instead of a pile when many fall due at once', async () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((key, i) => item(key, { daysLate: i < 2 ? 1 : 0 }));
    const fake = fakeDeps({ reminders: many });
    await checkReminders(fake.deps);
    expect(fake.shown).toEqual(['5 reminders due | 2 overdue. Open ChannelKeeper to see them. | /']);
  });

  it('shows nothing, and remembers nothing, while the core is unavailable', async () => {
    const fake = fakeDeps({ reminders: [item('Call back')] });
    fake.setAvailable(false);
    expect(await checkReminders(fake.deps)).toEqual([]);
    fake.setAvailable(true);
    await checkReminders(fake.deps);
    expect(fake.shown).toHaveLength(1);
  });

  it('runs a round at start and every 15 minutes until stopped', async () => {
    const fake = fakeDeps({ reminders: [item('Call back')] });
    const stop = startReminderScheduler(fake.deps);
    await vi.waitFor(() => expect(fake.shown).toHaveLength(1));
    expect(fake.deps.setInterval).toHaveBeenCalledWith(expect.any(Function), 15 * 60_000);
    stop();
    expect(fake.deps.clearInterval).toHaveBeenCalledWith('timer');
  });

  it('never runs two rounds at once', async () => {
    const fake = fakeDeps({ reminders: [item('Call back')] });
    const waiting: (() => void)[] = [];
    const answer = fake.deps.call;
    let asked = 0;
    fake.deps.call = (name, input) => {
      asked++;
      return new Promise((resolve) => waiting.push(() => void answer(name, input).then(resolve)));
    };
    startReminderScheduler(fake.deps);
    const tick = vi.mocked(fake.deps.setInterval).mock.calls[0]![0];
    tick();
    tick();
    expect(asked).toBe(1);
    // Once the first round is over, the next tick runs.
    waiting.shift()!();
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    waiting.shift()!();
    await vi.waitFor(() => expect(fake.shown).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    tick();
    expect(asked).toBe(3);
  });
});

describe('reminder notices', () => {
  it('say what is due, for whom and when, and open the item', () => {
    expect(
      noticeOf(
        item('birthday:x:2026-12-23', {
          type: 'greeting',
          occasion: 'birthday',
          contactName: 'Tan Mei Ling',
          years: 46,
          daysLate: -1,
          date: '2026-12-23',
        }),
      ),
    ).toEqual({
      title: 'Birthday of Tan Mei Ling (46)',
      body: 'Maju Jaya · tomorrow',
      path: `/partners/${partnerId}`,
    });
    expect(
      noticeOf(
        item('festival:MY:christmas:2026-12-25', {
          type: 'festival',
          title: 'Christmas Day',
          partnerId: null,
          partnerName: null,
          partnerCount: 12,
          greetedCount: 3,
          daysLate: -3,
          date: '2026-12-25',
        }),
      ),
    ).toEqual({
      title: 'Christmas Day: 3 of 12 partners greeted',
      body: 'in 3 days',
      path: '/calendar?date=2026-12-25',
    });
    expect(whenText(1)).toBe('1 day late');
    expect(noticesFor([item('a'), item('b'), item('c')])).toHaveLength(3);
  });

  it('reads the local day in the time zone', () => {
    expect(localIsoDate(new Date('2026-12-31T23:30:00Z'), 'Asia/Kuala_Lumpur')).toBe('2027-01-01');
    expect(localIsoDate(new Date('2026-12-31T23:30:00Z'), 'America/New_York')).toBe('2026-12-31');
  });
});

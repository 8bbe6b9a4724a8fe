import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CoreError } from '../../../src/shared/errors';
import {
  eventsToIcs,
  occurrenceUid,
  triggerBefore,
  type CalendarExportEvent,
} from '../../../src/core/calendar-export/ics';

const generatedAt = new Date('2026-01-10T08:30:00.000Z');

const birthday: CalendarExportEvent = {
  seriesId: 'birthday-01JBCD5Q2X8Y9Z0A1B2C3D4E5F',
  occurrence: '2026-02-17',
  title: '陈美玲生日 (Tan Mei Ling, Maju Jaya Sdn Bhd)',
  description: `送上生日祝福；记得她喜欢兰花。${'新春快乐，万事如意！'.repeat(8)}\nSecond line, with; specials \\ too`,
  kind: 'birthday',
  allDay: true,
  start: '2026-02-17',
  reminderMinutesBefore: 3 * 24 * 60,
};

const visit: CalendarExportEvent = {
  seriesId: '01JBCD5Q2X8Y9Z0A1B2C3D4E5G',
  occurrence: '2026-03-02T01:00:00.000Z',
  title: 'Visit PT Sinar Abadi',
  location: 'Jl. Sudirman No. 1, Jakarta',
  kind: 'visit',
  allDay: false,
  start: '2026-03-02T08:00:00+07:00',
  end: '2026-03-02T09:30:00+07:00',
  reminderMinutesBefore: 90,
  revision: 4,
};

const raya: CalendarExportEvent = {
  seriesId: 'festival-MY-hari-raya-aidilfitri',
  occurrence: '2026-03-20',
  title: 'Hari Raya Aidilfitri',
  kind: 'festival',
  allDay: true,
  start: '2026-03-20',
  end: '2026-03-21',
};

// Calendar apps read X-WR-CALNAME as TEXT; ical.js leaves X- properties raw unless told so.
(ICAL.design.icalendar.property as Record<string, { defaultType: string }>)['x-wr-calname'] = {
  defaultType: 'text',
};

function parseEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

function exportError(events: CalendarExportEvent[]): CoreError {
  try {
    eventsToIcs(events, { calendarName: 'Care', generatedAt });
  } catch (error) {
    if (error instanceof CoreError) return error;
    throw error;
  }
  throw new Error('expected the export to fail');
}

describe('eventsToIcs', () => {
  const ics = eventsToIcs([birthday, visit, raya], { calendarName: 'Aisyah, care calendar', generatedAt });

  it('writes a publishable calendar with CRLF line endings', () => {
    expect(
      ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ChannelKeeper//Care calendar//EN\r\n'),
    ).toBe(true);
    expect(ics).toContain(
      '\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Aisyah\\, care calendar\r\n',
    );
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('parses back with ical.js: UIDs, dates, text, categories, sequence and alarms', () => {
    const { calendar, events } = parseEvents(ics);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Aisyah, care calendar');
    expect(events).toHaveLength(3);
    const [b, v, r] = events.map((component) => new ICAL.Event(component));

    expect(b!.uid).toBe('birthday-01JBCD5Q2X8Y9Z0A1B2C3D4E5F-2026-02-17@channelkeeper');
    expect(b!.startDate.isDate).toBe(true);
    expect(b!.startDate.toString()).toBe('2026-02-17');
    expect(b!.endDate.toString()).toBe('2026-02-18');
    expect(b!.summary).toBe(birthday.title);
    expect(b!.description).toBe(birthday.description);
    expect(b!.sequence).toBe(0);
    expect(events[0]!.getFirstPropertyValue('categories')).toBe('birthday');
    expect(events[0]!.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(String(events[0]!.getFirstPropertyValue('dtstamp'))).toBe('2026-01-10T08:30:00Z');

    expect(v!.uid).toBe('01JBCD5Q2X8Y9Z0A1B2C3D4E5G-2026-03-02T01:00:00.000Z@channelkeeper');
    expect(v!.startDate.isDate).toBe(false);
    expect(v!.startDate.zone?.tzid).toBe('UTC');
    expect(v!.startDate.toJSDate().toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(v!.endDate.toJSDate().toISOString()).toBe('2026-03-02T02:30:00.000Z');
    expect(v!.location).toBe('Jl. Sudirman No. 1, Jakarta');
    expect(v!.sequence).toBe(4);

    // An inclusive last day of 21 March ends (exclusively) on the 22nd; no reminder, no alarm.
    expect(r!.startDate.toString()).toBe('2026-03-20');
    expect(r!.endDate.toString()).toBe('2026-03-22');
    expect(events[2]!.getFirstSubcomponent('valarm')).toBeNull();

    const alarm = (i: number) => {
      const valarm = events[i]!.getFirstSubcomponent('valarm')!;
      const trigger = valarm.getFirstPropertyValue('trigger') as ICAL.Duration;
      return {
        action: valarm.getFirstPropertyValue('action'),
        description: valarm.getFirstPropertyValue('description'),
        seconds: trigger.toSeconds(),
      };
    };
    expect(alarm(0)).toEqual({ action: 'DISPLAY', description: birthday.title, seconds: -3 * 86_400 });
    expect(alarm(1)).toEqual({ action: 'DISPLAY', description: 'Visit PT Sinar Abadi', seconds: -90 * 60 });
  });

  it('folds the long Chinese description between characters', () => {
    const descriptionLines = ics.slice(ics.indexOf('DESCRIPTION:'), ics.indexOf('\r\nLOCATION:') >>> 0);
    expect(descriptionLines.split('\r\n ').length).toBeGreaterThan(3);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const physical of ics.split('\r\n')) {
      expect(() => decoder.decode(new TextEncoder().encode(physical))).not.toThrow();
    }
  });

  it('gives the same UIDs when exported again, so a re-import updates instead of duplicating', () => {
    const later = eventsToIcs([birthday, visit, raya], {
      calendarName: 'Aisyah, care calendar',
      generatedAt: new Date('2026-02-01T00:00:00Z'),
    });
    const uids = (text: string) => parseEvents(text).events.map((e) => new ICAL.Event(e).uid);
    expect(uids(later)).toEqual(uids(ics));
    expect(uids(ics)).toEqual([birthday, visit, raya].map(occurrenceUid));
    expect(later.replace(/DTSTAMP:\d{8}T\d{6}Z/g, '')).toBe(ics.replace(/DTSTAMP:\d{8}T\d{6}Z/g, ''));
  });

  it('writes an empty calendar for no events', () => {
    const { events } = parseEvents(eventsToIcs([], { calendarName: 'Empty', generatedAt }));
    expect(events).toEqual([]);
  });

  it('accepts the nulls stored events carry for missing values', () => {
    const stored = { ...visit, description: null, location: null, end: null, reminderMinutesBefore: null };
    const [event] = parseEvents(eventsToIcs([stored], { calendarName: 'Care', generatedAt })).events;
    expect(event!.getFirstPropertyValue('dtend')).toBeNull();
    expect(event!.getFirstSubcomponent('valarm')).toBeNull();
    expect(event!.getFirstPropertyValue('location')).toBeNull();
    const oneDay = parseEvents(
      eventsToIcs([{ ...raya, end: '' }], { calendarName: 'Care', generatedAt }),
    ).events;
    expect(new ICAL.Event(oneDay[0]!).endDate.toString()).toBe('2026-03-21');
  });

  it('refuses bad events as a whole, naming each problem', () => {
    const error = exportError([
      { ...visit, end: '2026-03-02T07:00:00+07:00' },
      { ...birthday, start: '2026-02-31' },
      { ...visit, occurrence: 'x', start: '2026-03-02T08:00:00' },
      { ...raya, reminderMinutesBefore: -5, revision: 1.5 },
      { ...raya, title: '  ' },
      { ...visit, seriesId: 'has space' },
    ]);
    expect(error.code).toBe('VALIDATION');
    expect(Object.fromEntries(Object.entries(error.fields ?? {}).map(([path, m]) => [path, m.key]))).toEqual({
      'events.0.end': 'validation.endBeforeStart',
      'events.1.start': 'validation.date',
      'events.2.start': 'validation.dateTime',
      'events.3.reminderMinutesBefore': 'validation.invalid',
      'events.3.revision': 'validation.invalid',
      'events.4.occurrence': 'calendarExport.duplicateOccurrence',
      'events.4.title': 'validation.required',
      'events.5.seriesId': 'validation.id',
    });
  });

  it('escaping round-trips any text through the parser', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 200 });
    fc.assert(
      fc.property(
        text.filter((t) => t.trim() !== ''),
        text,
        text,
        (title, description, location) => {
          const ics = eventsToIcs([{ ...visit, title, description, location }], {
            calendarName: title,
            generatedAt,
          });
          const { calendar, events } = parseEvents(ics);
          const event = new ICAL.Event(events[0]!);
          const expected = (value: string) =>
            value
              .replace(/\r\n|\r/g, '\n')
              .split('')
              // Controls other than tab and line breaks are dropped by the exporter.
              .filter((c) => c === '\n' || c === '\t' || (c >= ' ' && c !== '\u007f'))
              .join('');
          expect(event.summary).toBe(expected(title));
          expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(expected(title));
          if (description !== '') expect(event.description).toBe(expected(description));
          if (location !== '') expect(event.location).toBe(expected(location));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('triggerBefore', () => {
  it.each([
    [0, 'PT0S'],
    [15, '-PT15M'],
    [90, '-PT1H30M'],
    [120, '-PT2H'],
    [24 * 60, '-P1D'],
    [3 * 24 * 60, '-P3D'],
    [7 * 24 * 60, '-P1W'],
    [14 * 24 * 60, '-P2W'],
    [24 * 60 + 150, '-P1DT2H30M'],
  ])('%i minutes → %s', (minutes, trigger) => {
    expect(triggerBefore(minutes)).toBe(trigger);
    // `|| 0` because the parser reads PT0S as +0 and -0 * 60 is -0.
    expect(ICAL.Duration.fromString(trigger).toSeconds()).toBe(-minutes * 60 || 0);
  });
});

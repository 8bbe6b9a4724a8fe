import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PartnerInput } from '../../../src/shared/partners';
import { openTempCore, type TempCore } from './temp-core';

// The week of Deepavali 2026 (Sunday 8 November; Monday 9 November is the day off in lieu).
const weekStart = '2026-11-02';
const today = '2026-11-02';

describe('visit planner', () => {
  let t: TempCore;
  beforeEach(async () => {
    t = await openTempCore();
  });
  afterEach(async () => {
    await t.dispose();
  });

  const partner = async (fields: Partial<PartnerInput> & { name: string }) =>
    (
      await t.ok('partners.create', {
        partner: {
          type: 'dealer',
          country: 'MY',
          region: 'North',
          city: 'George Town',
          partnershipStart: '2025-06-01',
          ...fields,
        },
      })
    ).id;
  const visit = (partnerId: string, start: string, status: 'planned' | 'done' = 'done') =>
    t.ok('careEvents.create', { partnerId, kind: 'visit', title: 'Visit', start, status });
  const plan = (
    input: Partial<{ region: string; weekStart: string; today: string; ownerIds: string[] }> = {},
  ) => t.ok('visits.plan', { region: 'North', weekStart, today, ...input });

  it('lists the region’s partners due by the week’s end, by city and most overdue first', async () => {
    // Dealers are visited every 45 days.
    const long = await partner({ name: 'Long Overdue', city: 'Ipoh' });
    await visit(long, '2026-07-01'); // due 2026-08-15
    const recent = await partner({ name: 'Recently Overdue', city: 'Ipoh' });
    await visit(recent, '2026-09-10'); // due 2026-10-25
    const friday = await partner({ name: 'Due Friday', city: 'Alor Setar' });
    await visit(friday, '2026-09-21'); // due 2026-11-05
    const nextWeek = await partner({ name: 'Due Next Week', city: 'Alor Setar' });
    await visit(nextWeek, '2026-09-25'); // due 2026-11-09, after the week
    const planned = await partner({ name: 'Already Planned', city: 'Ipoh' });
    await visit(planned, '2026-07-01');
    await visit(planned, '2026-11-04', 'planned');
    await partner({ name: 'Other Region', region: 'South', city: 'Johor Bahru' });

    const result = await plan();
    expect(result.week).toEqual({ from: '2026-11-02', to: '2026-11-08' });
    expect(result.partners.map((p) => [p.city, p.partnerName, p.overdueDays])).toEqual([
      ['Alor Setar', 'Due Friday', -3],
      ['Ipoh', 'Long Overdue', 79],
      ['Ipoh', 'Recently Overdue', 8],
    ]);
    expect(result.truncated).toBe(false);

    // Planning the week after reaches the partner due on its Monday.
    const later = await plan({ weekStart: '2026-11-09' });
    expect(later.partners.map((p) => p.partnerName)).toContain('Due Next Week');
  });

  it('filters by owner', async () => {
    const { id: aisyah } = await t.ok('owners.create', { name: 'Aisyah Rahman' });
    const { id: jan } = await t.ok('owners.create', { name: 'Jan de Vries' });
    await partner({ name: 'Aisyah Dealer', ownerId: aisyah, partnershipStart: '2025-01-01' });
    await partner({ name: 'Jan Dealer', ownerId: jan, partnershipStart: '2025-01-01' });
    expect((await plan({ ownerIds: [jan] })).partners.map((p) => p.partnerName)).toEqual(['Jan Dealer']);
  });

  it('warns of public holidays and greeted festivals in the partners’ countries during the week', async () => {
    await partner({ name: 'Maju Jaya', partnershipStart: '2025-01-01' });
    await partner({ name: 'Utrecht Bikes', country: 'NL', city: 'Utrecht', partnershipStart: '2025-01-01' });

    const deepavali = await plan();
    expect(deepavali.holidays).toEqual([
      { date: '2026-11-08', country: 'MY', name: 'Deepavali', festivalKey: 'deepavali', publicHoliday: true },
    ]);
    // Deepavali's day off in lieu falls on Monday of the next week.
    const inLieu = await plan({ weekStart: '2026-11-09', today: '2026-11-09' });
    expect(inLieu.holidays).toContainEqual(
      expect.objectContaining({ date: '2026-11-09', country: 'MY', publicHoliday: true }),
    );

    const christmas = await plan({ weekStart: '2026-12-21', today: '2026-12-21' });
    expect(christmas.holidays.map((h) => [h.date, h.country, h.festivalKey, h.publicHoliday])).toEqual([
      ['2026-12-25', 'MY', 'christmas', true],
      ['2026-12-25', 'NL', 'kerstmis', true],
      // Boxing Day is a day off in NL, but not a festival the team greets by default.
      ['2026-12-26', 'NL', null, true],
    ]);

    // Sinterklaas is greeted in NL but no day off: a festival, not a public holiday.
    const sinterklaas = await plan({ weekStart: '2026-11-30', today: '2026-11-30' });
    expect(sinterklaas.holidays).toContainEqual(
      expect.objectContaining({
        date: '2026-12-05',
        country: 'NL',
        festivalKey: 'sinterklaas',
        publicHoliday: false,
      }),
    );

    // A festival the team stops greeting still warns as a day off, without a greeting.
    await t.ok('careSettings.saveFestivals', { country: 'MY', festivalKeys: ['christmas'] });
    const notGreeted = await plan();
    expect(notGreeted.holidays).toEqual([
      expect.objectContaining({ date: '2026-11-08', festivalKey: null, publicHoliday: true }),
    ]);
    expect(notGreeted.greetings.filter((g) => g.kind === 'festival')).toEqual([]);
  });

  it('offers the greetings due from three days before to three days after the week', async () => {
    const maju = await partner({ name: 'Maju Jaya', partnershipStart: '2020-11-10' });
    const { id: tan } = await t.ok('contacts.create', {
      partnerId: maju,
      name: 'Tan Wei Ming',
      birthday: '1980-10-30',
    });
    await t.ok('contacts.create', { partnerId: maju, name: 'Too Early', birthday: '1980-10-29' });
    await t.ok('contacts.create', { partnerId: maju, name: 'Too Late', birthday: '--11-12' });
    const { id: siti } = await t.ok('contacts.create', {
      partnerId: maju,
      name: 'Siti',
      birthday: '--11-11',
    });
    const mourning = await partner({
      name: 'In Mourning',
      partnershipStart: '2025-01-01',
      careStatus: 'mourning',
      careStatusUntil: '2026-12-31',
    });

    const { greetings, partners } = await plan();
    expect(partners.map((p) => p.partnerId).sort()).toEqual([maju, mourning].sort());
    expect(greetings).toEqual([
      {
        key: `birthday:${tan}:2026-10-30`,
        partnerId: maju,
        date: '2026-10-30',
        kind: 'birthday',
        title: 'Tan Wei Ming',
        contactId: tan,
        festivalKey: null,
        years: 46,
      },
      {
        key: `festival:MY:deepavali:2026-11-08:${maju}`,
        partnerId: maju,
        date: '2026-11-08',
        kind: 'festival',
        title: 'Deepavali',
        contactId: null,
        festivalKey: 'deepavali',
        years: null,
      },
      expect.objectContaining({ key: `anniversary:${maju}:2026-11-10`, kind: 'anniversary', years: 6 }),
      expect.objectContaining({ key: `birthday:${siti}:2026-11-11`, years: null }),
    ]);
    // Festive greetings to a partner in mourning are held back, so no visit is asked to bring one.
    expect(greetings.some((g) => g.partnerId === mourning)).toBe(false);
  });

  it('schedules the chosen visits in one batch that one undo removes', async () => {
    const { id: owner } = await t.ok('owners.create', { name: 'Aisyah Rahman' });
    const maju = await partner({ name: 'Maju Jaya', ownerId: owner, partnershipStart: '2025-01-01' });
    const { id: tan } = await t.ok('contacts.create', {
      partnerId: maju,
      name: 'Tan Wei Ming',
      birthday: '1980-11-07',
    });
    const sinar = await partner({ name: 'Sinar Elektrik', city: 'Ipoh', partnershipStart: '2025-01-01' });
    const before = await plan();
    const festivalKey = before.greetings.find((g) => g.kind === 'festival' && g.partnerId === maju)!.key;

    const { batchId, id } = await t.ok('visits.schedule', {
      visits: [
        {
          partnerId: maju,
          date: '2026-11-06',
          title: 'Visit Maju Jaya',
          greetingKeys: [festivalKey, `birthday:${tan}:2026-11-07`],
        },
        { partnerId: sinar, date: '2026-11-03', title: 'Visit Sinar Elektrik' },
      ],
    });
    const event = await t.ok('careEvents.get', { id });
    expect(event).toMatchObject({
      partnerId: maju,
      kind: 'visit',
      allDay: true,
      start: '2026-11-06',
      status: 'planned',
      ownerId: owner,
      contactIds: [tan],
      description: 'Bring greetings: birthday of Tan Wei Ming (7 Nov); Deepavali (8 Nov)',
    });
    const sinarEvents = await t.ok('careEvents.listForPartner', { partnerId: sinar });
    expect(sinarEvents).toMatchObject([{ start: '2026-11-03', ownerId: null, description: '' }]);

    // Planned partners leave the plan and the due list.
    expect((await plan()).partners).toEqual([]);
    expect(await t.ok('visits.due', { regions: ['North'], today, horizonDays: 30 })).toEqual([]);

    const undone = await t.ok('history.undo', { batchId });
    expect(undone.label).toBe('Plan 2 visits');
    expect(await t.ok('careEvents.listForPartner', { partnerId: maju })).toEqual([]);
    expect(await t.ok('careEvents.listForPartner', { partnerId: sinar })).toEqual([]);
    expect((await plan()).partners).toHaveLength(2);
  });

  it('names a single visit in its undo label', async () => {
    const maju = await partner({ name: 'Maju Jaya' });
    const { batchId } = await t.ok('visits.schedule', {
      visits: [{ partnerId: maju, date: '2026-11-04', title: 'Visit Maju Jaya' }],
    });
    expect((await t.ok('history.undo', { batchId })).label).toBe('Plan visit Maju Jaya');
  });

  it('refuses the whole batch when any visit is wrong, saying which field', async () => {
    const maju = await partner({ name: 'Maju Jaya' });
    const gone = await partner({ name: 'Gone Dealer' });
    await t.ok('partners.delete', { id: gone });
    const error = await t.fails('visits.schedule', {
      visits: [
        { partnerId: maju, date: '2026-11-04', title: 'Visit Maju Jaya' },
        { partnerId: gone, date: '2026-11-04', title: 'Visit Gone' },
        { partnerId: maju, date: '2026-11-04', title: 'Again' },
        { partnerId: maju, date: '2026-11-05', title: 'Visit', ownerId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
        { partnerId: maju, date: '2026-11-06', title: 'Visit', greetingKeys: ['birthday:nobody:2026-11-06'] },
      ],
    });
    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual([
      'visits.1.partnerId',
      'visits.2.date',
      'visits.3.ownerId',
      'visits.4.greetingKeys',
    ]);
    expect(await t.ok('careEvents.listForPartner', { partnerId: maju })).toEqual([]);

    const badDate = await t.fails('visits.schedule', {
      visits: [{ partnerId: maju, date: '2026-02-31', title: 'Visit' }],
    });
    expect(badDate.fields?.['visits.0.date']?.key).toBe('validation.date');
    const noTitle = await t.fails('visits.schedule', {
      visits: [{ partnerId: maju, date: '2026-11-04', title: ' ' }],
    });
    expect(noTitle.fields?.['visits.0.title']?.key).toBe('validation.required');
    const empty = await t.fails('visits.schedule', { visits: [] });
    expect(empty.fields?.visits?.key).toBe('validation.required');

    // A greeting far from the visit day cannot be bundled into it.
    const { id: tan } = await t.ok('contacts.create', {
      partnerId: maju,
      name: 'Tan',
      birthday: '1980-12-12',
    });
    const far = await t.fails('visits.schedule', {
      visits: [
        { partnerId: maju, date: '2026-11-04', title: 'Visit', greetingKeys: [`birthday:${tan}:2026-12-12`] },
      ],
    });
    expect(far.fields?.['visits.0.greetingKeys']?.key).toBe('validation.invalid');
  });

  it('refuses a bad week or region', async () => {
    const error = await t.fails('visits.plan', { region: 'North', weekStart: '2026-13-01', today });
    expect(error.fields?.weekStart?.key).toBe('validation.date');
    expect((await plan({ region: 'Nowhere' })).partners).toEqual([]);
  });
});

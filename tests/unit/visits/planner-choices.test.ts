import { describe, expect, it } from 'vitest';
import type { PlannerGreeting, VisitDue } from '../../../src/shared/care';
import {
  assignDay,
  choicesWithin,
  toggleDay,
  toggleGreeting,
  visitsToSchedule,
} from '../../../src/renderer/src/features/visit-planner/planner-choices';

const partner = (partnerId: string, partnerName: string) => ({ partnerId, partnerName }) as VisitDue;
const birthday: PlannerGreeting = {
  key: 'birthday:c1:2026-11-07',
  partnerId: 'a',
  date: '2026-11-07',
  kind: 'birthday',
  title: 'Tan Wei Ming',
  contactId: 'c1',
  festivalKey: null,
  years: 46,
};
const festival: PlannerGreeting = {
  ...birthday,
  key: 'festival:MY:deepavali:2026-11-08:a',
  date: '2026-11-08',
  kind: 'festival',
  title: 'Deepavali',
  contactId: null,
  festivalKey: 'deepavali',
  years: null,
};

describe('planner choices', () => {
  it('pick a day, move it, and unpick it by choosing it again', () => {
    let choices = toggleDay({}, 'a', '2026-11-02');
    expect(choices).toEqual({ a: { day: '2026-11-02', declinedGreetings: [] } });
    choices = toggleDay(choices, 'a', '2026-11-04');
    expect(choices.a?.day).toBe('2026-11-04');
    expect(toggleDay(choices, 'a', '2026-11-04')).toEqual({});
  });

  it('assign one day to a whole city, keeping declined greetings', () => {
    const choices = toggleGreeting(toggleDay({}, 'a', '2026-11-02'), 'a', birthday.key);
    expect(assignDay(choices, ['a', 'b'], '2026-11-05')).toEqual({
      a: { day: '2026-11-05', declinedGreetings: [birthday.key] },
      b: { day: '2026-11-05', declinedGreetings: [] },
    });
  });

  it('bundle the greetings near the chosen day unless declined, in the plan’s order', () => {
    const partners = [partner('b', 'Sinar'), partner('a', 'Maju Jaya')];
    let choices = assignDay({}, ['a', 'b'], '2026-11-06');
    const title = (p: VisitDue) => `Visit ${p.partnerName}`;
    expect(visitsToSchedule(choices, partners, [birthday, festival], title)).toEqual([
      { partnerId: 'b', date: '2026-11-06', ownerId: null, title: 'Visit Sinar', greetingKeys: [] },
      {
        partnerId: 'a',
        date: '2026-11-06',
        ownerId: null,
        title: 'Visit Maju Jaya',
        greetingKeys: [birthday.key, festival.key],
      },
    ]);
    choices = toggleGreeting(choices, 'a', festival.key);
    expect(visitsToSchedule(choices, partners, [birthday, festival], title)[1]?.greetingKeys).toEqual([
      birthday.key,
    ]);
    // Too far from the festival (more than three days): not offered.
    choices = toggleDay(choices, 'a', '2026-11-02');
    expect(visitsToSchedule(choices, partners, [birthday, festival], title)[1]?.greetingKeys).toEqual([]);
  });

  it('forget partners that left the plan', () => {
    const choices = assignDay({}, ['a', 'b'], '2026-11-06');
    expect(Object.keys(choicesWithin(choices, [partner('a', 'Maju Jaya')]))).toEqual(['a']);
    expect(choicesWithin(choices, [partner('a', 'x'), partner('b', 'y')])).toBe(choices);
  });
});

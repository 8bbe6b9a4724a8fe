// What the user picked in the planner: a day per partner and the offered greetings they declined,
// and the visits.schedule input those choices make.
import type { PlannerGreeting, VisitDue } from '../../../../shared/care';
import { greetingsNear } from './planner-days';

export interface VisitChoice {
  day: string;
  /** Offered greetings the user unticked; the others are bundled by default. */
  declinedGreetings: string[];
}

export type PlannerChoices = Readonly<Record<string, VisitChoice>>;

/** Picks the day for a partner; picking the chosen day again unpicks it. */
export function toggleDay(choices: PlannerChoices, partnerId: string, day: string): PlannerChoices {
  const current = choices[partnerId];
  if (current?.day === day) {
    const { [partnerId]: _removed, ...rest } = choices;
    return rest;
  }
  return { ...choices, [partnerId]: { day, declinedGreetings: current?.declinedGreetings ?? [] } };
}

/** One day for several partners at once (a city's quick assign). */
export function assignDay(
  choices: PlannerChoices,
  partnerIds: readonly string[],
  day: string,
): PlannerChoices {
  const next = { ...choices };
  for (const id of partnerIds) next[id] = { day, declinedGreetings: choices[id]?.declinedGreetings ?? [] };
  return next;
}

export function toggleGreeting(choices: PlannerChoices, partnerId: string, key: string): PlannerChoices {
  const current = choices[partnerId];
  if (!current) return choices;
  const declined = current.declinedGreetings.includes(key)
    ? current.declinedGreetings.filter((k) => k !== key)
    : [...current.declinedGreetings, key];
  return { ...choices, [partnerId]: { ...current, declinedGreetings: declined } };
}

/** Only the choices of partners still in the plan (scheduled ones drop out after a refresh). */
export function choicesWithin(choices: PlannerChoices, partners: readonly VisitDue[]): PlannerChoices {
  const ids = new Set(partners.map((partner) => partner.partnerId));
  const kept = Object.entries(choices).filter(([id]) => ids.has(id));
  return kept.length === Object.keys(choices).length ? choices : Object.fromEntries(kept);
}

export function bundledGreetings(
  greetings: readonly PlannerGreeting[],
  partnerId: string,
  choice: VisitChoice,
): PlannerGreeting[] {
  return greetingsNear(greetings, partnerId, choice.day).filter(
    (greeting) => !choice.declinedGreetings.includes(greeting.key),
  );
}

export interface PlannedVisit {
  partnerId: string;
  date: string;
  ownerId: null;
  title: string;
  greetingKeys: string[];
}

/** The visits to schedule, in the plan's order (so an error at visits.N names a row). */
export function visitsToSchedule(
  choices: PlannerChoices,
  partners: readonly VisitDue[],
  greetings: readonly PlannerGreeting[],
  titleOf: (partner: VisitDue) => string,
): PlannedVisit[] {
  return partners.flatMap((partner) => {
    const choice = choices[partner.partnerId];
    if (!choice) return [];
    return [
      {
        partnerId: partner.partnerId,
        date: choice.day,
        // The partner's own account owner takes the visit.
        ownerId: null,
        title: titleOf(partner),
        greetingKeys: bundledGreetings(greetings, partner.partnerId, choice).map((greeting) => greeting.key),
      },
    ];
  });
}

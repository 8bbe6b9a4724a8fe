// When each step of a playbook falls due, and what makes a set of steps unusable: a step waiting
// on an unknown step, two steps with one key, or steps waiting on each other in a circle. Pure, so
// the core (on save and run) and the editor and run preview in the UI agree to the day.

/** What scheduling needs of a step. */
export interface ScheduledStep {
  key: string;
  offsetDays: number;
  after: string | null;
}

export type StepProblemKey =
  'validation.playbookCycle' | 'validation.playbookAfter' | 'validation.playbookDuplicateKey';

export interface StepProblem {
  /** Index of the step in the list. */
  index: number;
  field: 'key' | 'after';
  key: StepProblemKey;
  params?: Record<string, string>;
}

/** Every problem of the steps, at most one per step field, in step order. */
export function stepProblems(steps: readonly ScheduledStep[]): StepProblem[] {
  const problems = new Map<string, StepProblem>();
  const add = (problem: StepProblem) => {
    const id = `${problem.index}.${problem.field}`;
    if (!problems.has(id)) problems.set(id, problem);
  };
  const firstIndex = new Map<string, number>();
  steps.forEach((step, index) => {
    if (firstIndex.has(step.key)) add({ index, field: 'key', key: 'validation.playbookDuplicateKey' });
    else firstIndex.set(step.key, index);
  });
  steps.forEach((step, index) => {
    if (step.after !== null && step.after !== '' && !firstIndex.has(step.after)) {
      add({ index, field: 'after', key: 'validation.playbookAfter' });
    }
  });
  for (const cycle of cyclesOf(steps, firstIndex)) {
    const names = [...cycle.map((index) => steps[index]!.key), steps[cycle[0]!]!.key].join(' → ');
    for (const index of cycle) {
      add({ index, field: 'after', key: 'validation.playbookCycle', params: { steps: names } });
    }
  }
  return [...problems.values()].sort((a, b) => a.index - b.index);
}

/**
 * The circles of waiting: each step waits on at most one other, so following `after` from any
 * step either ends at a step that waits on nothing or comes back to a step already on the path.
 */
function cyclesOf(steps: readonly ScheduledStep[], indexOfKey: Map<string, number>): number[][] {
  const state = new Array<'new' | 'onPath' | 'done'>(steps.length).fill('new');
  const cycles: number[][] = [];
  for (let start = 0; start < steps.length; start++) {
    const path: number[] = [];
    let current: number | undefined = start;
    while (current !== undefined && state[current] === 'new') {
      state[current] = 'onPath';
      path.push(current);
      const after: string | null = steps[current]!.after;
      current = after ? indexOfKey.get(after) : undefined;
    }
    if (current !== undefined && state[current] === 'onPath') {
      cycles.push(path.slice(path.indexOf(current)));
    }
    for (const index of path) state[index] = 'done';
  }
  return cycles;
}

/**
 * Days from the run day to each step's due day: its own offset, plus the days of the step it
 * waits on. Steps with problems (see stepProblems) count from the run day.
 */
export function dueOffsets(steps: readonly ScheduledStep[]): number[] {
  const indexOfKey = new Map<string, number>();
  steps.forEach((step, index) => {
    if (!indexOfKey.has(step.key)) indexOfKey.set(step.key, index);
  });
  const memo = new Map<number, number>();
  const offsetOf = (index: number, visiting: Set<number>): number => {
    const known = memo.get(index);
    if (known !== undefined) return known;
    const step = steps[index]!;
    const before = step.after ? indexOfKey.get(step.after) : undefined;
    let days = step.offsetDays;
    if (before !== undefined && !visiting.has(before)) {
      visiting.add(index);
      days += offsetOf(before, visiting);
      visiting.delete(index);
    }
    memo.set(index, days);
    return days;
  };
  return steps.map((_, index) => offsetOf(index, new Set([index])));
}

/** Each step's due day (YYYY-MM-DD) for a run on `today`. */
export function dueDates(steps: readonly ScheduledStep[], today: string): string[] {
  return dueOffsets(steps).map((days) => addDays(today, days));
}

function addDays(date: string, days: number): string {
  const epochMs = Date.parse(`${date}T00:00:00Z`);
  return new Date(epochMs + days * 86_400_000).toISOString().slice(0, 10);
}

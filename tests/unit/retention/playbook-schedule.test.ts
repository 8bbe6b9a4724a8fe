import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPlaybooks } from '../../../src/core/retention/default-playbooks';
import {
  dueDates,
  dueOffsets,
  stepProblems,
  type ScheduledStep,
} from '../../../src/shared/playbook-schedule';
import { playbookFieldsSchema } from '../../../src/shared/retention';
import { ulidField } from '../../../src/shared/validation';

const step = (key: string, offsetDays: number, after: string | null = null): ScheduledStep => ({
  key,
  offsetDays,
  after,
});

/** Steps where each waits on nothing or on an earlier step: never a circle. */
const acyclicSteps = fc
  .array(fc.record({ offsetDays: fc.integer({ min: 0, max: 365 }), parent: fc.nat() }), {
    minLength: 1,
    maxLength: 30,
  })
  .map((raw) =>
    raw.map((entry, index): ScheduledStep =>
      step(
        `s${index}`,
        entry.offsetDays,
        index === 0 || entry.parent % 3 === 0 ? null : `s${entry.parent % index}`,
      ),
    ),
  )
  // Listed in any order: a step may wait on one listed after it.
  .chain((steps) => fc.shuffledSubarray(steps, { minLength: steps.length, maxLength: steps.length }));

describe('playbook schedule', () => {
  it('dates each step from the run day or from the step it waits on', () => {
    const steps = [
      step('talk', 2),
      step('plan', 5, 'talk'),
      step('offer', 7, 'plan'),
      step('visit', 14, 'talk'),
    ];
    expect(dueDates(steps, '2026-02-25')).toEqual(['2026-02-27', '2026-03-04', '2026-03-11', '2026-03-13']);
    expect(stepProblems(steps)).toEqual([]);
  });

  it('finds the unknown after, the duplicate key and the circle, at the step field', () => {
    expect(stepProblems([step('a', 1, 'nope')])).toEqual([
      { index: 0, field: 'after', key: 'validation.playbookAfter' },
    ]);
    expect(stepProblems([step('a', 1), step('a', 2)])).toEqual([
      { index: 1, field: 'key', key: 'validation.playbookDuplicateKey' },
    ]);
    expect(stepProblems([step('a', 1), step('b', 1, 'c'), step('c', 1, 'b')])).toEqual([
      { index: 1, field: 'after', key: 'validation.playbookCycle', params: { steps: 'b → c → b' } },
      { index: 2, field: 'after', key: 'validation.playbookCycle', params: { steps: 'b → c → b' } },
    ]);
    expect(stepProblems([step('self', 1, 'self')])[0]).toMatchObject({ params: { steps: 'self → self' } });
  });

  it('for any steps without a circle: no problems, every due day ≥ the run day and ≥ its predecessor’s', () => {
    fc.assert(
      fc.property(acyclicSteps, (steps) => {
        expect(stepProblems(steps)).toEqual([]);
        const offsets = dueOffsets(steps);
        const byKey = new Map(steps.map((s, i) => [s.key, offsets[i]!]));
        steps.forEach((s, i) => {
          expect(offsets[i]).toBeGreaterThanOrEqual(0);
          expect(offsets[i]).toBe(s.offsetDays + (s.after ? byKey.get(s.after)! : 0));
          if (s.after) expect(offsets[i]).toBeGreaterThanOrEqual(byKey.get(s.after)!);
        });
        const due = dueDates(steps, '2026-12-30');
        expect(due.every((day) => day >= '2026-12-30')).toBe(true);
      }),
    );
  });

  it('any circle is refused, naming a step of the circle at that step', () => {
    fc.assert(
      fc.property(acyclicSteps, fc.nat(), fc.nat(), (steps, from, to) => {
        // Close a circle: a step waits on one that (directly or not) waits on it, or on itself.
        const chain: number[] = [];
        const indexOf = new Map(steps.map((s, i) => [s.key, i]));
        let current: number | undefined = from % steps.length;
        while (current !== undefined) {
          chain.push(current);
          const after: string | null = steps[current]!.after;
          current = after ? indexOf.get(after) : undefined;
        }
        const root = chain[chain.length - 1]!;
        const waitingOn = chain[to % chain.length]!;
        const broken = steps.map((s, i) => (i === root ? { ...s, after: steps[waitingOn]!.key } : s));
        const cycle = chain.slice(chain.indexOf(waitingOn));
        const problems = stepProblems(broken);
        expect(problems.length).toBeGreaterThan(0);
        const inCycle = new Set(cycle);
        for (const problem of problems) {
          expect(problem.key).toBe('validation.playbookCycle');
          expect(inCycle.has(problem.index)).toBe(true);
          expect(problem.params?.steps).toContain(broken[problem.index]!.key);
        }
        expect(problems.map((p) => p.index).sort()).toEqual([...cycle].sort());
      }),
    );
  });

  it('the schema puts the problems at steps.<i>.<field> with the steps named', () => {
    const result = playbookFieldsSchema.safeParse({
      name: 'Loop',
      situation: 'other',
      steps: [
        { key: 'a', kind: 'other', title: 'A', offsetDays: 1, after: 'b' },
        { key: 'b', kind: 'other', title: 'B', offsetDays: 1, after: 'a' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'steps.0.after',
      'steps.1.after',
    ]);
  });
});

describe('the shipped playbooks', () => {
  it('are the five situations with fixed valid ids and 4–6 valid steps mixing the kinds', () => {
    expect(defaultPlaybooks.map((p) => p.situation)).toEqual([
      'falling-orders',
      'tier-drop',
      'major-dispute',
      'competitor-poaching',
      'hardship',
    ]);
    for (const playbook of defaultPlaybooks) {
      expect(ulidField.safeParse(playbook.id).success).toBe(true);
      expect(playbookFieldsSchema.safeParse(playbook).success).toBe(true);
      expect(playbook.steps.length).toBeGreaterThanOrEqual(4);
      expect(playbook.steps.length).toBeLessThanOrEqual(6);
      const kinds = new Set(playbook.steps.map((s) => s.kind));
      expect(kinds.has('deep-communication')).toBe(true);
      expect(kinds.size).toBeGreaterThanOrEqual(3);
      expect(playbook.steps.some((s) => s.after !== null)).toBe(true);
    }
    expect(new Set(defaultPlaybooks.map((p) => p.id)).size).toBe(5);
  });
});

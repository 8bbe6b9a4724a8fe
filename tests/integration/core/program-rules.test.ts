import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuleInput } from '../../../src/shared/programs';
import { openProgramsFixture, pointsPerUnit, type ProgramsFixture } from './programs-fixture';

const rebateBrackets = (brackets: { upTo: number | null; rate: number }[]): RuleInput => ({
  key: 'rebate',
  name: 'Quarterly rebate',
  award: 'money',
  basis: 'amount',
  calc: {
    kind: 'brackets',
    mode: 'marginal',
    period: 'quarter',
    brackets: brackets.map((b) => ({ ...b, every: 100 })),
  },
});

describe('program rules on a real database file', () => {
  let f: ProgramsFixture;
  let programId: string;
  let partnerId: string;
  const today = '2026-03-01';
  const save = async (rules: RuleInput[], extra: { effectiveFrom?: string | null; today?: string } = {}) =>
    f.call('programs.saveRules', {
      programId,
      revision: await f.revisionOf(programId),
      rules,
      today,
      ...extra,
    });
  const problems = async (
    rules: RuleInput[],
    extra: { effectiveFrom?: string | null; today?: string } = {},
  ) => {
    const error = await f.fails('programs.saveRules', {
      programId,
      revision: await f.revisionOf(programId),
      rules,
      today,
      ...extra,
    });
    return Object.fromEntries(Object.entries(error.fields ?? {}).map(([path, m]) => [path, m.key]));
  };

  beforeEach(async () => {
    f = await openProgramsFixture();
    programId = await f.program();
    partnerId = await f.partner('Syarikat Maju Jaya');
  });
  afterEach(async () => {
    await f.close();
  });

  it('edits the only version in place before anything was awarded', async () => {
    await save([pointsPerUnit()]);
    await save([
      pointsPerUnit(),
      rebateBrackets([
        { upTo: 1_000_000, rate: 2 },
        { upTo: null, rate: 3 },
      ]),
    ]);
    const program = await f.call('programs.get', { id: programId });
    expect(program.revision).toBe(2);
    expect(program.ruleVersions).toHaveLength(1);
    expect(program.ruleVersions[0]?.rules.map((r) => r.key)).toEqual(['base', 'rebate']);
    expect(await f.lastBatchLabel()).toBe('Edit rules of Aircon rebate 2026');
  });

  it('refuses overlapping, unordered and open-in-the-middle brackets at the bracket', async () => {
    expect(
      await problems([
        rebateBrackets([
          { upTo: 1_000_000, rate: 2 },
          { upTo: 1_000_000, rate: 3 },
          { upTo: null, rate: 5 },
        ]),
      ]),
    ).toEqual({ 'rules.0.calc.brackets.1.upTo': 'validation.bracketOrder' });
    expect(
      await problems([
        rebateBrackets([
          { upTo: null, rate: 2 },
          { upTo: 5_000_000, rate: 3 },
        ]),
      ]),
    ).toEqual({
      'rules.0.calc.brackets.0.upTo': 'validation.bracketOpenNotLast',
      'rules.0.calc.brackets.1.upTo': 'validation.bracketOpenEnd',
    });
    const whole = rebateBrackets([
      { upTo: 1_000_000, rate: 3 },
      { upTo: null, rate: 2 },
    ]);
    if (whole.calc.kind === 'brackets') whole.calc.mode = 'whole';
    expect(await problems([whole])).toEqual({
      'rules.0.calc.brackets.1.rate': 'validation.bracketRateFalls',
    });
  });

  it('refuses unknown or deleted products, unused categories, unknown tiers, repeated keys and windows outside the program', async () => {
    const aircon = await f.product('AC-1200X', 'Aircon');
    const old = await f.product('AC-900', 'Legacy');
    await f.deleteProduct(old);
    const rule: RuleInput = {
      ...pointsPerUnit(),
      filter: { productIds: [aircon, old], categories: ['Aircon', 'Legacy'] },
      tierMultipliers: [
        { tier: 'gold', multiplier: 1.5 },
        { tier: 'diamond', multiplier: 2 },
        { tier: 'gold', multiplier: 2 },
      ],
      window: { from: '2025-12-01', to: '2026-01-31' },
    };
    expect(await problems([rule, pointsPerUnit()])).toEqual({
      'rules.0.filter.productIds.1': 'validation.unknownProduct',
      'rules.0.filter.categories.1': 'validation.unknownCategory',
      'rules.0.tierMultipliers.1.tier': 'validation.unknownTier',
      'rules.0.tierMultipliers.2.tier': 'validation.tierRepeated',
      'rules.0.window.from': 'validation.windowOutsideProgram',
      'rules.1.key': 'validation.ruleKeyDuplicate',
    });
    const error = await f.fails('programs.saveRules', {
      programId,
      revision: 0,
      rules: [{ ...pointsPerUnit(), window: { from: '2026-12-01', to: '2027-01-31' } }],
      today,
    });
    expect(error.fields?.['rules.0.window.to']?.message).toBe(
      'Choose a day within the program (2026-01-01 to 2026-12-31).',
    );
    // Schema problems arrive at the same paths.
    const bad = await f.fails('programs.saveRules', {
      programId,
      revision: 0,
      rules: [{ ...pointsPerUnit(), calc: { kind: 'rate', rate: 0, every: 1 } }],
      today,
    });
    expect(Object.keys(bad.fields ?? {})).toEqual(['rules.0.calc.rate']);
    expect((await f.call('programs.get', { id: programId })).ruleVersions[0]?.rules).toEqual([]);
  });

  it('a target period longer than the program is fine', async () => {
    await save([
      {
        key: 'target',
        name: 'Reach 100 units',
        award: 'points',
        basis: 'units',
        calc: { kind: 'target', period: 'quarter', target: 100, bonus: 500 },
      },
    ]);
    expect((await f.call('programs.get', { id: programId })).ruleVersions[0]?.rules[0]?.key).toBe('target');
  });

  it('once frozen, a change is a new version from a day that is not past, inside the program, after the latest', async () => {
    await save([pointsPerUnit()]);
    await f.earn(programId, partnerId, 100);
    expect((await f.call('programs.get', { id: programId })).rulesFrozen).toBe(true);
    const doubled: RuleInput = { ...pointsPerUnit(), calc: { kind: 'rate', rate: 20, every: 1 } };

    expect(await problems([doubled])).toEqual({ effectiveFrom: 'validation.effectiveFromRequired' });
    expect(await problems([doubled], { effectiveFrom: '2026-02-28' })).toEqual({
      effectiveFrom: 'validation.effectiveFromPast',
    });
    expect(await problems([doubled], { effectiveFrom: '2027-01-01' })).toEqual({
      effectiveFrom: 'validation.programPeriod',
    });
    expect(await problems([doubled], { effectiveFrom: '2026-01-01', today: '2025-12-01' })).toEqual({
      effectiveFrom: 'validation.effectiveFromAfter',
    });

    await save([doubled], { effectiveFrom: '2026-04-01' });
    expect(await f.lastBatchLabel()).toBe('New rules from 2026-04-01 for Aircon rebate 2026');
    const program = await f.call('programs.get', { id: programId });
    expect(program.ruleVersions.map((v) => [v.version, v.effectiveFrom])).toEqual([
      [1, '2026-01-01'],
      [2, '2026-04-01'],
    ]);
    // The old version stays as it was.
    expect(program.ruleVersions[0]?.rules[0]?.calc).toEqual({ kind: 'rate', rate: 10, every: 1 });
    expect(program.ruleVersions[1]?.rules[0]?.calc).toEqual({ kind: 'rate', rate: 20, every: 1 });
    expect(await problems([doubled], { effectiveFrom: '2026-04-01' })).toEqual({
      effectiveFrom: 'validation.effectiveFromAfter',
    });
  });

  it('refuses a save from a stale revision: two editors, one wins', async () => {
    const attempt = (key: string) =>
      f.call('programs.saveRules', { programId, revision: 0, rules: [pointsPerUnit(key)], today }).then(
        () => key,
        (error: { code?: string }) => error.code,
      );
    const outcomes = await Promise.all([attempt('first'), attempt('second')]);
    expect(outcomes.filter((o) => o === 'CONFLICT')).toHaveLength(1);
    const winner = outcomes.find((o) => o !== 'CONFLICT');
    expect(
      (await f.call('programs.get', { id: programId })).ruleVersions[0]?.rules.map((r) => r.key),
    ).toEqual([winner]);
  });
});

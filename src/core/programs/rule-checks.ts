// What the schema cannot see in a program's rules: brackets that overlap or contradict, references
// to products, categories and tiers that do not exist, repeated rule keys, and SPIF windows outside
// the program. Pure: the caller loads the catalog and tiers, this answers messages by field path.
import type { FieldMessage } from '../../shared/errors';
import type { Bracket, Rule } from '../../shared/programs';
import { fieldMessage } from '../../shared/validation';

export interface RuleReferences {
  /** Live products of the catalog, by id. */
  productIds: ReadonlySet<string>;
  /** Categories at least one live product has. */
  categories: ReadonlySet<string>;
  /** Tier keys of the loyalty settings. */
  tierKeys: ReadonlySet<string>;
  /** The program's period (inclusive days). */
  startsOn: string;
  endsOn: string;
}

export type RuleProblems = Record<string, FieldMessage>;

/** Every problem of the rules at its field path (rules.2.calc.brackets.1.upTo); empty when fine. */
export function ruleProblems(rules: readonly Rule[], refs: RuleReferences): RuleProblems {
  const problems: RuleProblems = {};
  const add = (path: string, message: FieldMessage) => {
    problems[path] ??= message;
  };
  const firstOfKey = new Map<string, number>();
  rules.forEach((rule, index) => {
    const at = `rules.${index}`;
    const first = firstOfKey.get(rule.key);
    if (first === undefined) firstOfKey.set(rule.key, index);
    else add(`${at}.key`, fieldMessage('validation.ruleKeyDuplicate', { n: first + 1 }));

    if (rule.calc.kind === 'brackets') {
      for (const [path, message] of bracketProblems(rule.calc.brackets, rule.calc.mode))
        add(`${at}.calc.brackets.${path}`, message);
    }
    rule.filter.productIds.forEach((id, i) => {
      if (!refs.productIds.has(id))
        add(`${at}.filter.productIds.${i}`, fieldMessage('validation.unknownProduct'));
    });
    rule.filter.categories.forEach((category, i) => {
      if (!refs.categories.has(category))
        add(`${at}.filter.categories.${i}`, fieldMessage('validation.unknownCategory', { category }));
    });
    const seenTiers = new Set<string>();
    rule.tierMultipliers.forEach((multiplier, i) => {
      if (!refs.tierKeys.has(multiplier.tier))
        add(`${at}.tierMultipliers.${i}.tier`, fieldMessage('validation.unknownTier'));
      else if (seenTiers.has(multiplier.tier))
        add(`${at}.tierMultipliers.${i}.tier`, fieldMessage('validation.tierRepeated'));
      seenTiers.add(multiplier.tier);
    });
    if (rule.window) {
      const { from, to } = rule.window;
      const period = { from: refs.startsOn, to: refs.endsOn };
      if (to < from) add(`${at}.window.to`, fieldMessage('validation.endBeforeStart'));
      if (from < refs.startsOn || from > refs.endsOn)
        add(`${at}.window.from`, fieldMessage('validation.windowOutsideProgram', period));
      if (to < refs.startsOn || to > refs.endsOn)
        add(`${at}.window.to`, fieldMessage('validation.windowOutsideProgram', period));
    }
  });
  return problems;
}

/**
 * Brackets rise strictly; only the last has no upper bound, and it must have none, so every amount
 * falls in a bracket (a cap limits what a partner can earn). In whole-amount mode a higher bracket
 * may not pay a lower rate: selling one more unit would then earn less in total.
 */
export function bracketProblems(
  brackets: readonly Bracket[],
  mode: 'marginal' | 'whole',
): [path: string, message: FieldMessage][] {
  const problems: [string, FieldMessage][] = [];
  const last = brackets.length - 1;
  let previousUpTo = 0;
  brackets.forEach((bracket, index) => {
    if (bracket.upTo === null) {
      if (index !== last) problems.push([`${index}.upTo`, fieldMessage('validation.bracketOpenNotLast')]);
    } else if (index === last) {
      problems.push([`${index}.upTo`, fieldMessage('validation.bracketOpenEnd')]);
    } else if (bracket.upTo <= previousUpTo) {
      problems.push([`${index}.upTo`, fieldMessage('validation.bracketOrder')]);
    }
    if (bracket.upTo !== null && bracket.upTo > previousUpTo) previousUpTo = bracket.upTo;
    const below = brackets[index - 1];
    if (mode === 'whole' && below && bracket.rate * below.every < below.rate * bracket.every)
      problems.push([`${index}.rate`, fieldMessage('validation.bracketRateFalls')]);
  });
  return problems;
}

// A program's rules as the editor holds them: numbers as typed (money in the program currency's
// own digits, units as whole numbers), a local id per rule, bracket and multiplier for React, and
// the exact conversion to and from the Rule the core stores (money in minor units).
import type { AwardUnit, Rule, RuleBasis, RuleInput, RulePeriod } from '../../../../shared/programs';
import { minorDigits } from '../../../../shared/money';
import { decimalTextOfMinor, minorOfDecimalText } from '../sales/sales-money';

export type CalcKind = 'rate' | 'brackets' | 'target';

export interface DraftBracket {
  uid: number;
  upTo: string;
  rate: string;
  every: string;
}

export interface DraftMultiplier {
  uid: number;
  tier: string | null;
  multiplier: string;
}

export interface DraftRule {
  uid: number;
  key: string;
  name: string;
  award: AwardUnit;
  basis: RuleBasis;
  calcKind: CalcKind;
  rate: string;
  every: string;
  mode: 'marginal' | 'whole';
  period: RulePeriod;
  brackets: DraftBracket[];
  target: string;
  bonus: string;
  productIds: string[];
  categories: string[];
  windowOn: boolean;
  windowFrom: string;
  windowTo: string;
  multipliers: DraftMultiplier[];
  capPerPartner: string;
  capPerProgram: string;
}

let nextUid = 1;
export const uid = () => nextUid++;

export function newBracket(): DraftBracket {
  return { uid: uid(), upTo: '', rate: '', every: '' };
}

export function newRule(existing: readonly DraftRule[]): DraftRule {
  const keys = new Set(existing.map((rule) => rule.key));
  let n = existing.length + 1;
  while (keys.has(`rule-${n}`)) n++;
  return {
    uid: uid(),
    key: `rule-${n}`,
    name: '',
    award: 'points',
    basis: 'units',
    calcKind: 'rate',
    rate: '',
    every: '1',
    mode: 'marginal',
    period: 'quarter',
    brackets: [newBracket(), newBracket()],
    target: '',
    bonus: '',
    productIds: [],
    categories: [],
    windowOn: false,
    windowFrom: '',
    windowTo: '',
    multipliers: [],
    capPerPartner: '',
    capPerProgram: '',
  };
}

/** A quantity as the editor shows it: money in the currency's decimals, anything else as is. */
export function textOf(value: number | null, money: boolean, currency: string): string {
  if (value === null) return '';
  if (!money) return String(value);
  if (Number.isInteger(value)) return decimalTextOfMinor(value, currency);
  return String(value / 10 ** minorDigits(currency));
}

/** Typed text back to a number (minor units for money); NaN when unreadable, null when empty. */
export function valueOf(text: string, money: boolean, currency: string): number | null {
  const plain = text.trim();
  if (plain === '') return null;
  if (money) return minorOfDecimalText(plain, currency) ?? Number.NaN;
  const normalised = plain.replace(/,/g, '');
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** Required quantities: an empty field is NaN, so the schema names it. */
function required(text: string, money: boolean, currency: string): number {
  return valueOf(text, money, currency) ?? Number.NaN;
}

export function draftOf(rule: Rule, currency: string): DraftRule {
  const awardMoney = rule.award === 'money';
  const basisMoney = rule.basis === 'amount';
  const base = newRule([]);
  const draft: DraftRule = {
    ...base,
    key: rule.key,
    name: rule.name,
    award: rule.award,
    basis: rule.basis,
    calcKind: rule.calc.kind,
    productIds: rule.filter.productIds,
    categories: rule.filter.categories,
    windowOn: rule.window !== null,
    windowFrom: rule.window?.from ?? '',
    windowTo: rule.window?.to ?? '',
    multipliers: rule.tierMultipliers.map((m) => ({
      uid: uid(),
      tier: m.tier,
      multiplier: String(m.multiplier),
    })),
    capPerPartner: textOf(rule.capPerPartner, awardMoney, currency),
    capPerProgram: textOf(rule.capPerProgram, awardMoney, currency),
  };
  const calc = rule.calc;
  if (calc.kind === 'rate') {
    draft.rate = textOf(calc.rate, awardMoney, currency);
    draft.every = textOf(calc.every, basisMoney, currency);
  } else if (calc.kind === 'brackets') {
    draft.mode = calc.mode;
    draft.period = calc.period;
    draft.brackets = calc.brackets.map((b) => ({
      uid: uid(),
      upTo: textOf(b.upTo, basisMoney, currency),
      rate: textOf(b.rate, awardMoney, currency),
      every: textOf(b.every, basisMoney, currency),
    }));
  } else {
    draft.period = calc.period;
    draft.target = textOf(calc.target, basisMoney, currency);
    draft.bonus = textOf(calc.bonus, awardMoney, currency);
  }
  return draft;
}

export function ruleOf(draft: DraftRule, currency: string): RuleInput {
  const awardMoney = draft.award === 'money';
  const basisMoney = draft.basis === 'amount';
  const calc: RuleInput['calc'] =
    draft.calcKind === 'rate'
      ? {
          kind: 'rate',
          rate: required(draft.rate, awardMoney, currency),
          every: required(draft.every, basisMoney, currency),
        }
      : draft.calcKind === 'brackets'
        ? {
            kind: 'brackets',
            mode: draft.mode,
            period: draft.period,
            brackets: draft.brackets.map((b) => ({
              upTo: valueOf(b.upTo, basisMoney, currency),
              rate: required(b.rate, awardMoney, currency),
              every: required(b.every, basisMoney, currency),
            })),
          }
        : {
            kind: 'target',
            period: draft.period,
            target: required(draft.target, basisMoney, currency),
            bonus: required(draft.bonus, awardMoney, currency),
          };
  return {
    key: draft.key.trim(),
    name: draft.name,
    award: draft.award,
    basis: draft.basis,
    filter: { productIds: draft.productIds, categories: draft.categories },
    calc,
    window: draft.windowOn ? { from: draft.windowFrom, to: draft.windowTo } : null,
    tierMultipliers: draft.multipliers.map((m) => ({
      tier: m.tier ?? '',
      multiplier: required(m.multiplier, false, currency),
    })),
    capPerPartner: valueOf(draft.capPerPartner, awardMoney, currency),
    capPerProgram: valueOf(draft.capPerProgram, awardMoney, currency),
  };
}

// Small builders for rules-engine tests: rules with the schema's defaults, claims of one line.
import { ruleSchema, type Rule, type RuleInput } from '../../../src/shared/programs';
import type { EngineClaim, EngineLine, EngineVersion } from '../../../src/core/incentives/engine/types';

export const productA = '01HZZZZZZZZZZZZZZZZZZZZZZA';
export const productB = '01HZZZZZZZZZZZZZZZZZZZZZZB';

export function rule(fields: Partial<RuleInput> & Pick<RuleInput, 'calc'>): Rule {
  return ruleSchema.parse({ key: 'r', name: 'Rule', award: 'points', basis: 'units', ...fields });
}

let counter = 0;
export function claim(
  invoiceDate: string,
  lines: Partial<EngineLine>[] | Partial<EngineLine> = {},
): EngineClaim {
  counter++;
  const list = Array.isArray(lines) ? lines : [lines];
  return {
    id: `claim-${String(counter).padStart(5, '0')}`,
    invoiceNumber: `INV-${String(counter).padStart(4, '0')}`,
    invoiceDate,
    lines: list.map((line) => ({
      productId: productA,
      category: 'aircon',
      quantity: 1,
      amountMinor: 100,
      ...line,
    })),
  };
}

export function versions(...rules: Rule[]): EngineVersion[] {
  return [{ version: 1, effectiveFrom: '2026-01-01', rules }];
}

// Saving a program's rules: checked against the catalog, the loyalty tiers and the program period.
// Before anything was awarded the latest version is edited in place; once frozen, a change is a
// new version applying to invoices from a chosen day, and the older versions stay as they were.
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError, type FieldMessage } from '../../shared/errors';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges, type FieldChange } from '../db/apply-changes';
import { newId } from '../db/ids';
import { readLoyaltyConfig } from '../loyalty/settings-store';
import { hasAwarded, programRevision, requireProgram, ruleVersionsOf, type ProgramRow } from './program-rows';
import { ruleProblems, type RuleReferences } from './rule-checks';

export async function saveProgramRules(
  ctx: CoreContext,
  input: ParsedInput<'programs.saveRules'>,
): Promise<ProcedureOutput<'programs.saveRules'>> {
  const program = await requireProgram(ctx.db, input.programId);
  const problems = ruleProblems(input.rules, await ruleReferences(ctx, program, input.rules));
  const versions = await ruleVersionsOf(ctx.db, program.id);
  const latest = versions.at(-1);
  const frozen = await hasAwarded(ctx.db, program.id);
  if (frozen && latest) Object.assign(problems, effectiveFromProblems(input, program, latest.effectiveFrom));
  if (Object.keys(problems).length > 0) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'Some rules need attention before they can be saved.',
      fields: problems,
    });
  }
  const bump = rowChanges('programs', program.id, { revision: input.revision + 1 });
  let changes: FieldChange[];
  let label: string;
  if (frozen || !latest) {
    const effectiveFrom = latest ? (input.effectiveFrom ?? program.startsOn) : program.startsOn;
    changes = rowChanges('programRuleVersions', newId(), {
      programId: program.id,
      version: (latest?.version ?? 0) + 1,
      effectiveFrom,
      rules: input.rules,
      deletedAt: null,
    });
    label = latest ? `New rules from ${effectiveFrom} for ${program.name}` : `Edit rules of ${program.name}`;
  } else {
    changes = rowChanges('programRuleVersions', latest.id, { rules: input.rules });
    label = `Edit rules of ${program.name}`;
  }
  const { batchId } = await ctx.write({
    label,
    origin: 'local',
    changes: [...changes, ...bump],
    expectRevision: programRevision(program, input.revision),
  });
  return { id: program.id, batchId: batchId ?? '' };
}

/** The live catalog (only what the rules name) and the tiers, for the rule checks. */
async function ruleReferences(
  ctx: CoreContext,
  program: ProgramRow,
  rules: ParsedInput<'programs.saveRules'>['rules'],
): Promise<RuleReferences> {
  const productIds = [...new Set(rules.flatMap((rule) => rule.filter.productIds))];
  const categories = [...new Set(rules.flatMap((rule) => rule.filter.categories))];
  const liveProducts = productIds.length
    ? await ctx.db
        .selectFrom('products')
        .select('id')
        .where('id', 'in', productIds)
        .where('deletedAt', 'is', null)
        .execute()
    : [];
  const liveCategories = categories.length
    ? await ctx.db
        .selectFrom('products')
        .select('category')
        .distinct()
        .where('category', 'in', categories)
        .where('deletedAt', 'is', null)
        .execute()
    : [];
  const { tiers } = await readLoyaltyConfig(ctx.db);
  return {
    productIds: new Set(liveProducts.map((p) => p.id)),
    categories: new Set(liveCategories.map((c) => c.category)),
    tierKeys: new Set(tiers.map((tier) => tier.key)),
    startsOn: program.startsOn,
    endsOn: program.endsOn,
  };
}

/** A new version applies from a day that is not past, inside the program, after the latest one. */
function effectiveFromProblems(
  input: ParsedInput<'programs.saveRules'>,
  program: ProgramRow,
  latestFrom: string,
): Record<string, FieldMessage> {
  const day = input.effectiveFrom;
  const problem = (key: string, params?: Record<string, string>) => ({
    effectiveFrom: fieldMessage(key, params),
  });
  if (day === null) return problem('validation.effectiveFromRequired');
  if (day < input.today) return problem('validation.effectiveFromPast');
  if (day < program.startsOn || day > program.endsOn)
    return problem('validation.programPeriod', { from: program.startsOn, to: program.endsOn });
  if (day <= latestFrom) return problem('validation.effectiveFromAfter', { date: latestFrom });
  return {};
}

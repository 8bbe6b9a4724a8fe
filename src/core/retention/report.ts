// The retention report: success rate (retained / decided) of cases decided in a period, by the
// last playbook run on them and by the partner's region, and how many cases are still open. It
// counts as the retention list filters (live partners; outcome day within the period, inclusive),
// so each figure opens the list of exactly those cases.
import { sql } from 'kysely';
import type { RetentionReport } from '../../shared/retention';
import type { ParsedInput } from '../../shared/contract';
import { CoreError } from '../../shared/errors';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { successRate } from '../disputes/report-figures';
import { playbookNames } from './playbooks';

type ReportInput = ParsedInput<'retention.report'>;

interface Tally {
  key: string;
  label: string;
  retained: number;
  churned: number;
  rate: number | null;
}

function liveCases(ctx: CoreContext, input: ReportInput) {
  const cases = ctx.db
    .selectFrom('retentionCases as c')
    .innerJoin('partners as p', 'p.id', 'c.partnerId')
    .where('c.deletedAt', 'is', null)
    .where('p.deletedAt', 'is', null);
  return input.region === null ? cases : cases.where('p.region', '=', input.region);
}

function byMostDecided(a: Tally, b: Tally): number {
  return b.retained + b.churned - (a.retained + a.churned) || a.label.localeCompare(b.label);
}

export async function retentionReport(ctx: CoreContext, input: ReportInput): Promise<RetentionReport> {
  if (input.from > input.to) {
    throw new CoreError({
      code: 'VALIDATION',
      message: 'The period ends before it starts.',
      fields: { to: fieldMessage('validation.endBeforeStart') },
    });
  }
  const groups = await liveCases(ctx, input)
    // Written as in the retention_cases_decided partial index, so the period is one index range.
    .where(sql<boolean>`c.outcome != 'open'`)
    .where('c.outcomeOn', '>=', input.from)
    .where('c.outcomeOn', '<=', input.to)
    .select((eb) => [
      'c.playbookId',
      'p.region',
      sql<number>`sum(c.outcome = 'retained')`.as('retained'),
      sql<number>`sum(c.outcome = 'churned')`.as('churned'),
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['c.playbookId', 'p.region'])
    .execute();
  const { n: open } = await liveCases(ctx, input)
    .where('c.outcome', '=', 'open')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();

  const names = await playbookNames(
    ctx,
    groups.flatMap((group) => (group.playbookId ? [group.playbookId] : [])),
  );
  const byPlaybook = new Map<string, Tally>();
  const byRegion = new Map<string, Tally>();
  let retained = 0;
  let churned = 0;
  const add = (tallies: Map<string, Tally>, key: string, label: string, kept: number, lost: number) => {
    const tally = tallies.get(key) ?? { key, label, retained: 0, churned: 0, rate: null };
    tally.retained += kept;
    tally.churned += lost;
    tally.rate = successRate(tally.retained, tally.churned);
    tallies.set(key, tally);
  };
  for (const group of groups) {
    const kept = Number(group.retained);
    const lost = Number(group.churned);
    retained += kept;
    churned += lost;
    const playbook = group.playbookId ?? '';
    // '' is "no playbook"; the screen names it in the user's language.
    add(byPlaybook, playbook, playbook === '' ? '' : (names.get(playbook) ?? 'Playbook'), kept, lost);
    add(byRegion, group.region, group.region, kept, lost);
  }
  return {
    openCases: Number(open),
    closed: { retained, churned, rate: successRate(retained, churned) },
    byPlaybook: [...byPlaybook.values()].sort(
      (a, b) => Number(a.key === '') - Number(b.key === '') || byMostDecided(a, b),
    ),
    byRegion: [...byRegion.values()].sort(byMostDecided),
  };
}

// The partner page's incentives: every program the partner is or was enrolled in, with the points
// and money it holds there, the claims waiting for a decision, and its badges.
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { CoreContext } from '../context';
import { partnerBadges } from '../gamification/badges';
import { partnerBalance } from './balance';

export async function partnerIncentives(
  ctx: CoreContext,
  input: ParsedInput<'incentives.partner'>,
): Promise<ProcedureOutput<'incentives.partner'>> {
  const enrolments = await ctx.db
    .selectFrom('programEnrollments as e')
    .innerJoin('programs as p', 'p.id', 'e.programId')
    .select([
      'e.programId',
      'p.name as programName',
      'p.kind',
      'p.status',
      'p.currency',
      'e.enrolledOn',
      'e.leftOn',
    ])
    .where('e.partnerId', '=', input.partnerId)
    .where('e.deletedAt', 'is', null)
    .where('p.deletedAt', 'is', null)
    // Current programs first, then those left; newest enrolment first within each.
    .orderBy((eb) => eb.case().when('e.leftOn', 'is', null).then(0).else(1).end())
    .orderBy('e.enrolledOn', 'desc')
    .execute();
  const waiting = await ctx.db
    .selectFrom('claims')
    .select(['programId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('partnerId', '=', input.partnerId)
    .where('status', '=', 'submitted')
    .where('deletedAt', 'is', null)
    .groupBy('programId')
    .execute();
  const waitingBy = new Map(waiting.map((row) => [row.programId, Number(row.n)]));
  const programs = await Promise.all(
    enrolments.map(async (row) => {
      const [balance, badges] = await Promise.all([
        partnerBalance(ctx.db, row.programId, input.partnerId),
        partnerBadges(ctx.db, row.programId, input.partnerId, input.today),
      ]);
      return {
        ...row,
        points: balance.points,
        moneyMinor: balance.moneyMinor,
        claimsSubmitted: waitingBy.get(row.programId) ?? 0,
        badges,
      };
    }),
  );
  return { programs };
}

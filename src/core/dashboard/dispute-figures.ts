// Disputes for the dashboard: open cases, open cases past their SLA, and cases opened in the
// period, counted by the disputes list's own filters (so each figure equals the list it opens).
// The list filters one region and one case owner at a time; a selection of several is counted as
// the sum over each region × owner pair (disjoint, since a case has one lead region and one owner).
import { disputeListInputSchema, openDisputeStatuses, type DisputeListInput } from '../../shared/disputes';
import type { Dashboard } from '../../shared/dashboard';
import type { CoreContext } from '../context';
import { countDisputes } from '../disputes/list';
import { firstDayOf, lastDayOf } from './months';
import { noOwner, type DashboardScope } from './scope';

/** The list filters for each region × owner pair of the selection (one pair when nothing is chosen). */
export function disputeScopes(scope: DashboardScope): DisputeListInput[] {
  const regions: (string | null)[] = scope.regions.length ? [...scope.regions] : [null];
  const owners: (string | null)[] = scope.ownerIds.length ? [...scope.ownerIds] : [null];
  return regions.flatMap((region) =>
    owners.map((owner) => ({
      region,
      ownerId: owner === null || owner === noOwner ? null : owner,
      unowned: owner === noOwner,
    })),
  );
}

export async function disputeFigures(
  ctx: CoreContext,
  scope: DashboardScope,
  period: { from: string; to: string },
  now: Date,
): Promise<Dashboard['disputes']> {
  const count = async (more: DisputeListInput) => {
    const counts = await Promise.all(
      disputeScopes(scope).map((pair) => {
        // An owner id that is no owner's id matches no case.
        const filters = disputeListInputSchema.safeParse({ ...pair, ...more });
        return filters.success ? countDisputes(ctx, filters.data, now) : 0;
      }),
    );
    return counts.reduce((sum, n) => sum + n, 0);
  };
  const open = { statuses: [...openDisputeStatuses] };
  const [openCases, slaBreached, openedInPeriod] = await Promise.all([
    count(open),
    count({ ...open, breached: true }),
    count({ statuses: [], openedFrom: firstDayOf(period.from), openedTo: lastDayOf(period.to) }),
  ]);
  return { open: openCases, slaBreached, openedInPeriod };
}

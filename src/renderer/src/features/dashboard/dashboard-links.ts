// Where each dashboard figure leads: the list behind it with the dashboard's own region, owner
// and period, so the list counts what the figure counts. Pure, unit-tested.
import type { RiskLevel } from '../../../../shared/loyalty';
import type { NpsCategory } from '../../../../shared/surveys';
import { disputesHref } from '../disputes/dispute-filters';
import { firstDayOfMonth, lastDayOfMonth } from './month-days';
import type { DashboardView } from './dashboard-period';

type Scope = Pick<DashboardView, 'regions' | 'ownerIds'>;
type Period = Pick<DashboardView, 'from' | 'to'>;

function withScope(params: URLSearchParams, scope: Scope): URLSearchParams {
  for (const region of scope.regions) params.append('region', region);
  for (const owner of scope.ownerIds) params.append('owner', owner);
  return params;
}

/** Active partners, optionally of tiers or risk levels (the tier and risk figures). */
export function partnersHref(scope: Scope, filter: { tiers?: string[]; risk?: RiskLevel[] } = {}): string {
  const params = new URLSearchParams({ status: 'active' });
  for (const tier of filter.tiers ?? []) params.append('tier', tier);
  for (const level of filter.risk ?? []) params.append('risk', level);
  return `/partners?${withScope(params, scope).toString()}`;
}

/** The partners the retention rate lost: active at the window start, churned since. */
export function churnedHref(scope: Scope, window: { windowStart: string; today: string }): string {
  const params = new URLSearchParams({
    status: 'churned',
    'since-from': window.windowStart,
    'since-to': window.today,
    'joined-by': window.windowStart,
  });
  return `/partners?${withScope(params, scope).toString()}`;
}

/** Sales records of the period (all, or of one region or month). */
export function salesHref(
  scope: Scope,
  period: Period,
  only: { region?: string; month?: string } = {},
): string {
  const params = new URLSearchParams({ from: only.month ?? period.from, to: only.month ?? period.to });
  const regions = only.region !== undefined ? [only.region] : scope.regions;
  return `/sales?${withScope(params, { regions, ownerIds: scope.ownerIds }).toString()}`;
}

/** Survey answers of the period (of one category or month). */
export function surveysHref(
  scope: Scope,
  period: Period,
  only: { category?: NpsCategory; month?: string } = {},
): string {
  const params = new URLSearchParams({ from: only.month ?? period.from, to: only.month ?? period.to });
  if (only.category) params.set('category', only.category);
  return `/surveys?${withScope(params, scope).toString()}`;
}

/** Care events held in the period (or a month) on the calendar, of one kind. */
export function calendarHref(
  scope: Scope,
  only: { month: string; kind?: string; view?: 'month' | 'agenda' },
): string {
  const params = new URLSearchParams();
  if (only.view === 'agenda') params.set('view', 'agenda');
  params.set('date', `${only.month}-01`);
  for (const owner of scope.ownerIds.filter((id) => id !== 'none')) params.append('owner', owner);
  for (const region of scope.regions) params.append('region', region);
  if (only.kind) params.append('kind', only.kind);
  return `/calendar?${params.toString()}`;
}

/** Partners due for a visit: the visit planner (it takes one region and one owner). */
export function visitPlannerHref(scope: Scope): string {
  const params = new URLSearchParams();
  const owner = scope.ownerIds.filter((id) => id !== 'none');
  if (scope.regions.length === 1) params.set('region', scope.regions[0]!);
  if (owner.length === 1) params.set('owner', owner[0]!);
  const query = params.toString();
  return query ? `/visits/plan?${query}` : '/visits/plan';
}

export type DisputeFigure = 'open' | 'breached' | 'opened';

/**
 * The disputes list behind a dispute figure, one per region × owner pair of the selection (the
 * list filters one region and one case owner at a time; the figure is their sum).
 */
export function disputeHrefs(
  scope: Scope,
  period: Period,
  figure: DisputeFigure,
): { region: string | null; ownerId: string | null; href: string }[] {
  const regions: (string | null)[] = scope.regions.length ? scope.regions : [null];
  const owners: (string | null)[] = scope.ownerIds.length ? scope.ownerIds : [null];
  const filters =
    figure === 'opened'
      ? { statuses: [], openedFrom: firstDayOfMonth(period.from), openedTo: lastDayOfMonth(period.to) }
      : { breached: figure === 'breached' };
  return regions.flatMap((region) =>
    owners.map((ownerId) => ({
      region,
      ownerId,
      href: disputesHref({
        ...filters,
        region,
        ownerId: ownerId === null || ownerId === 'none' ? null : ownerId,
        unowned: ownerId === 'none',
      }),
    })),
  );
}

// Where each report figure leads: the disputes list or the retention list with exactly the filters
// that count it, and the report's own period and scope in the address. Pure, unit-tested.
import type { DisputeAgeBucket, DisputeKind } from '../../../../shared/disputes';
import { disputesHref, type DisputeFilters } from '../disputes/dispute-filters';

export interface ReportScope {
  from: string;
  to: string;
  /** null: every region; '' is partners without a region. */
  region: string | null;
  ownerId: string | null;
}

/** The last `days` days up to today (both ends included), the report's default period. */
export function lastDays(today: string, days: number): { from: string; to: string } {
  const start = new Date(`${today}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - (days - 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const ulid = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function scopeFromParams(params: URLSearchParams, today: string): ReportScope {
  const fallback = lastDays(today, 90);
  const from = params.get('from');
  const to = params.get('to');
  const ownerId = params.get('ownerId');
  return {
    from: from && isoDate.test(from) ? from : fallback.from,
    to: to && isoDate.test(to) ? to : fallback.to,
    region: params.get('region')?.slice(0, 120) ?? null,
    ownerId: ownerId && ulid.test(ownerId) ? ownerId : null,
  };
}

export function paramsFromScope(scope: ReportScope, today: string): URLSearchParams {
  const params = new URLSearchParams();
  const fallback = lastDays(today, 90);
  if (scope.from !== fallback.from || scope.to !== fallback.to) {
    params.set('from', scope.from);
    params.set('to', scope.to);
  }
  if (scope.region !== null) params.set('region', scope.region);
  if (scope.ownerId) params.set('ownerId', scope.ownerId);
  return params;
}

const every: Partial<DisputeFilters> = { statuses: [] };

function scoped(scope: ReportScope, filters: Partial<DisputeFilters>): string {
  return disputesHref({ region: scope.region, ownerId: scope.ownerId, ...filters });
}

/** The open cases (all, of a kind, of an age, or of an owner: '' is nobody's). */
export const openCasesHref = (
  scope: ReportScope,
  by: { kind?: DisputeKind; ageBucket?: DisputeAgeBucket; owner?: string } = {},
): string =>
  scoped(scope, {
    ...(by.kind ? { kinds: [by.kind] } : {}),
    ...(by.ageBucket ? { ageBucket: by.ageBucket } : {}),
    ...(by.owner === undefined
      ? {}
      : by.owner === ''
        ? { unowned: true, ownerId: null }
        : { ownerId: by.owner }),
  });

/** Cases resolved in the period (whatever their status now), the latest first. */
export const resolvedCasesHref = (scope: ReportScope): string =>
  scoped(scope, { ...every, resolvedFrom: scope.from, resolvedTo: scope.to, sort: 'resolved' });

/** Cases opened in the period with this lead region, or only those that breached their SLA. */
export const openedCasesHref = (scope: ReportScope, region: string, breached: boolean): string =>
  scoped(scope, { ...every, openedFrom: scope.from, openedTo: scope.to, region, breached });

/** The retention list behind a success figure (outcomes decided in the period). */
export function retentionHref(
  scope: ReportScope,
  filter: { outcomes: ('retained' | 'churned' | 'open')[]; playbookId?: string; region?: string },
): string {
  const params = new URLSearchParams();
  params.set('outcomes', filter.outcomes.join(','));
  if (filter.playbookId !== undefined) {
    if (filter.playbookId === '') params.set('withoutPlaybook', '1');
    else params.set('playbookId', filter.playbookId);
  }
  const region = filter.region ?? scope.region;
  if (region !== null) params.set('region', region);
  if (!filter.outcomes.includes('open')) {
    params.set('outcomeFrom', scope.from);
    params.set('outcomeTo', scope.to);
  }
  return `/retention?${params.toString()}`;
}

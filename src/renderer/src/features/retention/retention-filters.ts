// The retention list's filters as they sit in the address (the reports page links here with the
// same names): outcomes (comma list), ownerId, region, playbookId, withoutPlaybook=1, outcomeFrom,
// outcomeTo, and the page.
import {
  retentionOutcomes,
  type RetentionCaseListInput,
  type RetentionOutcome,
} from '../../../../shared/retention';

export interface RetentionFilters {
  outcomes: RetentionOutcome[];
  ownerId: string | null;
  region: string | null;
  playbookId: string | null;
  withoutPlaybook: boolean;
  outcomeFrom: string | null;
  outcomeTo: string | null;
  page: number;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const id = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function filtersFromParams(params: URLSearchParams): RetentionFilters {
  const outcomes = (params.get('outcomes') ?? '')
    .split(',')
    .filter((value): value is RetentionOutcome => (retentionOutcomes as readonly string[]).includes(value));
  const matching = (name: string, pattern: RegExp) => {
    const value = params.get(name);
    return value && pattern.test(value) ? value : null;
  };
  const page = Number(params.get('page'));
  return {
    outcomes: [...new Set(outcomes)],
    ownerId: matching('ownerId', id),
    region: params.get('region'),
    playbookId: matching('playbookId', id),
    withoutPlaybook: params.get('withoutPlaybook') === '1',
    outcomeFrom: matching('outcomeFrom', isoDate),
    outcomeTo: matching('outcomeTo', isoDate),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function paramsFromFilters(filters: RetentionFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.outcomes.length) params.set('outcomes', filters.outcomes.join(','));
  if (filters.ownerId) params.set('ownerId', filters.ownerId);
  if (filters.region !== null) params.set('region', filters.region);
  if (filters.playbookId) params.set('playbookId', filters.playbookId);
  if (filters.withoutPlaybook) params.set('withoutPlaybook', '1');
  if (filters.outcomeFrom) params.set('outcomeFrom', filters.outcomeFrom);
  if (filters.outcomeTo) params.set('outcomeTo', filters.outcomeTo);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export const pageSize = 50;

export function listInputOf(filters: RetentionFilters): RetentionCaseListInput {
  return {
    outcomes: filters.outcomes,
    ownerId: filters.ownerId,
    region: filters.region,
    playbookId: filters.playbookId,
    withoutPlaybook: filters.withoutPlaybook,
    outcomeFrom: filters.outcomeFrom,
    outcomeTo: filters.outcomeTo,
    offset: (filters.page - 1) * pageSize,
    limit: pageSize,
  };
}

export function hasFilters(filters: RetentionFilters): boolean {
  return paramsFromFilters({ ...filters, page: 1 }).toString() !== '';
}

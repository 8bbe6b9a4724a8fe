// The disputes list's filters as they sit in the address, so every report figure links to exactly
// its list: statuses, kinds, severities, rootCauses (comma lists), ownerId, unowned=1, partnerId,
// region (present even when empty: partners without a region), breached=1, ageBucket, openedFrom,
// openedTo, resolvedFrom, resolvedTo, text, sort, page.
import {
  disputeAgeBuckets,
  disputeKinds,
  disputeRootCauses,
  disputeSeverities,
  disputeStatuses,
  openDisputeStatuses,
  type DisputeAgeBucket,
  type DisputeKind,
  type DisputeListInput,
  type DisputeRootCause,
  type DisputeSeverity,
  type DisputeStatus,
} from '../../../../shared/disputes';

export const disputeSorts = ['due', 'opened', 'severity', 'resolved'] as const;
export type DisputeSort = (typeof disputeSorts)[number];

export interface DisputeFilters {
  statuses: DisputeStatus[];
  kinds: DisputeKind[];
  severities: DisputeSeverity[];
  rootCauses: DisputeRootCause[];
  ownerId: string | null;
  unowned: boolean;
  partnerId: string | null;
  region: string | null;
  breached: boolean;
  ageBucket: DisputeAgeBucket | null;
  openedFrom: string | null;
  openedTo: string | null;
  resolvedFrom: string | null;
  resolvedTo: string | null;
  text: string;
  sort: DisputeSort;
  page: number;
}

export const settledStatuses: DisputeStatus[] = ['resolved', 'closed'];

/** The quick status choice above the list. */
export type StatusChoice = 'open' | 'settled' | 'all' | 'custom';

export function statusChoiceOf(statuses: readonly DisputeStatus[]): StatusChoice {
  if (statuses.length === 0) return 'all';
  const chosen = new Set(statuses);
  const same = (set: readonly DisputeStatus[]) =>
    set.length === chosen.size && set.every((s) => chosen.has(s));
  if (same(openDisputeStatuses)) return 'open';
  if (same(settledStatuses)) return 'settled';
  return 'custom';
}

export function statusesOfChoice(choice: Exclude<StatusChoice, 'custom'>): DisputeStatus[] {
  if (choice === 'open') return [...openDisputeStatuses];
  if (choice === 'settled') return [...settledStatuses];
  return [];
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const ulid = /^[0-9A-HJKMNP-TV-Z]{26}$/;

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  const values = (value ?? '').split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  return [...new Set(values)];
}

/**
 * The filters in an address. With no status in it the list shows open cases (what people come
 * for); `statuses=all` asks for every case.
 */
export function filtersFromParams(params: URLSearchParams): DisputeFilters {
  const matching = (name: string, pattern: RegExp) => {
    const value = params.get(name);
    return value && pattern.test(value) ? value : null;
  };
  const statusParam = params.get('statuses');
  const sort = params.get('sort');
  const ageBucket = params.get('ageBucket');
  const page = Number(params.get('page'));
  return {
    statuses:
      statusParam === null
        ? [...openDisputeStatuses]
        : statusParam === 'all'
          ? []
          : listOf(statusParam, disputeStatuses),
    kinds: listOf(params.get('kinds'), disputeKinds),
    severities: listOf(params.get('severities'), disputeSeverities),
    rootCauses: listOf(params.get('rootCauses'), disputeRootCauses),
    ownerId: matching('ownerId', ulid),
    unowned: params.get('unowned') === '1',
    partnerId: matching('partnerId', ulid),
    region: params.get('region')?.slice(0, 120) ?? null,
    breached: params.get('breached') === '1',
    ageBucket: (disputeAgeBuckets as readonly string[]).includes(ageBucket ?? '')
      ? (ageBucket as DisputeAgeBucket)
      : null,
    openedFrom: matching('openedFrom', isoDate),
    openedTo: matching('openedTo', isoDate),
    resolvedFrom: matching('resolvedFrom', isoDate),
    resolvedTo: matching('resolvedTo', isoDate),
    text: (params.get('text') ?? '').slice(0, 120),
    sort: (disputeSorts as readonly string[]).includes(sort ?? '') ? (sort as DisputeSort) : 'due',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function paramsFromFilters(filters: DisputeFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (statusChoiceOf(filters.statuses) === 'all') params.set('statuses', 'all');
  else if (statusChoiceOf(filters.statuses) !== 'open') params.set('statuses', filters.statuses.join(','));
  const lists = { kinds: filters.kinds, severities: filters.severities, rootCauses: filters.rootCauses };
  for (const [name, values] of Object.entries(lists)) if (values.length) params.set(name, values.join(','));
  if (filters.ownerId) params.set('ownerId', filters.ownerId);
  if (filters.unowned) params.set('unowned', '1');
  if (filters.partnerId) params.set('partnerId', filters.partnerId);
  if (filters.region !== null) params.set('region', filters.region);
  if (filters.breached) params.set('breached', '1');
  if (filters.ageBucket) params.set('ageBucket', filters.ageBucket);
  const dates = {
    openedFrom: filters.openedFrom,
    openedTo: filters.openedTo,
    resolvedFrom: filters.resolvedFrom,
    resolvedTo: filters.resolvedTo,
  };
  for (const [name, value] of Object.entries(dates)) if (value) params.set(name, value);
  if (filters.text.trim()) params.set('text', filters.text);
  if (filters.sort !== 'due') params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** An address of the list with these filters (everything else at its default). */
export function disputesHref(filters: Partial<DisputeFilters>): string {
  const params = paramsFromFilters({ ...filtersFromParams(new URLSearchParams()), ...filters });
  const query = params.toString();
  return query ? `/disputes?${query}` : '/disputes';
}

export const pageSize = 50;

export function listInputOf(filters: DisputeFilters): DisputeListInput {
  const { page, ...rest } = filters;
  return { ...rest, offset: (page - 1) * pageSize, limit: pageSize };
}

/** Whether anything narrows the list beyond the default "open cases, most urgent first". */
export function hasFilters(filters: DisputeFilters): boolean {
  return paramsFromFilters({ ...filters, page: 1, sort: 'due' }).toString() !== '';
}

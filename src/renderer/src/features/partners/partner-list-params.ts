// The partner list's search, filters and sort live in the URL (?q=…&region=…&tier=…&risk=…&sort=…),
// so going back from a partner page returns to the same list and a view can be reloaded as it was.
// The dashboard links here with the same filters its figures count: since-from / since-to /
// joined-by select the partners the retention rate lost (status changed in the window).
import { riskLevels, type RiskLevel } from '../../../../shared/loyalty';
import {
  partnerSortFields,
  partnerStatuses,
  partnerTypes,
  type PartnerSortField,
  type PartnerStatus,
  type PartnerType,
} from '../../../../shared/partners';

export interface PartnerListView {
  search: string;
  regions: string[];
  countries: string[];
  types: PartnerType[];
  statuses: PartnerStatus[];
  /** Owner ids; "none" means partners without an owner. */
  ownerIds: string[];
  tags: string[];
  /** Tier keys. */
  tiers: string[];
  riskLevels: RiskLevel[];
  statusSinceFrom: string | null;
  statusSinceTo: string | null;
  joinedBy: string | null;
  sort: PartnerSortField;
  direction: 'asc' | 'desc';
}

export const noOwnerFilterValue = 'none';

const listParams = {
  regions: 'region',
  countries: 'country',
  types: 'type',
  statuses: 'status',
  ownerIds: 'owner',
  tags: 'tag',
  tiers: 'tier',
  riskLevels: 'risk',
} as const;

const dayParams = {
  statusSinceFrom: 'since-from',
  statusSinceTo: 'since-to',
  joinedBy: 'joined-by',
} as const;
type DayFilterName = keyof typeof dayParams;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function dayParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value && isoDay.test(value) ? value : null;
}

export type PartnerListFilterName = keyof typeof listParams;

function oneOf<T extends string>(allowed: readonly T[], values: string[]): T[] {
  return values.filter((value): value is T => (allowed as readonly string[]).includes(value));
}

export function viewFromSearchParams(params: URLSearchParams): PartnerListView {
  const sort = params.get('sort') ?? '';
  return {
    search: params.get('q') ?? '',
    regions: params.getAll(listParams.regions),
    countries: params.getAll(listParams.countries),
    types: oneOf(partnerTypes, params.getAll(listParams.types)),
    statuses: oneOf(partnerStatuses, params.getAll(listParams.statuses)),
    ownerIds: params.getAll(listParams.ownerIds),
    tags: params.getAll(listParams.tags),
    tiers: params.getAll(listParams.tiers),
    riskLevels: oneOf(riskLevels, params.getAll(listParams.riskLevels)),
    statusSinceFrom: dayParam(params, dayParams.statusSinceFrom),
    statusSinceTo: dayParam(params, dayParams.statusSinceTo),
    joinedBy: dayParam(params, dayParams.joinedBy),
    sort: (partnerSortFields as readonly string[]).includes(sort) ? (sort as PartnerSortField) : 'name',
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** The URL form of a view; defaults are left out to keep links short. */
export function viewToSearchParams(view: PartnerListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search.trim()) params.set('q', view.search);
  for (const [field, name] of Object.entries(listParams) as [PartnerListFilterName, string][]) {
    for (const value of view[field]) params.append(name, value);
  }
  for (const [field, name] of Object.entries(dayParams) as [DayFilterName, string][]) {
    const value = view[field];
    if (value) params.set(name, value);
  }
  if (view.sort !== 'name') params.set('sort', view.sort);
  if (view.direction !== 'asc') params.set('dir', view.direction);
  return params;
}

export function hasActiveFilters(view: PartnerListView): boolean {
  return (
    view.search.trim() !== '' ||
    Object.keys(listParams).some((field) => view[field as PartnerListFilterName].length > 0) ||
    (Object.keys(dayParams) as DayFilterName[]).some((field) => view[field] !== null)
  );
}

/** The same view with search and filters cleared; the sort is kept. */
export function withoutFilters(view: PartnerListView): PartnerListView {
  return {
    ...view,
    search: '',
    regions: [],
    countries: [],
    types: [],
    statuses: [],
    ownerIds: [],
    tags: [],
    tiers: [],
    riskLevels: [],
    statusSinceFrom: null,
    statusSinceTo: null,
    joinedBy: null,
  };
}

/** Clicking a column header: the same column flips direction, another column sorts ascending. */
export function nextSort(
  view: PartnerListView,
  column: PartnerSortField,
): Pick<PartnerListView, 'sort' | 'direction'> {
  if (view.sort === column) return { sort: column, direction: view.direction === 'asc' ? 'desc' : 'asc' };
  return { sort: column, direction: 'asc' };
}

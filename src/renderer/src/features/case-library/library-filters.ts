// The case library's search in the address: text, kinds, rootCauses (comma lists), partnerId,
// region, page — so a search can be shared or opened from a partner's or a case's page.
import {
  disputeKinds,
  disputeRootCauses,
  type DisputeKind,
  type DisputeLibraryInput,
  type DisputeRootCause,
} from '../../../../shared/disputes';

export interface LibraryFilters {
  text: string;
  kinds: DisputeKind[];
  rootCauses: DisputeRootCause[];
  partnerId: string | null;
  region: string | null;
  page: number;
}

export const libraryPageSize = 20;

const ulid = /^[0-9A-HJKMNP-TV-Z]{26}$/;

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  return [
    ...new Set((value ?? '').split(',').filter((v): v is T => (allowed as readonly string[]).includes(v))),
  ];
}

export function libraryFiltersFromParams(params: URLSearchParams): LibraryFilters {
  const partnerId = params.get('partnerId');
  const page = Number(params.get('page'));
  return {
    text: (params.get('text') ?? '').slice(0, 120),
    kinds: listOf(params.get('kinds'), disputeKinds),
    rootCauses: listOf(params.get('rootCauses'), disputeRootCauses),
    partnerId: partnerId && ulid.test(partnerId) ? partnerId : null,
    region: params.get('region')?.slice(0, 120) || null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function paramsFromLibraryFilters(filters: LibraryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.text.trim()) params.set('text', filters.text);
  if (filters.kinds.length) params.set('kinds', filters.kinds.join(','));
  if (filters.rootCauses.length) params.set('rootCauses', filters.rootCauses.join(','));
  if (filters.partnerId) params.set('partnerId', filters.partnerId);
  if (filters.region) params.set('region', filters.region);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function libraryInputOf(filters: LibraryFilters): DisputeLibraryInput {
  const { page, ...rest } = filters;
  return { ...rest, offset: (page - 1) * libraryPageSize, limit: libraryPageSize };
}

export function hasLibraryFilters(filters: LibraryFilters): boolean {
  return paramsFromLibraryFilters({ ...filters, page: 1 }).toString() !== '';
}

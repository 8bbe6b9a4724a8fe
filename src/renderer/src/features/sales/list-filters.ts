// The filters of the sales and survey lists as they sit in the address, with the names the home
// dashboard links with: from, to (YYYY-MM), region and owner (repeatable; owner "none" for
// partners nobody owns), partner, import, category (surveys: promoter|passive|detractor), page.
import { npsCategories, type NpsCategory } from '../../../../shared/surveys';

export interface ListFilters {
  from: string | null;
  to: string | null;
  regions: string[];
  ownerIds: string[];
  partnerId: string | null;
  importId: string | null;
  categories: NpsCategory[];
  page: number;
}

const month = /^\d{4}-(0[1-9]|1[0-2])$/;
const id = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function filtersFromParams(params: URLSearchParams): ListFilters {
  const matching = (name: string, pattern: RegExp) => {
    const value = params.get(name);
    return value && pattern.test(value) ? value : null;
  };
  const page = Number(params.get('page'));
  const categories = params
    .getAll('category')
    .filter((value): value is NpsCategory => (npsCategories as readonly string[]).includes(value));
  return {
    from: matching('from', month),
    to: matching('to', month),
    regions: [...new Set(params.getAll('region'))],
    ownerIds: [...new Set(params.getAll('owner').filter((owner) => owner === 'none' || id.test(owner)))],
    partnerId: matching('partner', id),
    importId: matching('import', id),
    categories: npsCategories.filter((category) => categories.includes(category)),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function paramsFromFilters(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  for (const region of filters.regions) params.append('region', region);
  for (const owner of filters.ownerIds) params.append('owner', owner);
  if (filters.partnerId) params.set('partner', filters.partnerId);
  if (filters.importId) params.set('import', filters.importId);
  for (const category of filters.categories) params.append('category', category);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function hasFilters(filters: ListFilters): boolean {
  return paramsFromFilters({ ...filters, page: 1 }).toString() !== '';
}

export const pageSize = 50;

/** The filters every list input shares (surveys add the categories). */
export function listFilterInput(filters: ListFilters) {
  return {
    partnerId: filters.partnerId,
    from: filters.from,
    to: filters.to,
    regions: filters.regions,
    ownerIds: filters.ownerIds,
    importId: filters.importId,
    offset: (filters.page - 1) * pageSize,
    limit: pageSize,
  };
}

// The calendar's view, date and filters live in the URL (#/calendar?view=week&date=…&owner=…), so a
// reload or a shared link shows the same calendar. Pure: read and write URLSearchParams.
import { careEventKinds, type CareEventKind } from '../../../../shared/care';

export const calendarViews = ['month', 'week', 'agenda'] as const;
export type CalendarView = (typeof calendarViews)[number];

export interface CalendarFilter {
  ownerIds: string[];
  regions: string[];
  partnerId: string | null;
  kinds: CareEventKind[];
}

export interface CalendarParams extends CalendarFilter {
  view: CalendarView;
  /** Any day of the period shown (YYYY-MM-DD). */
  date: string;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const ulidPattern = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function paramsFromSearch(search: URLSearchParams, today: string): CalendarParams {
  const view = search.get('view');
  const date = search.get('date') ?? '';
  const partnerId = search.get('partner');
  return {
    view: (calendarViews as readonly string[]).includes(view ?? '') ? (view as CalendarView) : 'month',
    date: datePattern.test(date) && !Number.isNaN(Date.parse(date)) ? date : today,
    ownerIds: search.getAll('owner').filter((id) => ulidPattern.test(id)),
    regions: search.getAll('region'),
    partnerId: partnerId && ulidPattern.test(partnerId) ? partnerId : null,
    kinds: search
      .getAll('kind')
      .filter((kind): kind is CareEventKind => (careEventKinds as readonly string[]).includes(kind)),
  };
}

/** The URL form; the defaults (month view, today) are left out to keep links short. */
export function paramsToSearch(params: CalendarParams, today: string): URLSearchParams {
  const search = new URLSearchParams();
  if (params.view !== 'month') search.set('view', params.view);
  if (params.date !== today) search.set('date', params.date);
  for (const id of params.ownerIds) search.append('owner', id);
  for (const region of params.regions) search.append('region', region);
  if (params.partnerId) search.set('partner', params.partnerId);
  for (const kind of params.kinds) search.append('kind', kind);
  return search;
}

export function hasFilter(filter: CalendarFilter): boolean {
  return (
    filter.ownerIds.length > 0 ||
    filter.regions.length > 0 ||
    filter.partnerId !== null ||
    filter.kinds.length > 0
  );
}

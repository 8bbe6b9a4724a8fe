import { describe, expect, it } from 'vitest';
import {
  hasActiveFilters,
  nextSort,
  viewFromSearchParams,
  viewToSearchParams,
  withoutFilters,
} from '../../../src/renderer/src/features/partners/partner-list-params';

describe('partner list view in the URL', () => {
  it('reads defaults from an empty query', () => {
    const view = viewFromSearchParams(new URLSearchParams());
    expect(view).toMatchObject({ search: '', regions: [], sort: 'name', direction: 'asc' });
    expect(hasActiveFilters(view)).toBe(false);
    expect(viewToSearchParams(view).toString()).toBe('');
  });

  it('round-trips search, repeated filters and sort', () => {
    const params = new URLSearchParams(
      'q=maju&region=Selangor&region=Johor&type=dealer&status=active&owner=none&tag=VIP&country=MY&sort=city&dir=desc',
    );
    const view = viewFromSearchParams(params);
    expect(view.regions).toEqual(['Selangor', 'Johor']);
    expect(view.ownerIds).toEqual(['none']);
    expect(view.sort).toBe('city');
    expect(view.direction).toBe('desc');
    expect(viewFromSearchParams(viewToSearchParams(view))).toEqual(view);
    expect(hasActiveFilters(view)).toBe(true);
  });

  it('drops values the contract would reject', () => {
    const view = viewFromSearchParams(
      new URLSearchParams('type=spaceship&status=paused&sort=drop table&dir=sideways'),
    );
    expect(view.types).toEqual([]);
    expect(view.statuses).toEqual(['paused']);
    expect(view.sort).toBe('name');
    expect(view.direction).toBe('asc');
  });

  it('clears filters but keeps the sort', () => {
    const view = viewFromSearchParams(new URLSearchParams('q=x&tag=a&sort=city'));
    const cleared = withoutFilters(view);
    expect(hasActiveFilters(cleared)).toBe(false);
    expect(cleared.sort).toBe('city');
  });

  it('flips direction on the same column and starts ascending on another', () => {
    const view = viewFromSearchParams(new URLSearchParams('sort=city'));
    expect(nextSort(view, 'city')).toEqual({ sort: 'city', direction: 'desc' });
    expect(nextSort({ ...view, direction: 'desc' }, 'city')).toEqual({ sort: 'city', direction: 'asc' });
    expect(nextSort({ ...view, direction: 'desc' }, 'name')).toEqual({ sort: 'name', direction: 'asc' });
  });
});

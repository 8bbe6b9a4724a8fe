import { describe, expect, it } from 'vitest';
import {
  disputesHref,
  filtersFromParams,
  hasFilters,
  listInputOf,
  paramsFromFilters,
  statusChoiceOf,
} from '../../../src/renderer/src/features/disputes/dispute-filters';

const owner = '01JD0000000000000000000001';

describe('disputes list filters in the address', () => {
  it('shows open cases by default and every case for statuses=all', () => {
    const plain = filtersFromParams(new URLSearchParams());
    expect(statusChoiceOf(plain.statuses)).toBe('open');
    expect(hasFilters(plain)).toBe(false);
    expect(filtersFromParams(new URLSearchParams('statuses=all')).statuses).toEqual([]);
    expect(statusChoiceOf(filtersFromParams(new URLSearchParams('statuses=closed,resolved')).statuses)).toBe(
      'settled',
    );
  });

  it('reads back every filter it writes', () => {
    const href = disputesHref({
      statuses: ['escalated'],
      kinds: ['price', 'service'],
      severities: ['critical'],
      rootCauses: ['logistics'],
      ownerId: owner,
      region: '',
      breached: true,
      ageBucket: '31-90',
      openedFrom: '2026-08-01',
      openedTo: '2026-10-31',
      resolvedFrom: '2026-09-01',
      resolvedTo: '2026-09-30',
      text: 'stock',
      sort: 'severity',
      page: 3,
    });
    const filters = filtersFromParams(new URLSearchParams(href.split('?')[1]));
    expect(filters).toMatchObject({
      statuses: ['escalated'],
      kinds: ['price', 'service'],
      ownerId: owner,
      region: '',
      breached: true,
      ageBucket: '31-90',
      resolvedTo: '2026-09-30',
      text: 'stock',
      sort: 'severity',
      page: 3,
    });
    expect(paramsFromFilters(filters).toString()).toBe(href.split('?')[1]);
    expect(listInputOf(filters)).toMatchObject({ offset: 100, limit: 50, region: '' });
  });

  it('drops values that are not valid instead of failing the list', () => {
    const filters = filtersFromParams(
      new URLSearchParams(
        'kinds=price,nonsense&ownerId=robert&openedFrom=yesterday&ageBucket=old&sort=x&page=-2',
      ),
    );
    expect(filters).toMatchObject({
      kinds: ['price'],
      ownerId: null,
      openedFrom: null,
      ageBucket: null,
      sort: 'due',
      page: 1,
    });
    expect(filtersFromParams(new URLSearchParams()).region).toBeNull();
  });
});

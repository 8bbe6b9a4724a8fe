import { describe, expect, it } from 'vitest';
import {
  lastDays,
  openCasesHref,
  openedCasesHref,
  paramsFromScope,
  resolvedCasesHref,
  retentionHref,
  scopeFromParams,
} from '../../../src/renderer/src/features/case-reports/report-links';
import { filtersFromParams } from '../../../src/renderer/src/features/disputes/dispute-filters';
import { filtersFromParams as retentionFilters } from '../../../src/renderer/src/features/retention/retention-filters';

const scope = { from: '2026-08-27', to: '2026-11-24', region: null, ownerId: null };
const owner = '01JD0000000000000000000001';

function disputeFiltersOf(href: string) {
  expect(href.startsWith('/disputes')).toBe(true);
  return filtersFromParams(new URLSearchParams(href.split('?')[1] ?? ''));
}

describe('report links', () => {
  it('defaults to the last 90 days, today included', () => {
    expect(lastDays('2026-11-24', 90)).toEqual({ from: '2026-08-27', to: '2026-11-24' });
    expect(scopeFromParams(new URLSearchParams(), '2026-11-24')).toEqual(scope);
    expect(paramsFromScope(scope, '2026-11-24').toString()).toBe('');
    const custom = { ...scope, from: '2026-01-01', region: '', ownerId: owner };
    expect(scopeFromParams(paramsFromScope(custom, '2026-11-24'), '2026-11-24')).toEqual(custom);
  });

  it('opens the open cases of a kind, an age, an owner or nobody, in the report’s scope', () => {
    const inNorth = { ...scope, region: 'Northern' };
    expect(disputeFiltersOf(openCasesHref(inNorth, { kind: 'price' }))).toMatchObject({
      statuses: ['open', 'investigating', 'resolution-proposed', 'escalated'],
      kinds: ['price'],
      region: 'Northern',
    });
    expect(disputeFiltersOf(openCasesHref(scope, { ageBucket: '31-90' })).ageBucket).toBe('31-90');
    expect(disputeFiltersOf(openCasesHref(scope, { owner }))).toMatchObject({
      ownerId: owner,
      unowned: false,
    });
    expect(disputeFiltersOf(openCasesHref({ ...scope, ownerId: owner }, { owner: '' }))).toMatchObject({
      ownerId: null,
      unowned: true,
    });
  });

  it('opens the cases resolved, or opened and breached, in the period', () => {
    expect(disputeFiltersOf(resolvedCasesHref(scope))).toMatchObject({
      statuses: [],
      resolvedFrom: '2026-08-27',
      resolvedTo: '2026-11-24',
      sort: 'resolved',
    });
    expect(disputeFiltersOf(openedCasesHref(scope, '', true))).toMatchObject({
      statuses: [],
      openedFrom: '2026-08-27',
      openedTo: '2026-11-24',
      region: '',
      breached: true,
    });
  });

  it('opens the retention list with the names it reads', () => {
    const pb = '0000000000000000000000PB01';
    const read = (href: string) => retentionFilters(new URLSearchParams(href.split('?')[1]));
    expect(read(retentionHref(scope, { outcomes: ['retained'], playbookId: pb }))).toMatchObject({
      outcomes: ['retained'],
      playbookId: pb,
      outcomeFrom: '2026-08-27',
      outcomeTo: '2026-11-24',
    });
    expect(read(retentionHref(scope, { outcomes: ['retained', 'churned'], playbookId: '' }))).toMatchObject({
      withoutPlaybook: true,
      playbookId: null,
    });
    expect(read(retentionHref(scope, { outcomes: ['open'], region: 'Johor' }))).toMatchObject({
      outcomes: ['open'],
      region: 'Johor',
      outcomeFrom: null,
    });
  });
});

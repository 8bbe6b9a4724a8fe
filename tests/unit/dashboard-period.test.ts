// The dashboard's period presets, its address form, and where each figure links.
import { describe, expect, it } from 'vitest';
import {
  churnedHref,
  disputeHrefs,
  partnersHref,
  salesHref,
  surveysHref,
} from '../../src/renderer/src/features/dashboard/dashboard-links';
import {
  paramsFromView,
  presetMonths,
  viewFromParams,
  withPreset,
} from '../../src/renderer/src/features/dashboard/dashboard-period';
import { viewFromSearchParams } from '../../src/renderer/src/features/partners/partner-list-params';

const today = '2026-03-10';

describe('period presets', () => {
  it('turns each preset into the months it covers, this month included', () => {
    expect(presetMonths('last3', today)).toEqual({ from: '2026-01', to: '2026-03' });
    expect(presetMonths('last6', today)).toEqual({ from: '2025-10', to: '2026-03' });
    expect(presetMonths('last12', today)).toEqual({ from: '2025-04', to: '2026-03' });
    expect(presetMonths('thisYear', today)).toEqual({ from: '2026-01', to: '2026-03' });
  });

  it('opens on the last 12 months and keeps the default out of the address', () => {
    const view = viewFromParams(new URLSearchParams(), today);
    expect(view).toEqual({ preset: 'last12', from: '2025-04', to: '2026-03', regions: [], ownerIds: [] });
    expect(paramsFromView(view).toString()).toBe('');
  });

  it('round-trips a custom range with regions and owners through the address', () => {
    const view = {
      preset: 'custom' as const,
      from: '2025-02',
      to: '2025-07',
      regions: ['North', ''],
      ownerIds: ['none'],
    };
    expect(viewFromParams(paramsFromView(view), today)).toEqual(view);
  });

  it('swaps a backwards custom range and falls back to the default on garbage', () => {
    expect(viewFromParams(new URLSearchParams('period=custom&from=2026-02&to=2025-11'), today)).toMatchObject(
      {
        from: '2025-11',
        to: '2026-02',
      },
    );
    expect(viewFromParams(new URLSearchParams('period=custom&from=2026-13&to=x'), today)).toMatchObject({
      preset: 'last12',
    });
    expect(viewFromParams(new URLSearchParams('period=forever'), today).preset).toBe('last12');
  });

  it('keeps the months shown when switching to custom', () => {
    const view = viewFromParams(new URLSearchParams('period=last3'), today);
    expect(withPreset(view, 'custom', today)).toMatchObject({
      preset: 'custom',
      from: '2026-01',
      to: '2026-03',
    });
  });
});

describe('figure links', () => {
  const scope = { regions: ['North'], ownerIds: ['01J0000000000000000000000A', 'none'] };
  const period = { from: '2026-01', to: '2026-03' };

  it('opens the partner list with the filters the figure counts', () => {
    const href = partnersHref(scope, { risk: ['at-risk', 'critical'] });
    const view = viewFromSearchParams(new URLSearchParams(href.split('?')[1]));
    expect(view).toMatchObject({
      statuses: ['active'],
      riskLevels: ['at-risk', 'critical'],
      regions: ['North'],
      ownerIds: scope.ownerIds,
    });
    const churned = viewFromSearchParams(
      new URLSearchParams(churnedHref(scope, { windowStart: '2025-03-10', today }).split('?')[1]),
    );
    expect(churned).toMatchObject({
      statuses: ['churned'],
      statusSinceFrom: '2025-03-10',
      statusSinceTo: today,
      joinedBy: '2025-03-10',
    });
  });

  it('opens sales and surveys of the period, a region, a month or a category', () => {
    expect(salesHref(scope, period)).toBe(
      '/sales?from=2026-01&to=2026-03&region=North&owner=01J0000000000000000000000A&owner=none',
    );
    expect(salesHref({ regions: [], ownerIds: [] }, period, { region: 'South' })).toBe(
      '/sales?from=2026-01&to=2026-03&region=South',
    );
    expect(
      surveysHref({ regions: [], ownerIds: [] }, period, { category: 'detractor', month: '2026-02' }),
    ).toBe('/surveys?from=2026-02&to=2026-02&category=detractor');
  });

  it('opens one disputes list per region × owner of the selection', () => {
    const links = disputeHrefs(scope, period, 'breached');
    expect(links.map((link) => link.href)).toEqual([
      '/disputes?ownerId=01J0000000000000000000000A&region=North&breached=1',
      '/disputes?unowned=1&region=North&breached=1',
    ]);
    expect(disputeHrefs({ regions: [], ownerIds: [] }, period, 'opened')[0]?.href).toBe(
      '/disputes?statuses=all&openedFrom=2026-01-01&openedTo=2026-03-31',
    );
  });
});

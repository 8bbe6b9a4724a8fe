// The dashboard's period: presets (last 3, 6 or 12 months including this one, this year) or a
// custom range of months, and how the home screen's address keeps it with the region and owner
// choice (?period=…&from=…&to=…&region=…&owner=…). Pure.
import { addMonths, monthOf } from '../../../../shared/periods';

export const periodPresets = ['last3', 'last6', 'last12', 'thisYear', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

export const defaultPreset: Exclude<PeriodPreset, 'custom'> = 'last12';

export interface DashboardView {
  preset: PeriodPreset;
  from: string;
  to: string;
  regions: string[];
  ownerIds: string[];
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The months a preset covers on `today` (both ends included). */
export function presetMonths(
  preset: Exclude<PeriodPreset, 'custom'>,
  today: string,
): { from: string; to: string } {
  const to = monthOf(today);
  switch (preset) {
    case 'last3':
      return { from: addMonths(to, -2), to };
    case 'last6':
      return { from: addMonths(to, -5), to };
    case 'last12':
      return { from: addMonths(to, -11), to };
    case 'thisYear':
      return { from: `${to.slice(0, 4)}-01`, to };
  }
}

export function viewFromParams(params: URLSearchParams, today: string): DashboardView {
  const requested = params.get('period');
  const preset = (periodPresets as readonly string[]).includes(requested ?? '')
    ? (requested as PeriodPreset)
    : defaultPreset;
  const scope = { regions: params.getAll('region'), ownerIds: params.getAll('owner') };
  if (preset === 'custom') {
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    if (monthPattern.test(from) && monthPattern.test(to)) {
      return from <= to ? { preset, from, to, ...scope } : { preset, from: to, to: from, ...scope };
    }
    return { preset: defaultPreset, ...presetMonths(defaultPreset, today), ...scope };
  }
  return { preset, ...presetMonths(preset, today), ...scope };
}

/** The address form; the default period is left out to keep links short. */
export function paramsFromView(view: DashboardView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.preset !== defaultPreset) params.set('period', view.preset);
  if (view.preset === 'custom') {
    params.set('from', view.from);
    params.set('to', view.to);
  }
  for (const region of view.regions) params.append('region', region);
  for (const owner of view.ownerIds) params.append('owner', owner);
  return params;
}

/** Switching presets recomputes the months; "custom" starts from the months shown. */
export function withPreset(view: DashboardView, preset: PeriodPreset, today: string): DashboardView {
  return preset === 'custom' ? { ...view, preset } : { ...view, preset, ...presetMonths(preset, today) };
}

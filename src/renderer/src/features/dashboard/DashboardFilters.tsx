// The dashboard's period (presets or a custom month range), regions and owners.
import { Group, MultiSelect, SegmentedControl, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';
import { periodPresets, withPreset, type DashboardView, type PeriodPreset } from './dashboard-period';

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface DashboardFiltersProps {
  view: DashboardView;
  today: string;
  onChange: (view: DashboardView) => void;
}

export function DashboardFilters({ view, today, onChange }: DashboardFiltersProps) {
  const { t } = useTranslation();
  const facets = useCoreQuery('partners.facets', {});
  const owners = useCoreQuery('owners.list', {});
  const regions = [
    ...(facets.data?.regions ?? []).map((region) => ({ value: region, label: region })),
    { value: '', label: t('dashboard.noRegion') },
  ];
  const ownerOptions = [
    ...(owners.data ?? []).map((owner) => ({ value: owner.id, label: owner.name })),
    { value: 'none', label: t('dashboard.noOwner') },
  ];
  const setMonth = (field: 'from' | 'to', value: string) => {
    if (!monthPattern.test(value)) return;
    const next = { ...view, preset: 'custom' as const, [field]: value };
    onChange(next.from <= next.to ? next : { ...next, from: next.to, to: next.from });
  };
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-export-hide>
      <SegmentedControl
        aria-label={t('dashboard.filters.period')}
        value={view.preset}
        onChange={(preset) => onChange(withPreset(view, preset as PeriodPreset, today))}
        data={periodPresets.map((preset) => ({ value: preset, label: t(`dashboard.presets.${preset}`) }))}
      />
      {view.preset === 'custom' ? (
        <Group gap="xs" wrap="nowrap">
          <TextInput
            type="month"
            label={t('dashboard.filters.from')}
            value={view.from}
            max={today.slice(0, 7)}
            onChange={(event) => setMonth('from', event.currentTarget.value)}
            w={150}
          />
          <TextInput
            type="month"
            label={t('dashboard.filters.to')}
            value={view.to}
            onChange={(event) => setMonth('to', event.currentTarget.value)}
            w={150}
          />
        </Group>
      ) : null}
      <MultiSelect
        label={t('dashboard.filters.regions')}
        placeholder={view.regions.length ? undefined : t('dashboard.filters.allRegions')}
        data={regions.map((option) => ({ ...option, value: option.value || '\u0000' }))}
        value={view.regions.map((region) => region || '\u0000')}
        onChange={(values) =>
          onChange({ ...view, regions: values.map((value) => (value === '\u0000' ? '' : value)) })
        }
        searchable
        clearable
        w={220}
        styles={{ inputField: { minWidth: 24 } }}
      />
      <MultiSelect
        label={t('dashboard.filters.owners')}
        placeholder={view.ownerIds.length ? undefined : t('dashboard.filters.allOwners')}
        data={ownerOptions}
        value={view.ownerIds}
        onChange={(ownerIds) => onChange({ ...view, ownerIds })}
        searchable
        clearable
        w={220}
        styles={{ inputField: { minWidth: 24 } }}
      />
    </Group>
  );
}

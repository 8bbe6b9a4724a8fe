// Search and filter controls of the partner list; choices come from the data (facets, owners).
import { Button, Group, MultiSelect, Pill } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { riskLevels } from '../../../../shared/loyalty';
import { partnerStatuses, partnerTypes } from '../../../../shared/partners';
import { calendarDate } from '../../i18n/date-format';
import { useTiers } from '../dashboard/use-tier-names';
import { useCoreQuery } from '../../api/core-queries';
import { DebouncedSearchInput } from '../../components/DebouncedSearchInput';
import { countryName } from '../../i18n/display-names';
import {
  hasActiveFilters,
  noOwnerFilterValue,
  withoutFilters,
  type PartnerListFilterName,
  type PartnerListView,
} from './partner-list-params';

export interface PartnerFiltersProps {
  view: PartnerListView;
  /** False while the list's empty state offers its own "Clear filters" button. */
  showClear: boolean;
  onChange: (view: PartnerListView, options?: { replace?: boolean }) => void;
}

export function PartnerFilters({ view, showClear, onChange }: PartnerFiltersProps) {
  const { t, i18n } = useTranslation();
  const facets = useCoreQuery('partners.facets', {});
  const owners = useCoreQuery('owners.list', {});
  const locale = i18n.language;
  const { tiers } = useTiers();

  const options = useMemo(
    () => ({
      regions: facets.data?.regions ?? [],
      countries: (facets.data?.countries ?? []).map((code) => ({
        value: code,
        label: countryName(code, locale),
      })),
      types: partnerTypes.map((type) => ({ value: type, label: t(`partnerType.${type}`) })),
      statuses: partnerStatuses.map((status) => ({ value: status, label: t(`partnerStatus.${status}`) })),
      ownerIds: [
        { value: noOwnerFilterValue, label: t('partners.filters.noOwner') },
        ...(owners.data ?? []).map((owner) => ({ value: owner.id, label: owner.name })),
      ],
      tags: facets.data?.tags ?? [],
      tiers: tiers.map((tier) => ({ value: tier.key, label: tier.name })),
      riskLevels: riskLevels.map((level) => ({ value: level, label: t(`loyalty.riskLevel.${level}`) })),
    }),
    [facets.data, owners.data, locale, t, tiers],
  );

  const filter = (name: PartnerListFilterName, label: string) => (
    <MultiSelect
      key={name}
      label={label}
      placeholder={view[name].length === 0 ? t('partners.filters.any') : undefined}
      data={options[name]}
      value={view[name]}
      onChange={(value) => onChange({ ...view, [name]: value })}
      searchable
      clearable
      w={220}
      maxDropdownHeight={280}
      // A narrower typing area keeps a chosen value and the cursor on one line.
      styles={{ inputField: { minWidth: 24 } }}
      nothingFoundMessage={t('partners.filters.nothingFound')}
    />
  );

  return (
    <Group align="flex-start" gap="sm">
      <DebouncedSearchInput
        w={260}
        label={t('partners.search.label')}
        placeholder={t('partners.search.placeholder')}
        value={view.search}
        onChange={(search) => onChange({ ...view, search }, { replace: true })}
      />
      {filter('regions', t('partners.filters.region'))}
      {filter('countries', t('partners.filters.country'))}
      {filter('types', t('partners.filters.type'))}
      {filter('statuses', t('partners.filters.status'))}
      {filter('ownerIds', t('partners.filters.owner'))}
      {filter('tags', t('partners.filters.tags'))}
      {filter('tiers', t('dashboard.partnerFilters.tier'))}
      {filter('riskLevels', t('dashboard.partnerFilters.risk'))}
      {view.statusSinceFrom || view.statusSinceTo || view.joinedBy ? (
        <Pill
          mt={30}
          size="md"
          withRemoveButton
          removeButtonProps={{ 'aria-label': t('dashboard.partnerFilters.removeWindow') }}
          onRemove={() => onChange({ ...view, statusSinceFrom: null, statusSinceTo: null, joinedBy: null })}
        >
          {t('dashboard.partnerFilters.window', {
            from: view.statusSinceFrom ? calendarDate(view.statusSinceFrom, locale) : '…',
            to: view.statusSinceTo ? calendarDate(view.statusSinceTo, locale) : '…',
          })}
          {view.joinedBy
            ? ` · ${t('dashboard.partnerFilters.joinedBy', { date: calendarDate(view.joinedBy, locale) })}`
            : ''}
        </Pill>
      ) : null}
      {showClear && hasActiveFilters(view) ? (
        <Button
          mt={25}
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => onChange(withoutFilters(view))}
        >
          {t('partners.filters.clear')}
        </Button>
      ) : null}
    </Group>
  );
}

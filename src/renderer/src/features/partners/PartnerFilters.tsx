// Search and filter controls of the partner list; choices come from the data (facets, owners).
import { Button, Group, MultiSelect } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerStatuses, partnerTypes } from '../../../../shared/partners';
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
    }),
    [facets.data, owners.data, locale, t],
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

// The filter card of the sales and survey lists: months, regions, owners (with "no owner"), one
// partner, and whatever the list adds (the NPS categories). Every change lands in the address.
import { Badge, Button, Card, Group, MultiSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';
import { PartnerSelect } from '../calendar/PartnerSelect';
import { useOwnerOptions } from '../retention/use-owner-options';
import { hasFilters, type ListFilters } from './list-filters';

export interface ListFilterBarProps {
  label: string;
  filters: ListFilters;
  onChange: (next: Partial<ListFilters>) => void;
  onClear: () => void;
  children?: ReactNode;
}

export function ListFilterBar({ label, filters, onChange, onClear, children }: ListFilterBarProps) {
  const { t } = useTranslation();
  const owners = useOwnerOptions();
  const facets = useCoreQuery('partners.facets', {});
  const regions = (facets.data?.regions ?? []).filter((region) => region !== '');
  return (
    <Card withBorder padding="md" component="section" aria-label={label}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: children ? 3 : 5 }} spacing="sm" verticalSpacing="sm">
        <TextInput
          type="month"
          label={t('sales.filters.from')}
          value={filters.from ?? ''}
          onChange={(event) => onChange({ from: event.currentTarget.value || null })}
        />
        <TextInput
          type="month"
          label={t('sales.filters.to')}
          value={filters.to ?? ''}
          onChange={(event) => onChange({ to: event.currentTarget.value || null })}
        />
        <MultiSelect
          label={t('sales.filters.region')}
          placeholder={filters.regions.length ? undefined : t('filters.any')}
          data={[...new Set([...regions, ...filters.regions])]}
          value={filters.regions}
          onChange={(chosen) => onChange({ regions: chosen })}
          clearable
          searchable
        />
        <MultiSelect
          label={t('sales.filters.owner')}
          placeholder={filters.ownerIds.length ? undefined : t('filters.any')}
          data={[{ value: 'none', label: t('sales.filters.noOwner') }, ...owners.options]}
          value={filters.ownerIds}
          onChange={(chosen) => onChange({ ownerIds: chosen })}
          clearable
          searchable
        />
        <PartnerSelect
          label={t('sales.filters.partner')}
          placeholder={t('filters.any')}
          value={filters.partnerId}
          onChange={(partnerId) => onChange({ partnerId })}
        />
        {children}
      </SimpleGrid>
      {hasFilters(filters) ? (
        <Group justify="space-between" mt="sm">
          {filters.importId ? (
            <Badge variant="light" color="grape" tt="none">
              {t('sales.filters.fromImport')}
            </Badge>
          ) : (
            <span />
          )}
          <Button size="xs" variant="subtle" onClick={onClear}>
            {t('sales.filters.clear')}
          </Button>
        </Group>
      ) : null}
    </Card>
  );
}

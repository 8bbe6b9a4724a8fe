// The calendar's filters: owners, regions, one partner and kinds. They live in the URL (see
// calendar-params.ts); the export uses the same filter.
import { Button, Group, MultiSelect } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { careEventKinds, type CareEventKind } from '../../../../shared/care';
import { useCoreQuery } from '../../api/core-queries';
import { hasFilter, type CalendarFilter } from './calendar-params';
import { PartnerSelect } from './PartnerSelect';

export interface CalendarFiltersProps {
  filter: CalendarFilter;
  onChange: (filter: Partial<CalendarFilter>) => void;
}

export function CalendarFilters({ filter, onChange }: CalendarFiltersProps) {
  const { t } = useTranslation();
  const owners = useCoreQuery('owners.list', {});
  const facets = useCoreQuery('partners.facets', {});
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <MultiSelect
        label={t('calendar.filters.owner')}
        placeholder={filter.ownerIds.length ? undefined : t('calendar.filters.anyOwner')}
        data={(owners.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        value={filter.ownerIds}
        onChange={(ownerIds) => onChange({ ownerIds })}
        searchable
        clearable
        w={200}
      />
      <MultiSelect
        label={t('calendar.filters.region')}
        placeholder={filter.regions.length ? undefined : t('calendar.filters.anyRegion')}
        data={facets.data?.regions ?? []}
        value={filter.regions}
        onChange={(regions) => onChange({ regions })}
        searchable
        clearable
        w={200}
      />
      <PartnerSelect
        label={t('calendar.filters.partner')}
        placeholder={t('calendar.filters.anyPartner')}
        value={filter.partnerId}
        onChange={(partnerId) => onChange({ partnerId })}
        w={220}
      />
      <MultiSelect
        label={t('calendar.filters.kind')}
        placeholder={filter.kinds.length ? undefined : t('calendar.filters.anyKind')}
        data={careEventKinds.map((kind) => ({ value: kind, label: t(`calendar.kinds.${kind}`) }))}
        value={filter.kinds}
        onChange={(kinds) => onChange({ kinds: kinds as CareEventKind[] })}
        clearable
        w={240}
      />
      {hasFilter(filter) ? (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => onChange({ ownerIds: [], regions: [], partnerId: null, kinds: [] })}
        >
          {t('calendar.filters.clear')}
        </Button>
      ) : null}
    </Group>
  );
}

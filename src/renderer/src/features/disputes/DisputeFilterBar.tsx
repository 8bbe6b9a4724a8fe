// The disputes list's filter bar: the quick Open / Settled / All choice, words, and every filter
// the reports link with. Values come from and go to the address (see dispute-filters.ts).
import { ChoiceFilter } from '../../components/ChoiceFilter/ChoiceFilter';
import {
  Button,
  Card,
  Checkbox,
  Collapse,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  disputeAgeBuckets,
  disputeKinds,
  disputeRootCauses,
  disputeSeverities,
  disputeStatuses,
  type DisputeAgeBucket,
  type DisputeStatus,
} from '../../../../shared/disputes';
import { useCoreQuery } from '../../api/core-queries';
import { useOwnerOptions } from '../retention/use-owner-options';
import {
  disputeSorts,
  hasFilters,
  statusChoiceOf,
  statusesOfChoice,
  type DisputeFilters,
  type DisputeSort,
} from './dispute-filters';

/** The owner filter's choice for cases nobody owns. */
const nobodyValue = 'nobody';
/** The region filter's choice for partners without a region. */
const noRegionValue = '\u0000none';

export interface DisputeFilterBarProps {
  filters: DisputeFilters;
  onChange: (next: Partial<DisputeFilters>) => void;
  onClear: () => void;
}

export function DisputeFilterBar({ filters, onChange, onClear }: DisputeFilterBarProps) {
  const { t } = useTranslation();
  const owners = useOwnerOptions();
  const facets = useCoreQuery('partners.facets', {});
  const [text, setText] = useState(filters.text);
  const commitText = useDebouncedCallback((value: string) => onChange({ text: value }), 300);
  const choice = statusChoiceOf(filters.statuses);
  const quickLabels = {
    open: t('caseReports.list.openStatuses'),
    settled: t('caseReports.list.settledStatuses'),
    all: t('caseReports.list.any'),
  };
  // The less used filters fold away, and stay open while one of them is set.
  const moreInUse =
    choice === 'custom' ||
    filters.rootCauses.length > 0 ||
    filters.ageBucket !== null ||
    filters.breached ||
    [filters.openedFrom, filters.openedTo, filters.resolvedFrom, filters.resolvedTo].some((d) => d !== null);
  const [moreOpen, setMoreOpen] = useState(false);
  const showMore = moreOpen || moreInUse;
  const sortLabels: Record<DisputeSort, string> = {
    due: t('caseReports.list.sortDue'),
    opened: t('caseReports.list.sortOpened'),
    severity: t('caseReports.list.sortSeverity'),
    resolved: t('caseReports.list.sortResolved'),
  };
  const regions = (facets.data?.regions ?? []).filter((region) => region !== '');

  return (
    <Card withBorder padding="md" component="section" aria-label={t('caseReports.list.filters')}>
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap" align="flex-end">
          <SegmentedControl
            aria-label={t('caseReports.list.quickStatus')}
            value={choice === 'custom' ? '' : choice}
            onChange={(value) =>
              onChange({ statuses: statusesOfChoice(value as 'open' | 'settled' | 'all') })
            }
            data={[
              { value: 'open', label: t('caseReports.list.open') },
              { value: 'settled', label: t('caseReports.list.settled') },
              { value: 'all', label: t('caseReports.list.all') },
            ]}
          />
          <TextInput
            style={{ flex: 1, minWidth: 220 }}
            aria-label={t('caseReports.list.search')}
            placeholder={t('caseReports.list.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              commitText(event.currentTarget.value);
            }}
          />
          <Select
            w={180}
            label={t('caseReports.list.sort')}
            data={disputeSorts.map((sort) => ({ value: sort, label: sortLabels[sort] }))}
            value={filters.sort}
            onChange={(sort) => onChange({ sort: (sort as DisputeSort | null) ?? 'due' })}
            allowDeselect={false}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="sm">
          <ChoiceFilter
            label={t('caseReports.list.kinds')}
            values={disputeKinds}
            labelOf={(value) => t(`disputes.kind.${value}`)}
            selected={filters.kinds}
            onChange={(kinds) => onChange({ kinds })}
          />
          <ChoiceFilter
            label={t('caseReports.list.severities')}
            values={disputeSeverities}
            labelOf={(value) => t(`disputes.severity.${value}`)}
            selected={filters.severities}
            onChange={(severities) => onChange({ severities })}
          />
          <Select
            label={t('caseReports.list.owner')}
            placeholder={t('caseReports.list.anyone')}
            data={[{ value: nobodyValue, label: t('caseReports.list.nobody') }, ...owners.options]}
            value={filters.unowned ? nobodyValue : filters.ownerId}
            onChange={(value) =>
              onChange({
                ownerId: value && value !== nobodyValue ? value : null,
                unowned: value === nobodyValue,
              })
            }
            clearable
            searchable
          />
          <Select
            label={t('caseReports.list.region')}
            placeholder={t('caseReports.list.any')}
            data={[
              ...regions,
              ...(filters.region !== null && filters.region !== '' && !regions.includes(filters.region)
                ? [filters.region]
                : []),
              { value: noRegionValue, label: t('caseReports.list.noRegion') },
            ]}
            value={filters.region === '' ? noRegionValue : filters.region}
            onChange={(region) => onChange({ region: region === noRegionValue ? '' : region })}
            clearable
            searchable
          />
        </SimpleGrid>
        <Collapse expanded={showMore}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="sm">
            <MultiSelect
              label={t('caseReports.list.statuses')}
              // The quick choice above stands for its statuses; pills only for a choice of one's own.
              placeholder={choice === 'custom' ? undefined : quickLabels[choice]}
              data={disputeStatuses.map((status) => ({
                value: status,
                label: t(`disputes.status.${status}`),
              }))}
              value={choice === 'custom' ? filters.statuses : []}
              onChange={(statuses) => onChange({ statuses: statuses as DisputeStatus[] })}
              clearable
            />
            <ChoiceFilter
              label={t('caseReports.list.rootCauses')}
              values={disputeRootCauses}
              labelOf={(value) => t(`disputes.rootCause.${value}`)}
              selected={filters.rootCauses}
              onChange={(rootCauses) => onChange({ rootCauses })}
              searchable
            />
            <Select
              label={t('caseReports.list.ageBucket')}
              placeholder={t('caseReports.list.any')}
              data={disputeAgeBuckets.map((bucket) => ({
                value: bucket,
                label: t(`caseReports.ageBucket.${bucket}`),
              }))}
              value={filters.ageBucket}
              onChange={(ageBucket) => onChange({ ageBucket: ageBucket as DisputeAgeBucket | null })}
              clearable
            />
            <Checkbox
              mt={{ base: 0, lg: 30 }}
              label={t('caseReports.list.breachedOnly')}
              checked={filters.breached}
              onChange={(event) => onChange({ breached: event.currentTarget.checked })}
            />
            <TextInput
              type="date"
              label={t('caseReports.list.openedFrom')}
              value={filters.openedFrom ?? ''}
              onChange={(event) => onChange({ openedFrom: event.currentTarget.value || null })}
            />
            <TextInput
              type="date"
              label={t('caseReports.list.openedTo')}
              value={filters.openedTo ?? ''}
              onChange={(event) => onChange({ openedTo: event.currentTarget.value || null })}
            />
            <TextInput
              type="date"
              label={t('caseReports.list.resolvedFrom')}
              value={filters.resolvedFrom ?? ''}
              onChange={(event) => onChange({ resolvedFrom: event.currentTarget.value || null })}
            />
            <TextInput
              type="date"
              label={t('caseReports.list.resolvedTo')}
              value={filters.resolvedTo ?? ''}
              onChange={(event) => onChange({ resolvedTo: event.currentTarget.value || null })}
            />
          </SimpleGrid>
        </Collapse>
        <Group justify="space-between">
          <Button
            size="xs"
            variant="subtle"
            onClick={() => setMoreOpen((open) => !open)}
            aria-expanded={showMore}
            disabled={moreInUse}
          >
            {showMore ? t('caseReports.list.fewerFilters') : t('caseReports.list.moreFilters')}
          </Button>
          {hasFilters(filters) ? (
            <Button
              size="xs"
              variant="subtle"
              onClick={() => {
                setText('');
                onClear();
              }}
            >
              {t('caseReports.list.clearFilters')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

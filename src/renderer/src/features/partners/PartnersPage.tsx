// The partner list: search, filters, sortable and choosable columns, and a virtualized table
// that pages through any number of partners.
import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useLocalStorage } from '@mantine/hooks';
import { IconPlus, IconUpload } from '@tabler/icons-react';
import { ExportMenu } from '../data-export/ExportMenu';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { PartnerListItem } from '../../../../shared/partners';
import { PagedTable } from '../../components/PagedTable';
import { ColumnChooser } from './ColumnChooser';
import { NoMatchingPartners } from './NoMatchingPartners';
import {
  defaultPartnerColumns,
  parseColumnChoice,
  partnerColumnsStorageKey,
  type PartnerColumnId,
} from './partner-column-choice';
import { columnOfSortField, partnerColumns, sortFieldOfColumn } from './partner-columns';
import {
  hasActiveFilters,
  nextSort,
  viewFromSearchParams,
  viewToSearchParams,
  withoutFilters,
  type PartnerListView,
} from './partner-list-params';
import { PartnerFilters } from './PartnerFilters';
import { PartnerFormModal } from './PartnerFormModal';
import { useTiers } from '../dashboard/use-tier-names';

export function PartnersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => viewFromSearchParams(searchParams), [searchParams]);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [adding, addModal] = useDisclosure(false);
  const [columnIds, setColumnIds] = useLocalStorage<PartnerColumnId[]>({
    key: partnerColumnsStorageKey,
    defaultValue: defaultPartnerColumns,
    getInitialValueInEffect: false,
    serialize: JSON.stringify,
    deserialize: (stored) => parseColumnChoice(stored ?? null),
  });

  const { sort, direction } = view;

  const setView = useCallback(
    (next: PartnerListView, options?: { replace?: boolean }) =>
      setSearchParams(viewToSearchParams(next), options),
    [setSearchParams],
  );
  const openPartner = useCallback((row: PartnerListItem) => void navigate(`/partners/${row.id}`), [navigate]);
  const { nameOf: tierName } = useTiers();
  const columns = useMemo(
    () => partnerColumns(columnIds, t, i18n.language, tierName),
    [columnIds, t, i18n.language, tierName],
  );
  const sortColumn = columnOfSortField(sort);

  return (
    <Stack h="100%" gap="md">
      <Group justify="space-between" align="center">
        <Group align="baseline" gap="sm">
          <Title order={1} size="h2">
            {t('partners.title')}
          </Title>
          <Text c="dimmed" size="sm" data-testid="partner-count" aria-live="polite">
            {total === undefined ? '' : t('partners.count', { count: total })}
          </Text>
        </Group>
        <Group gap="sm">
          <ColumnChooser columns={columnIds} onChange={setColumnIds} />
          <Button
            variant="default"
            leftSection={<IconUpload size={16} aria-hidden />}
            onClick={() => void navigate('/import/partners')}
          >
            {t('dataImport.openPartners')}
          </Button>
          <ExportMenu request={{ view: 'partners', filters: view }} disabled={total === 0} />
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={addModal.open}>
            {t('partners.add')}
          </Button>
        </Group>
      </Group>
      <PartnerFilters view={view} showClear={total !== 0} onChange={setView} />
      <Box flex={1} mih={240}>
        <PagedTable
          procedure="partners.list"
          filter={view}
          onTotalChange={setTotal}
          errorTitle={t('partners.loadFailed')}
          label={t('partners.tableLabel')}
          columns={columns}
          rowKey={(row) => row.id}
          onRowClick={openPartner}
          sort={sortColumn ? { column: sortColumn, direction } : undefined}
          onSortChange={(column) => {
            const field = sortFieldOfColumn[column as PartnerColumnId];
            if (field) setView({ ...view, ...nextSort(view, field) });
          }}
          resetScrollKey={searchParams.toString()}
          empty={
            <NoMatchingPartners
              filtered={hasActiveFilters(view)}
              onClearFilters={() => setView(withoutFilters(view))}
              onAdd={addModal.open}
            />
          }
        />
      </Box>
      <PartnerFormModal
        opened={adding}
        onClose={addModal.close}
        onSaved={(result) => navigate(`/partners/${result.id}`)}
      />
    </Stack>
  );
}

// The disputes list: filters in the address (report figures link here), SLA time left or overdue
// with breached cases tinted, paging, CSV export of everything matching, and "Log a case".
import { ListPageHeader } from '../../components/ListPageHeader/ListPageHeader';
import { ExportMenu } from '../data-export/ExportMenu';
import { Button, EmptyState, Skeleton, Stack } from '@mantine/core';
import { IconBooks, IconChartBar, IconPlus, IconScale } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCoreQuery } from '../../api/core-queries';
import { ListPagination } from '../../components/ListPagination';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { DisputeFilterBar } from './DisputeFilterBar';
import { DisputeFormModal } from './DisputeFormModal';
import { DisputeTable } from './DisputeTable';
import {
  filtersFromParams,
  hasFilters,
  listInputOf,
  pageSize,
  paramsFromFilters,
  type DisputeFilters,
} from './dispute-filters';

export function DisputesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const input = listInputOf(filters);
  const cases = useCoreQuery('disputes.list', input, { placeholderData: (previous) => previous });
  const nothingOpen = cases.data?.total === 0 && !hasFilters(filters);
  // Only asked when no open case is left: are there settled ones, or none at all yet?
  const anyCase = useCoreQuery('disputes.list', { statuses: [], limit: 1 }, { enabled: nothingOpen });
  const [logging, setLogging] = useState(false);
  const change = (next: Partial<DisputeFilters>) =>
    setParams(paramsFromFilters({ ...filters, page: 1, ...next }), { replace: true });

  const total = cases.data?.total ?? 0;
  return (
    <Stack gap="lg">
      <ListPageHeader
        title={t('caseReports.list.title')}
        count={cases.data ? t('caseReports.list.count', { count: total }) : null}
        countTestId="disputes-count"
      >
        <Button
          component={Link}
          to="/disputes/library"
          variant="default"
          leftSection={<IconBooks size={16} aria-hidden />}
        >
          {t('caseReports.list.library')}
        </Button>
        <Button
          component={Link}
          to="/reports"
          variant="default"
          leftSection={<IconChartBar size={16} aria-hidden />}
        >
          {t('caseReports.list.reports')}
        </Button>
        <ExportMenu request={{ view: 'disputes', filters: input }} disabled={total === 0} />
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setLogging(true)}>
          {t('caseReports.list.logCase')}
        </Button>
      </ListPageHeader>
      <DisputeFilterBar
        filters={filters}
        onChange={change}
        onClear={() => setParams(new URLSearchParams(), { replace: true })}
      />
      {cases.error ? (
        <QueryErrorAlert
          error={cases.error}
          onRetry={() => void cases.refetch()}
          title={t('caseReports.list.loadFailed')}
        />
      ) : !cases.data ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('caseReports.list.tableLabel')}>
          <Skeleton height={36} />
          <Skeleton height={56} />
          <Skeleton height={56} />
          <Skeleton height={56} />
        </Stack>
      ) : cases.data.rows.length === 0 ? (
        <EmptyState
          mt="md"
          icon={<IconScale size={28} aria-hidden />}
          withIndicatorBackground
          title={
            !nothingOpen
              ? t('caseReports.list.noneMatching')
              : anyCase.data?.total
                ? t('caseReports.list.emptyOpen')
                : t('caseReports.list.empty')
          }
          description={
            !nothingOpen
              ? t('caseReports.list.noneMatchingBody')
              : anyCase.data?.total
                ? t('caseReports.list.emptyOpenBody')
                : t('caseReports.list.emptyBody')
          }
        />
      ) : (
        <>
          <DisputeTable rows={cases.data.rows} />
          <ListPagination
            total={total}
            pageSize={pageSize}
            page={filters.page}
            onChange={(page) => setParams(paramsFromFilters({ ...filters, page }), { replace: true })}
            label={t('caseReports.list.pages')}
          />
        </>
      )}
      <DisputeFormModal
        opened={logging}
        onClose={() => setLogging(false)}
        onCreated={(id) => {
          setLogging(false);
          void navigate(`/disputes/${id}`);
        }}
      />
    </Stack>
  );
}

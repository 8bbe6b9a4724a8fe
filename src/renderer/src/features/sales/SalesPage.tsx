// Sales records: the list with filters (kept in the address, so the dashboard links here),
// totals over every matching month, entry by hand, import and CSV export.
import { Anchor, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconFileImport, IconPlus, IconReportMoney } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { SalesListInput, SalesRecord } from '../../../../shared/sales';
import { useCoreQuery } from '../../api/core-queries';
import { ExportMenu } from '../data-export/ExportMenu';
import { ListPageHeader } from '../../components/ListPageHeader/ListPageHeader';
import { ListPagination } from '../../components/ListPagination';
import { ListStates } from '../../components/ListStates/ListStates';
import { SortableTh, sortByColumn, type ColumnSort } from '../../components/SortableTh';
import { localToday } from '../visit-notes/local-day';
import { ListFilterBar } from './ListFilterBar';
import {
  filtersFromParams,
  hasFilters,
  listFilterInput,
  pageSize,
  paramsFromFilters,
  type ListFilters,
} from './list-filters';
import { SalesRecordModal, type SalesMonthDraft } from './SalesRecordModal';
import { SalesRowActions, useDeleteSalesMonth } from './SalesRowActions';
import { SalesTotals } from './SalesTotals';
import { formatMinor, monthLabel } from './sales-money';

type Sort = NonNullable<SalesListInput['sort']>;

export function SalesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const [sort, setSort] = useState<ColumnSort<Sort>>({
    sort: 'period',
    direction: 'desc',
  });
  const input = { ...listFilterInput(filters), ...sort };
  const sales = useCoreQuery('sales.list', input, { placeholderData: (previous) => previous });
  const [draft, setDraft] = useState<SalesMonthDraft | null>(null);
  const change = (next: Partial<ListFilters>) =>
    setParams(paramsFromFilters({ ...filters, page: 1, ...next }), { replace: true });
  const total = sales.data?.total ?? 0;

  return (
    <Stack gap="lg">
      <ListPageHeader
        title={t('sales.list.title')}
        count={sales.data ? t('sales.list.count', { count: total }) : null}
        countTestId="sales-count"
      >
        <Button
          variant="default"
          leftSection={<IconFileImport size={16} aria-hidden />}
          onClick={() => void navigate('/import/sales')}
        >
          {t('sales.list.import')}
        </Button>
        <ExportMenu request={{ view: 'sales', filters: input }} disabled={total === 0} />
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setDraft({ partnerId: filters.partnerId, period: localToday().slice(0, 7) })}
        >
          {t('sales.list.add')}
        </Button>
      </ListPageHeader>
      <Text size="sm" c="dimmed" mt={-8}>
        {sales.data ? t('sales.list.currencyNote', { currency: sales.data.currency }) : '\u00a0'}
      </Text>
      <ListFilterBar
        label={t('sales.list.filters')}
        filters={filters}
        onChange={change}
        onClear={() => setParams(new URLSearchParams(), { replace: true })}
      />
      <SalesTotals totals={sales.data} />
      <ListStates
        error={sales.error}
        loaded={sales.data !== undefined}
        onRetry={() => void sales.refetch()}
        rowCount={sales.data?.rows.length ?? 0}
        filtered={hasFilters(filters)}
        icon={<IconReportMoney size={28} aria-hidden />}
        labels={{
          list: t('sales.list.title'),
          loadFailed: t('sales.list.loadFailed'),
          noneMatching: t('sales.list.noneMatching'),
          noneMatchingBody: t('sales.list.noneMatchingBody'),
          empty: t('sales.list.empty'),
          emptyBody: t('sales.list.emptyBody'),
        }}
        emptyActions={
          <>
            <Button variant="default" onClick={() => void navigate('/import/sales')}>
              {t('sales.list.import')}
            </Button>
            <Button onClick={() => setDraft({ partnerId: null, period: localToday().slice(0, 7) })}>
              {t('sales.list.add')}
            </Button>
          </>
        }
      >
        <SalesTable
          rows={sales.data?.rows ?? []}
          sort={sort}
          onSort={(field) => setSort((current) => sortByColumn(current, field))}
          onEdit={(row) =>
            setDraft({
              partnerId: row.partnerId,
              period: row.period,
              existing: {
                revenueMinor: row.revenueMinor,
                units: row.units,
                orders: row.orders,
                note: row.note,
                currency: row.currency,
              },
            })
          }
        />
        <ListPagination
          total={total}
          pageSize={pageSize}
          page={filters.page}
          onChange={(page) => setParams(paramsFromFilters({ ...filters, page }), { replace: true })}
          label={t('sales.list.pages')}
        />
      </ListStates>
      <SalesRecordModal draft={draft} onClose={() => setDraft(null)} />
    </Stack>
  );
}

function SalesTable({
  rows,
  sort,
  onSort,
  onEdit,
}: {
  rows: SalesRecord[];
  sort: ColumnSort<Sort>;
  onSort: (field: Sort) => void;
  onEdit: (row: SalesRecord) => void;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const deleteMonth = useDeleteSalesMonth();
  const header = (field: Sort, label: string, numeric = false) => (
    <SortableTh field={field} label={label} sort={sort} onSort={onSort} numeric={numeric} />
  );
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label={t('sales.list.tableLabel')} verticalSpacing="xs" highlightOnHover striped>
        <Table.Thead>
          <Table.Tr>
            {header('period', t('sales.fields.period'))}
            {header('partnerName', t('sales.fields.partner'))}
            <Table.Th>{t('sales.fields.region')}</Table.Th>
            {header('revenueMinor', t('sales.fields.revenue'), true)}
            {header('units', t('sales.fields.units'), true)}
            {header('orders', t('sales.fields.orders'), true)}
            <Table.Th>{t('sales.fields.note')}</Table.Th>
            <Table.Th w={80}>
              <VisuallyHidden>{t('sales.list.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-testid="sales-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{monthLabel(row.period, i18n.language)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/partners/${row.partnerId}`} size="sm" fw={500}>
                  {row.partnerName}
                </Anchor>
              </Table.Td>
              <Table.Td>{row.region}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMinor(row.revenueMinor, row.currency, i18n.language)}
              </Table.Td>
              <Table.Td ta="right">{number.format(row.units)}</Table.Td>
              <Table.Td ta="right">{number.format(row.orders)}</Table.Td>
              <Table.Td maw={240}>
                <Text size="sm" lineClamp={1} title={row.note}>
                  {row.note}
                </Text>
              </Table.Td>
              <Table.Td>
                <SalesRowActions
                  label={t('sales.list.rowLabel', {
                    partner: row.partnerName,
                    month: monthLabel(row.period, i18n.language, 'long'),
                  })}
                  onEdit={() => onEdit(row)}
                  onDelete={() => void deleteMonth(row.id, row.partnerName, row.period)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

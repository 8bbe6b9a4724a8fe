// The claims list with its filters, totals and counts per status: all programs on /claims, one
// program on its page (the program filter is then fixed). Rows open the claim; a flag marks an
// invoice number also claimed by another partner.
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconFlag, IconPaperclip, IconReceipt } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarDate } from '../../i18n/date-format';
import { Link } from 'react-router';
import {
  claimStatuses,
  type ClaimListInput,
  type ClaimRow,
  type ClaimStatus,
} from '../../../../shared/claims';
import { useCoreQuery } from '../../api/core-queries';
import { DebouncedSearchInput } from '../../components/DebouncedSearchInput';
import { ListPagination } from '../../components/ListPagination';
import { ListStates } from '../../components/ListStates/ListStates';
import { ExportMenu } from '../data-export/ExportMenu';
import { SortableTh, sortByColumn, type ColumnSort } from '../../components/SortableTh';
import { formatMinor } from '../sales/sales-money';
import { ClaimStatusBadge, claimStatusColors } from './claim-status';

type Sort = NonNullable<ClaimListInput['sort']>;
const pageSize = 50;

interface Filters {
  programId: string | null;
  status: ClaimStatus | null;
  from: string;
  to: string;
  search: string;
  flaggedOnly: boolean;
}

const noFilters: Filters = {
  programId: null,
  status: null,
  from: '',
  to: '',
  search: '',
  flaggedOnly: false,
};

export interface ClaimsListProps {
  /** A program's own list: its filter is fixed and its column hidden. */
  programId?: string;
  /** Buttons offered when there are no claims yet. */
  emptyActions: ReactNode;
  /** Only the claims of one import (the import page links here). */
  importId?: string | null;
  /**
   * The page's header, given the number of matching claims once known and the Export menu (every
   * claim the filters select, in the list's order).
   */
  header?: (total: number | null, exportMenu: ReactNode) => ReactNode;
}

export function ClaimsList({ programId, importId = null, emptyActions, header }: ClaimsListProps) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<ColumnSort<Sort>>({
    sort: 'createdAt',
    direction: 'desc',
  });
  const programs = useCoreQuery('programs.list', {}, { enabled: programId === undefined });
  const chosenProgram = programId ?? filters.programId;
  const validDate = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
  const input: ClaimListInput = {
    programId: chosenProgram,
    statuses: filters.status ? [filters.status] : [],
    from: validDate(filters.from),
    to: validDate(filters.to),
    search: filters.search,
    flaggedOnly: filters.flaggedOnly,
    importId,
    ...sort,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  };
  const claims = useCoreQuery('claims.list', input, { placeholderData: (previous) => previous });
  const data = claims.data;
  const change = (next: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...next }));
    setPage(1);
  };
  const filtered = JSON.stringify(filters) !== JSON.stringify(noFilters) || importId !== null;
  const currencies = new Set((data?.rows ?? []).map((row) => row.currency));
  const currency =
    chosenProgram !== null
      ? (programs.data?.find((p) => p.id === chosenProgram)?.currency ?? data?.rows[0]?.currency ?? null)
      : currencies.size === 1 && data && data.total === data.rows.length
        ? [...currencies][0]!
        : null;

  return (
    <Stack gap="md">
      {header?.(
        data ? data.total : null,
        <ExportMenu request={{ view: 'claims', filters: { ...input, offset: 0 } }} disabled={!data?.total} />,
      )}
      <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t('claims.list.filters')}>
        <DebouncedSearchInput
          label={t('claims.list.search')}
          placeholder={t('claims.list.search')}
          value={filters.search}
          onChange={(search) => change({ search })}
          w={240}
        />
        {programId === undefined ? (
          <Select
            label={t('claims.fields.program')}
            placeholder={t('claims.list.allPrograms')}
            data={(programs.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={filters.programId}
            onChange={(value) => change({ programId: value })}
            clearable
            searchable
            w={220}
          />
        ) : null}
        <Select
          label={t('claims.list.statusFilter')}
          placeholder={t('claims.list.allStatuses')}
          data={claimStatuses.map((status) => ({ value: status, label: t(`claims.status.${status}`) }))}
          value={filters.status}
          onChange={(value) => change({ status: value as ClaimStatus | null })}
          clearable
          w={160}
        />
        <TextInput
          type="date"
          label={t('claims.list.from')}
          value={filters.from}
          onChange={(event) => change({ from: event.currentTarget.value })}
          w={160}
        />
        <TextInput
          type="date"
          label={t('claims.list.to')}
          value={filters.to}
          onChange={(event) => change({ to: event.currentTarget.value })}
          w={160}
        />
        <Checkbox
          mb={8}
          label={t('claims.list.flaggedOnly')}
          checked={filters.flaggedOnly}
          onChange={(event) => change({ flaggedOnly: event.currentTarget.checked })}
        />
        {filtered ? (
          <Button variant="subtle" mb={2} onClick={() => change(noFilters)}>
            {t('claims.list.clear')}
          </Button>
        ) : null}
      </Group>
      {data && Object.values(data.byStatus).some((count) => count > 0) ? (
        <Paper withBorder p="sm" radius="md">
          <Group justify="space-between" wrap="wrap">
            <Group gap="xs" aria-label={t('claims.fields.status')} role="group">
              {claimStatuses.map((status) => (
                <Badge
                  key={status}
                  variant={filters.status === status ? 'filled' : 'light'}
                  color={claimStatusColors[status]}
                  component="button"
                  type="button"
                  style={{ cursor: 'pointer' }}
                  onClick={() => change({ status: filters.status === status ? null : status })}
                  data-testid={`claims-count-${status}`}
                >
                  {t(`claims.status.${status}`)}: {data.byStatus[status]}
                </Badge>
              ))}
            </Group>
            <Text size="sm" data-testid="claims-total">
              {currency ? (
                <>
                  {t('claims.list.totals')}:{' '}
                  <Text span fw={700}>
                    {formatMinor(data.totalMinor, currency, i18n.language)}
                  </Text>
                </>
              ) : (
                <Text span c="dimmed" size="sm">
                  {t('claims.list.totalsMixed')}
                </Text>
              )}
            </Text>
          </Group>
        </Paper>
      ) : null}
      <ListStates
        error={claims.error}
        loaded={data !== undefined}
        onRetry={() => void claims.refetch()}
        rowCount={data?.rows.length ?? 0}
        filtered={filtered}
        icon={<IconReceipt size={28} aria-hidden />}
        labels={{
          list: t('claims.list.tableLabel'),
          loadFailed: t('claims.list.loadFailed'),
          noneMatching: t('claims.list.noneMatching'),
          noneMatchingBody: t('claims.list.noneMatchingBody'),
          empty: t('claims.list.empty'),
          emptyBody: t('claims.list.emptyBody'),
        }}
        emptyActions={emptyActions}
      >
        <ClaimsTable
          rows={data?.rows ?? []}
          showProgram={programId === undefined}
          sort={sort}
          onSort={(field) => setSort((current) => sortByColumn(current, field))}
        />
        <ListPagination
          total={data?.total ?? 0}
          pageSize={pageSize}
          page={page}
          onChange={setPage}
          label={t('claims.list.pages')}
        />
      </ListStates>
    </Stack>
  );
}

function ClaimsTable({
  rows,
  showProgram,
  sort,
  onSort,
}: {
  rows: ClaimRow[];
  showProgram: boolean;
  sort: ColumnSort<Sort>;
  onSort: (field: Sort) => void;
}) {
  const { t, i18n } = useTranslation();
  const header = (field: Sort, label: string, numeric = false) => (
    <SortableTh field={field} label={label} sort={sort} onSort={onSort} numeric={numeric} />
  );
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label={t('claims.list.tableLabel')} verticalSpacing="xs" highlightOnHover striped>
        <Table.Thead>
          <Table.Tr>
            {header('invoiceDate', t('claims.fields.invoiceDate'))}
            <Table.Th>{t('claims.fields.invoiceNumber')}</Table.Th>
            {header('partnerName', t('claims.fields.partner'))}
            {showProgram ? <Table.Th>{t('claims.fields.program')}</Table.Th> : null}
            <Table.Th style={{ textAlign: 'right' }}>{t('claims.fields.lines')}</Table.Th>
            {header('totalMinor', t('claims.fields.total'), true)}
            <Table.Th>{t('claims.fields.status')}</Table.Th>
            {header('createdAt', t('claims.fields.created'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-testid="claim-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {calendarDate(row.invoiceDate, i18n.language)}
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Anchor component={Link} to={`/claims/${row.id}`} size="sm" fw={600}>
                    {row.invoiceNumber}
                  </Anchor>
                  {row.flagged ? (
                    <Tooltip label={t('claims.list.flagged')}>
                      <IconFlag
                        size={16}
                        color="var(--mantine-color-orange-6)"
                        aria-label={t('claims.list.flagged')}
                        role="img"
                      />
                    </Tooltip>
                  ) : null}
                  {row.attachments > 0 ? (
                    <Tooltip label={t('claims.list.attachmentCount', { count: row.attachments })}>
                      <IconPaperclip
                        size={14}
                        color="var(--mantine-color-dimmed)"
                        aria-label={t('claims.list.attachmentCount', { count: row.attachments })}
                        role="img"
                      />
                    </Tooltip>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/partners/${row.partnerId}`} size="sm">
                  {row.partnerName}
                </Anchor>
              </Table.Td>
              {showProgram ? (
                <Table.Td>
                  <Anchor component={Link} to={`/programs/${row.programId}`} size="sm" c="dimmed">
                    {row.programName}
                  </Anchor>
                </Table.Td>
              ) : null}
              <Table.Td ta="right">{row.lines}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMinor(row.totalMinor, row.currency, i18n.language)}
              </Table.Td>
              <Table.Td>
                <ClaimStatusBadge status={row.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" c="dimmed">
                  {new Date(row.createdAt).toLocaleDateString(i18n.language)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

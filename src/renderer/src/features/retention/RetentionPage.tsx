// Retention cases: partners at risk, their actions and outcomes, filtered by the address (the
// reports page links here with the same filters), exported as CSV, with the way to the playbooks.
import { ChoiceFilter } from '../../components/ChoiceFilter/ChoiceFilter';
import { ListPageHeader } from '../../components/ListPageHeader/ListPageHeader';
import { ExportMenu } from '../data-export/ExportMenu';
import {
  Anchor,
  Button,
  Card,
  EmptyState,
  Group,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconBook, IconLifebuoy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { retentionOutcomes } from '../../../../shared/retention';
import { useCoreQuery } from '../../api/core-queries';
import { ListPagination } from '../../components/ListPagination';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { OutcomeBadge } from './OutcomeBadge';
import {
  filtersFromParams,
  hasFilters,
  listInputOf,
  pageSize,
  paramsFromFilters,
  type RetentionFilters,
} from './retention-filters';
import { useOwnerOptions } from './use-owner-options';

/** The playbook filter's choice for cases no playbook was run on. */
const withoutPlaybookValue = 'without';

export function RetentionPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const input = listInputOf(filters);
  const cases = useCoreQuery('retentionCases.list', input, { placeholderData: (previous) => previous });
  const owners = useOwnerOptions();
  const facets = useCoreQuery('partners.facets', {});
  const playbooks = useCoreQuery('playbooks.list', {});
  const change = (next: Partial<RetentionFilters>) =>
    setParams(paramsFromFilters({ ...filters, page: 1, ...next }), { replace: true });

  const total = cases.data?.total ?? 0;
  const playbookValue = filters.withoutPlaybook ? withoutPlaybookValue : filters.playbookId;
  return (
    <Stack gap="lg">
      <ListPageHeader
        title={t('retention.list.title')}
        count={cases.data ? t('retention.list.count', { count: total }) : null}
        countTestId="retention-count"
      >
        <Button
          component={Link}
          to="/retention/playbooks"
          variant="default"
          leftSection={<IconBook size={16} aria-hidden />}
        >
          {t('retention.list.playbooks')}
        </Button>
        <ExportMenu request={{ view: 'retention', filters: input }} disabled={total === 0} />
      </ListPageHeader>
      <Card withBorder padding="md" component="section" aria-label={t('retention.list.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="sm">
          <ChoiceFilter
            label={t('retention.fields.outcome')}
            values={retentionOutcomes}
            labelOf={(value) => t(`retention.outcome.${value}`)}
            selected={filters.outcomes}
            onChange={(outcomes) => change({ outcomes })}
          />
          <Select
            label={t('retention.fields.owner')}
            placeholder={t('retention.list.anyone')}
            data={owners.options}
            value={filters.ownerId}
            onChange={(ownerId) => change({ ownerId })}
            clearable
            searchable
          />
          <Select
            label={t('retention.fields.region')}
            placeholder={t('retention.list.any')}
            data={(facets.data?.regions ?? []).filter((region) => region !== '')}
            value={filters.region}
            onChange={(region) => change({ region })}
            clearable
            searchable
          />
          <Select
            label={t('retention.fields.playbook')}
            placeholder={t('retention.list.any')}
            data={[
              { value: withoutPlaybookValue, label: t('retention.noPlaybook') },
              ...(playbooks.data ?? []).map((playbook) => ({ value: playbook.id, label: playbook.name })),
            ]}
            value={playbookValue}
            onChange={(value) =>
              change({
                playbookId: value && value !== withoutPlaybookValue ? value : null,
                withoutPlaybook: value === withoutPlaybookValue,
              })
            }
            clearable
            searchable
          />
          <TextInput
            type="date"
            label={t('retention.list.outcomeFrom')}
            value={filters.outcomeFrom ?? ''}
            onChange={(event) => change({ outcomeFrom: event.currentTarget.value || null })}
          />
          <TextInput
            type="date"
            label={t('retention.list.outcomeTo')}
            value={filters.outcomeTo ?? ''}
            onChange={(event) => change({ outcomeTo: event.currentTarget.value || null })}
          />
        </SimpleGrid>
        {hasFilters(filters) ? (
          <Group justify="flex-end" mt="sm">
            <Button
              size="xs"
              variant="subtle"
              onClick={() => setParams(new URLSearchParams(), { replace: true })}
            >
              {t('retention.list.clearFilters')}
            </Button>
          </Group>
        ) : null}
      </Card>
      {cases.error ? (
        <QueryErrorAlert
          error={cases.error}
          onRetry={() => void cases.refetch()}
          title={t('retention.list.loadFailed')}
        />
      ) : !cases.data ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('retention.list.title')}>
          <Skeleton height={36} />
          <Skeleton height={52} />
          <Skeleton height={52} />
          <Skeleton height={52} />
        </Stack>
      ) : cases.data.rows.length === 0 ? (
        <EmptyState
          mt="md"
          icon={<IconLifebuoy size={28} aria-hidden />}
          withIndicatorBackground
          title={hasFilters(filters) ? t('retention.list.noneMatching') : t('retention.list.empty')}
          description={
            hasFilters(filters) ? t('retention.list.noneMatchingBody') : t('retention.list.emptyBody')
          }
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={960}>
            <Table aria-label={t('retention.list.tableLabel')} verticalSpacing="sm" highlightOnHover striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('retention.fields.partner')}</Table.Th>
                  <Table.Th>{t('retention.fields.situation')}</Table.Th>
                  <Table.Th>{t('retention.fields.reason')}</Table.Th>
                  <Table.Th>{t('retention.fields.openedOn')}</Table.Th>
                  <Table.Th>{t('retention.fields.owner')}</Table.Th>
                  <Table.Th>{t('retention.list.actions')}</Table.Th>
                  <Table.Th>{t('retention.fields.outcome')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cases.data.rows.map((row) => (
                  <Table.Tr key={row.id} data-testid="retention-case-row">
                    <Table.Td>
                      <Stack gap={2}>
                        <Anchor component={Link} to={`/partners/${row.partnerId}`} size="sm" fw={500}>
                          {row.partnerName}
                        </Anchor>
                        {row.region ? (
                          <Text size="xs" c="dimmed">
                            {row.region}
                          </Text>
                        ) : null}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/retention/${row.id}`} size="sm">
                        {t(`retention.situation.${row.situation}`)}
                      </Anchor>
                      {row.playbookName ? (
                        <Text size="xs" c="dimmed">
                          {row.playbookName}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td maw={320}>
                      <Text size="sm" lineClamp={2} title={row.reason}>
                        {row.reason}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {calendarDate(row.openedOn, i18n.language)}
                    </Table.Td>
                    <Table.Td>{row.ownerName ?? t('retention.noOwner')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {t('retention.list.actionCounts', { done: row.actionsDone, open: row.actionsOpen })}
                    </Table.Td>
                    <Table.Td>
                      <OutcomeBadge outcome={row.outcome} on={row.outcomeOn} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination
            total={total}
            pageSize={pageSize}
            page={filters.page}
            onChange={(page) => setParams(paramsFromFilters({ ...filters, page }), { replace: true })}
            label={t('retention.list.pages')}
          />
        </>
      )}
    </Stack>
  );
}

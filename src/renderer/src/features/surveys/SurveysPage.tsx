// Survey answers: the list with filters in the address (the dashboard links here with the same
// names), the NPS, its promoter/passive/detractor counts and the average satisfaction over every
// matching answer; entry by hand, import and CSV export.
import { Anchor, Button, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconFileImport, IconMoodSmile, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { npsCategories, type SurveyListInput } from '../../../../shared/surveys';
import { useCoreQuery } from '../../api/core-queries';
import { ChoiceFilter } from '../../components/ChoiceFilter/ChoiceFilter';
import { ExportMenu } from '../data-export/ExportMenu';
import { ListPageHeader } from '../../components/ListPageHeader/ListPageHeader';
import { ListPagination } from '../../components/ListPagination';
import { ListStates } from '../../components/ListStates/ListStates';
import { calendarDate } from '../../i18n/date-format';
import { ListFilterBar } from '../sales/ListFilterBar';
import {
  filtersFromParams,
  hasFilters,
  listFilterInput,
  pageSize,
  paramsFromFilters,
  type ListFilters,
} from '../sales/list-filters';
import { NpsCategoryBadge } from './NpsCategoryBadge';
import { NpsSummary } from './NpsSummary';
import { SurveyAnswerModal, type SurveyAnswerDraft } from './SurveyAnswerModal';
import { SurveyRowActions } from './SurveyRowActions';

export function SurveysPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const input: SurveyListInput = { ...listFilterInput(filters), categories: filters.categories };
  const answers = useCoreQuery('surveys.list', input, { placeholderData: (previous) => previous });
  const [draft, setDraft] = useState<SurveyAnswerDraft | null>(null);
  const change = (next: Partial<ListFilters>) =>
    setParams(paramsFromFilters({ ...filters, page: 1, ...next }), { replace: true });
  const total = answers.data?.total ?? 0;

  return (
    <Stack gap="lg">
      <ListPageHeader
        title={t('surveys.list.title')}
        count={answers.data ? t('surveys.list.count', { count: total }) : null}
        countTestId="surveys-count"
      >
        <Button
          variant="default"
          leftSection={<IconFileImport size={16} aria-hidden />}
          onClick={() => void navigate('/import/surveys')}
        >
          {t('surveys.list.import')}
        </Button>
        <ExportMenu request={{ view: 'surveys', filters: input }} disabled={total === 0} />
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setDraft({ partnerId: filters.partnerId })}
        >
          {t('surveys.list.add')}
        </Button>
      </ListPageHeader>
      <ListFilterBar
        label={t('surveys.list.filters')}
        filters={filters}
        onChange={change}
        onClear={() => setParams(new URLSearchParams(), { replace: true })}
      >
        <ChoiceFilter
          label={t('surveys.fields.category')}
          values={npsCategories}
          labelOf={(category) => t(`surveys.category.${category}`)}
          selected={filters.categories}
          onChange={(categories) => change({ categories })}
        />
      </ListFilterBar>
      {answers.data ? (
        <NpsSummary
          nps={answers.data.nps}
          tally={answers.data.tally}
          satisfactionAverage={answers.data.satisfactionAverage}
          answers={answers.data.total}
        />
      ) : (
        <Skeleton height={96} radius="md" />
      )}
      <ListStates
        error={answers.error}
        loaded={answers.data !== undefined}
        onRetry={() => void answers.refetch()}
        rowCount={answers.data?.rows.length ?? 0}
        filtered={hasFilters(filters)}
        icon={<IconMoodSmile size={28} aria-hidden />}
        labels={{
          list: t('surveys.list.title'),
          loadFailed: t('surveys.list.loadFailed'),
          noneMatching: t('surveys.list.noneMatching'),
          noneMatchingBody: t('surveys.list.noneMatchingBody'),
          empty: t('surveys.list.empty'),
          emptyBody: t('surveys.list.emptyBody'),
        }}
        emptyActions={
          <>
            <Button variant="default" onClick={() => void navigate('/import/surveys')}>
              {t('surveys.list.import')}
            </Button>
            <Button onClick={() => setDraft({ partnerId: null })}>{t('surveys.list.add')}</Button>
          </>
        }
      >
        <Table.ScrollContainer minWidth={860}>
          <Table aria-label={t('surveys.list.tableLabel')} verticalSpacing="xs" highlightOnHover striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('surveys.fields.answeredOn')}</Table.Th>
                <Table.Th>{t('surveys.fields.partner')}</Table.Th>
                <Table.Th>{t('surveys.fields.contact')}</Table.Th>
                <Table.Th>{t('surveys.fields.nps')}</Table.Th>
                <Table.Th>{t('surveys.fields.satisfaction')}</Table.Th>
                <Table.Th>{t('surveys.fields.comment')}</Table.Th>
                <Table.Th w={80}>
                  <VisuallyHidden>{t('surveys.list.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(answers.data?.rows ?? []).map((row) => (
                <Table.Tr key={row.id} data-testid="survey-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {calendarDate(row.answeredOn, i18n.language)}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
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
                    {row.contactName ?? (
                      <Text c="dimmed" size="sm">
                        –
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {row.nps !== null ? (
                      <NpsCategoryBadge nps={row.nps} />
                    ) : (
                      <Text c="dimmed" size="sm">
                        –
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {row.satisfaction !== null ? (
                      <Text size="sm">{`${row.satisfaction} / 5`}</Text>
                    ) : (
                      <Text c="dimmed" size="sm">
                        –
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td maw={320}>
                    <Text size="sm" lineClamp={2} title={row.comment}>
                      {row.comment}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <SurveyRowActions
                      answer={row}
                      onEdit={() => setDraft({ partnerId: row.partnerId, existing: row })}
                    />
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
          label={t('surveys.list.pages')}
        />
      </ListStates>
      <SurveyAnswerModal draft={draft} onClose={() => setDraft(null)} />
    </Stack>
  );
}

// The case library: how past cases were settled, found by words, kind, root cause, partner and
// region. Best matches first with the passage that matched; without words, the latest settled.
import { ChoiceFilter } from '../../components/ChoiceFilter/ChoiceFilter';
import {
  Anchor,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Mark,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconArrowLeft, IconBooks, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { disputeKinds, disputeRootCauses, type DisputeLibraryEntry } from '../../../../shared/disputes';
import { useCoreQuery } from '../../api/core-queries';
import { ListPagination } from '../../components/ListPagination';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatMoney } from '../disputes/money';
import { PartnerFilter } from './PartnerFilter';
import {
  hasLibraryFilters,
  libraryFiltersFromParams,
  libraryInputOf,
  libraryPageSize,
  paramsFromLibraryFilters,
  type LibraryFilters,
} from './library-filters';
import { snippetParts } from './snippet-parts';

function Snippet({ text }: { text: string }) {
  return (
    <Text size="sm" fs="italic" data-testid="library-snippet">
      {snippetParts(text).map((part, index) =>
        part.marked ? <Mark key={index}>{part.text}</Mark> : <span key={index}>{part.text}</span>,
      )}
    </Text>
  );
}

function LibraryCard({ entry }: { entry: DisputeLibraryEntry }) {
  const { t, i18n } = useTranslation();
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-labelledby={`case-${entry.id}`}
      data-testid="library-card"
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/disputes/${entry.id}`} fw={600} id={`case-${entry.id}`}>
              {entry.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {entry.partners.map((partner) => partner.name).join(', ')}
              {entry.region ? ` · ${entry.region}` : ''}
            </Text>
          </Stack>
          <Badge
            variant="light"
            color={entry.status === 'closed' ? 'gray' : 'teal'}
            style={{ textTransform: 'none', flexShrink: 0 }}
          >
            {t(`disputes.status.${entry.status}`)}
          </Badge>
        </Group>
        <Group gap="xs">
          <Badge variant="outline" style={{ textTransform: 'none' }}>
            {t(`disputes.kind.${entry.kind}`)}
          </Badge>
          {entry.rootCause ? (
            <Badge variant="outline" color="grape" style={{ textTransform: 'none' }}>
              {t(`disputes.rootCause.${entry.rootCause}`)}
            </Badge>
          ) : null}
          {entry.daysToResolve !== null ? (
            <Text size="xs" c="dimmed">
              {entry.daysToResolve < 1
                ? t('caseReports.library.resolvedSameDay')
                : t('caseReports.library.daysToResolve', { count: entry.daysToResolve })}
            </Text>
          ) : null}
          {entry.compensation ? (
            <Text size="xs" c="dimmed">
              ·{' '}
              {t('caseReports.library.compensation', {
                amount: formatMoney(entry.compensation, i18n.language),
              })}
            </Text>
          ) : null}
        </Group>
        {entry.snippet ? <Snippet text={entry.snippet} /> : null}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap={2}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t('caseReports.library.resolution')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={6}>
              {entry.resolution || t('caseReports.library.none')}
            </Text>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t('caseReports.library.lessons')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={6}>
              {entry.lessonsLearned || t('caseReports.library.none')}
            </Text>
          </Stack>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

export function CaseLibraryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = libraryFiltersFromParams(params);
  const library = useCoreQuery('disputes.library', libraryInputOf(filters), {
    placeholderData: (previous) => previous,
  });
  const facets = useCoreQuery('partners.facets', {});
  const [text, setText] = useState(filters.text);
  const change = (next: Partial<LibraryFilters>) =>
    setParams(paramsFromLibraryFilters({ ...filters, page: 1, ...next }), { replace: true });
  const commitText = useDebouncedCallback((value: string) => change({ text: value }), 300);
  const filtered = hasLibraryFilters(filters);
  const total = library.data?.total ?? 0;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to="/disputes" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} aria-hidden />
            {t('caseReports.library.backToList')}
          </Group>
        </Anchor>
        <Title order={1} size="h2">
          {t('caseReports.library.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('caseReports.library.intro')}
        </Text>
      </Stack>
      <Card withBorder padding="md" component="section" aria-label={t('caseReports.library.filters')}>
        <Stack gap="sm">
          <TextInput
            aria-label={t('caseReports.library.search')}
            placeholder={t('caseReports.library.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              commitText(event.currentTarget.value);
            }}
            size="md"
          />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <ChoiceFilter
              label={t('caseReports.list.kinds')}
              values={disputeKinds}
              labelOf={(value) => t(`disputes.kind.${value}`)}
              selected={filters.kinds}
              onChange={(kinds) => change({ kinds })}
            />
            <ChoiceFilter
              label={t('caseReports.list.rootCauses')}
              values={disputeRootCauses}
              labelOf={(value) => t(`disputes.rootCause.${value}`)}
              selected={filters.rootCauses}
              onChange={(rootCauses) => change({ rootCauses })}
              searchable
            />
            <PartnerFilter value={filters.partnerId} onChange={(partnerId) => change({ partnerId })} />
            <Select
              label={t('caseReports.list.region')}
              placeholder={t('caseReports.list.any')}
              data={(facets.data?.regions ?? []).filter((region) => region !== '')}
              value={filters.region}
              onChange={(region) => change({ region })}
              clearable
              searchable
            />
          </SimpleGrid>
          {filtered ? (
            <Group justify="flex-end">
              <Button
                size="xs"
                variant="subtle"
                onClick={() => {
                  setText('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                {t('caseReports.list.clearFilters')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Card>
      {library.error ? (
        <QueryErrorAlert
          error={library.error}
          onRetry={() => void library.refetch()}
          title={t('caseReports.library.loadFailed')}
        />
      ) : !library.data ? (
        <Stack gap="sm" aria-busy="true" aria-label={t('caseReports.library.title')}>
          <Skeleton height={160} />
          <Skeleton height={160} />
        </Stack>
      ) : library.data.rows.length === 0 ? (
        <EmptyState
          mt="md"
          icon={<IconBooks size={28} aria-hidden />}
          withIndicatorBackground
          title={filtered ? t('caseReports.library.noneMatching') : t('caseReports.library.empty')}
          description={
            filtered ? t('caseReports.library.noneMatchingBody') : t('caseReports.library.emptyBody')
          }
        />
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed" data-testid="library-count">
            {filters.text.trim()
              ? t('caseReports.library.countMatching', { count: total })
              : t('caseReports.library.countLatest', { count: total })}
          </Text>
          {library.data.rows.map((entry) => (
            <LibraryCard key={entry.id} entry={entry} />
          ))}
          <ListPagination
            total={total}
            pageSize={libraryPageSize}
            page={filters.page}
            onChange={(page) => setParams(paramsFromLibraryFilters({ ...filters, page }), { replace: true })}
            label={t('caseReports.list.pages')}
          />
        </Stack>
      )}
    </Stack>
  );
}

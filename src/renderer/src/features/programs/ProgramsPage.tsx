// The programs list: status and kind filters and a name search kept in the address, each program's
// kind, period, status, participants, what it awarded and the claims waiting; "New program".
import {
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconGift, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  programKinds,
  programStatuses,
  type ProgramKind,
  type ProgramStatus,
  type ProgramSummary,
} from '../../../../shared/programs';
import { useCoreQuery } from '../../api/core-queries';
import { ListPageHeader } from '../../components/ListPageHeader/ListPageHeader';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { awardedText, periodText, programStatusColors } from './program-format';
import { ProgramFormModal } from './ProgramFormModal';

export function ProgramsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = (programStatuses as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as ProgramStatus)
    : null;
  const kind = (programKinds as readonly string[]).includes(params.get('kind') ?? '')
    ? (params.get('kind') as ProgramKind)
    : null;
  const search = params.get('q') ?? '';
  const filtered = status !== null || kind !== null || search.trim() !== '';
  const programs = useCoreQuery(
    'programs.list',
    { statuses: status ? [status] : [], kinds: kind ? [kind] : [], search: search.trim() },
    { placeholderData: (previous) => previous },
  );
  const [creating, setCreating] = useState(false);
  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const rows = programs.data ?? [];
  const newButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      {t('programs.list.newProgram')}
    </Button>
  );
  const firstUse = programs.data !== undefined && rows.length === 0 && !filtered;
  return (
    <Stack gap="lg">
      <ListPageHeader
        title={t('programs.list.title')}
        count={programs.data ? t('programs.list.count', { count: rows.length }) : null}
        countTestId="programs-count"
      >
        {firstUse ? null : newButton}
      </ListPageHeader>
      {firstUse ? null : (
        <Group gap="sm" wrap="wrap" align="flex-end">
          <TextInput
            aria-label={t('programs.list.search')}
            placeholder={t('programs.list.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => setParam('q', event.currentTarget.value)}
            w={260}
          />
          <SegmentedControl
            aria-label={t('programs.list.statusFilter')}
            value={status ?? 'all'}
            onChange={(value) => setParam('status', value === 'all' ? null : value)}
            data={[
              { value: 'all', label: t('programs.list.allStatuses') },
              ...programStatuses.map((s) => ({ value: s, label: t(`programs.status.${s}`) })),
            ]}
          />
          <Select
            aria-label={t('programs.list.kindFilter')}
            placeholder={t('programs.list.allKinds')}
            data={programKinds.map((k) => ({ value: k, label: t(`programs.kind.${k}`) }))}
            value={kind}
            clearable
            onChange={(value) => setParam('kind', value)}
            w={240}
          />
        </Group>
      )}
      {programs.error ? (
        <QueryErrorAlert
          error={programs.error}
          onRetry={() => void programs.refetch()}
          title={t('programs.list.loadFailed')}
        />
      ) : !programs.data ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('programs.list.tableLabel')}>
          <Skeleton height={36} />
          <Skeleton height={52} />
          <Skeleton height={52} />
        </Stack>
      ) : firstUse ? (
        <EmptyState
          mt="md"
          icon={<IconGift size={28} aria-hidden />}
          withIndicatorBackground
          title={t('programs.list.emptyTitle')}
          description={t('programs.list.emptyBody')}
        >
          {newButton}
        </EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState
          mt="md"
          icon={<IconSearch size={28} aria-hidden />}
          withIndicatorBackground
          title={t('programs.list.noneMatching')}
          description={t('programs.list.noneMatchingBody')}
        >
          <Button variant="default" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            {t('programs.list.clearFilters')}
          </Button>
        </EmptyState>
      ) : (
        <ProgramTable rows={rows} />
      )}
      <ProgramFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => void navigate(`/programs/${id}?tab=rules`)}
      />
    </Stack>
  );
}

function ProgramTable({ rows }: { rows: ProgramSummary[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const number = new Intl.NumberFormat(locale);
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label={t('programs.list.tableLabel')} highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('programs.list.name')}</Table.Th>
            <Table.Th>{t('programs.list.period')}</Table.Th>
            <Table.Th>{t('programs.list.statusFilter')}</Table.Th>
            <Table.Th ta="right">{t('programs.list.participants')}</Table.Th>
            <Table.Th ta="right">{t('programs.list.awarded')}</Table.Th>
            <Table.Th ta="right">{t('programs.list.claimsWaiting')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((program) => (
            <Table.Tr key={program.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Anchor component={Link} to={`/programs/${program.id}`} fw={600}>
                    {program.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`programs.kind.${program.kind}`)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {periodText(program.startsOn, program.endsOn, locale)}
              </Table.Td>
              <Table.Td>
                <Badge color={programStatusColors[program.status]} variant="light">
                  {t(`programs.status.${program.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{number.format(program.participants)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {awardedText(
                  program.awardedPoints,
                  program.awardedMinor,
                  program.currency,
                  locale,
                  (count, formatted) => t('programs.list.points', { count, formatted }),
                ) ?? t('programs.list.nothingAwarded')}
              </Table.Td>
              <Table.Td ta="right">
                {program.claimsSubmitted > 0 ? (
                  <Badge color="orange" variant="light">
                    {number.format(program.claimsSubmitted)}
                  </Badge>
                ) : (
                  <Text span c="dimmed">
                    0
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

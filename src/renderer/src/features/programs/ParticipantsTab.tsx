// A program's participants: searchable and paged, each with tier, enrolment day, balance in
// points and money, and claims; "Enrol partners" and removal (confirmed; refused while claims of
// the partner wait for a decision, which the core explains).
import {
  ActionIcon,
  Anchor,
  Button,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconSearch, IconUserMinus, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Participant, Program } from '../../../../shared/programs';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { ListPagination } from '../../components/ListPagination';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { formatMinor } from '../sales/sales-money';
import { localToday } from '../visit-notes/local-day';
import { ConfirmProgramChangeModal } from './ConfirmProgramChangeModal';
import { EnrolModal } from './EnrolModal';

const pageSize = 50;

export function ParticipantsTab({ program }: { program: Program }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [enrolling, setEnrolling] = useState(false);
  const [removing, setRemoving] = useState<Participant | null>(null);
  const participants = useCoreQuery(
    'programs.participants',
    { programId: program.id, search: search.trim(), offset: (page - 1) * pageSize, limit: pageSize },
    { placeholderData: (previous) => previous },
  );
  const total = participants.data?.total ?? 0;
  const ended = program.status === 'ended';
  const number = new Intl.NumberFormat(locale);

  const enrolButton = (
    <Button
      leftSection={<IconUserPlus size={16} aria-hidden />}
      disabled={ended}
      onClick={() => setEnrolling(true)}
    >
      {t('programs.participants.enrol')}
    </Button>
  );
  const noOneYet = participants.data?.total === 0 && search.trim() === '';
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={0}>
          <Title order={2} size="h4">
            {t('programs.participants.title')}
          </Title>
          <Text size="sm" c="dimmed" data-testid="participants-count" aria-live="polite">
            {participants.data ? t('programs.participants.count', { count: total }) : '\u00a0'}
          </Text>
        </Stack>
        <Group gap="sm">
          {noOneYet ? null : (
            <TextInput
              aria-label={t('programs.participants.search')}
              placeholder={t('programs.participants.search')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
                setPage(1);
              }}
              w={240}
            />
          )}
          {noOneYet ? null : enrolButton}
        </Group>
      </Group>
      {ended ? (
        <Text size="sm" c="dimmed">
          {t('programs.participants.endedNote')}
        </Text>
      ) : null}
      {participants.error ? (
        <QueryErrorAlert
          error={participants.error}
          onRetry={() => void participants.refetch()}
          title={t('programs.participants.loadFailed')}
        />
      ) : !participants.data ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('programs.participants.tableLabel')}>
          <Skeleton height={36} />
          <Skeleton height={44} />
          <Skeleton height={44} />
        </Stack>
      ) : noOneYet ? (
        <EmptyState
          icon={<IconUsersGroup size={28} aria-hidden />}
          withIndicatorBackground
          title={t('programs.participants.empty')}
          description={t('programs.participants.emptyBody')}
        >
          {enrolButton}
        </EmptyState>
      ) : participants.data.rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('programs.participants.noneMatching')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label={t('programs.participants.tableLabel')} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('programs.participants.partner')}</Table.Th>
                <Table.Th>{t('programs.participants.region')}</Table.Th>
                <Table.Th>{t('programs.participants.tier')}</Table.Th>
                <Table.Th>{t('programs.participants.enrolledOn')}</Table.Th>
                <Table.Th ta="right">{t('programs.participants.points')}</Table.Th>
                <Table.Th ta="right">{t('programs.participants.money')}</Table.Th>
                <Table.Th ta="right">{t('programs.participants.claims')}</Table.Th>
                <Table.Th w={48} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {participants.data.rows.map((row) => (
                <Table.Tr key={row.partnerId}>
                  <Table.Td>
                    <Stack gap={0}>
                      <Anchor component={Link} to={`/partners/${row.partnerId}`} fw={500}>
                        {row.partnerName}
                      </Anchor>
                      {row.city ? (
                        <Text size="xs" c="dimmed">
                          {row.city}
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{row.region || '—'}</Table.Td>
                  <Table.Td>{row.tier ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{calendarDate(row.enrolledOn, locale)}</Table.Td>
                  <Table.Td ta="right">{number.format(row.points)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatMinor(row.moneyMinor, program.currency, locale)}
                  </Table.Td>
                  <Table.Td ta="right">{number.format(row.claims)}</Table.Td>
                  <Table.Td>
                    <Tooltip label={t('programs.participants.remove', { name: row.partnerName })}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('programs.participants.remove', { name: row.partnerName })}
                        onClick={() => setRemoving(row)}
                      >
                        <IconUserMinus size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ListPagination
        total={total}
        pageSize={pageSize}
        page={page}
        onChange={setPage}
        label={t('programs.participants.pages')}
      />
      <EnrolModal program={program} opened={enrolling} onClose={() => setEnrolling(false)} />
      <RemoveModal program={program} participant={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}

function RemoveModal({
  program,
  participant,
  onClose,
}: {
  program: Program;
  participant: Participant | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const remove = useCoreMutation('programs.unenroll');
  const [failure, setFailure] = useState<string | null>(null);
  const close = () => {
    setFailure(null);
    onClose();
  };
  async function confirm() {
    if (!participant) return;
    setFailure(null);
    try {
      const result = await remove.mutateAsync({
        programId: program.id,
        partnerId: participant.partnerId,
        today: localToday(),
      });
      announce(
        t('programs.participants.removed', { name: participant.partnerName, program: program.name }),
        result.batchId,
      );
      close();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }
  const names = { name: participant?.partnerName ?? '', program: program.name };
  return (
    <ConfirmProgramChangeModal
      opened={participant !== null}
      title={t('programs.participants.removeTitle', names)}
      body={t('programs.participants.removeBody')}
      failure={failure}
      confirmLabel={t('programs.participants.removeConfirm')}
      confirmColor="red"
      busy={remove.isPending}
      onCancel={close}
      onConfirm={() => void confirm()}
    />
  );
}

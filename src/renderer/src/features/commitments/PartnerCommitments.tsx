// The commitments on a partner's page: open ones first (overdue at the top, with how late), then
// the settled ones; mark kept, broken or cancelled with Undo; the kept/broken record at the top.
import { Badge, Button, Card, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment, CommitmentStatus } from '../../../../shared/care';
import type { Partner } from '../../../../shared/partners';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { localToday } from '../visit-notes/local-day';
import { CommitmentFormModal } from './CommitmentFormModal';
import { daysLate, tallyCommitments } from './commitment-record';

/** How an open commitment can be closed, in the order the buttons show. */
const closingActions = [
  { status: 'kept', variant: 'light', color: 'teal', label: 'visitNotes.commitments.markKept' },
  { status: 'broken', variant: 'light', color: 'red', label: 'visitNotes.commitments.markBroken' },
  { status: 'cancelled', variant: 'subtle', color: 'gray', label: 'visitNotes.commitments.cancel' },
] as const;

const statusColors: Record<CommitmentStatus, string> = {
  open: 'blue',
  kept: 'teal',
  broken: 'red',
  cancelled: 'gray',
};

export function PartnerCommitments({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const today = localToday();
  const commitments = useCoreQuery('commitments.list', { partnerId: partner.id, today, limit: 500 });
  const [adding, setAdding] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function setStatus(commitment: Commitment, status: CommitmentStatus) {
    setBusyId(commitment.id);
    try {
      const result = await call('commitments.update', {
        id: commitment.id,
        partnerId: commitment.partnerId,
        description: commitment.description,
        madeBy: commitment.madeBy,
        ownerId: commitment.ownerId,
        dueDate: commitment.dueDate,
        status,
        note: commitment.note,
        careEventId: commitment.careEventId,
      });
      announce(
        t(`visitNotes.commitments.marked.${status}`, { description: commitment.description }),
        result.batchId,
      );
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('visitNotes.commitments.updateFailed'),
        message: errorText(t, error),
      });
    } finally {
      setBusyId(null);
    }
  }

  const tally = commitments.data ? tallyCommitments(commitments.data) : null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-commitments-title">
      <Group justify="space-between" mb={tally ? 4 : 'md'} align="flex-start">
        <Group gap="xs">
          <Title order={2} size="h4" id="partner-commitments-title">
            {t('visitNotes.commitments.title')}
          </Title>
          {tally?.overdue ? (
            <Badge color="red" variant="filled">
              {t('visitNotes.commitments.overdueCount', { count: tally.overdue })}
            </Badge>
          ) : null}
        </Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setAdding(true)}
        >
          {t('visitNotes.commitments.add')}
        </Button>
      </Group>
      {tally && commitments.data?.length ? (
        <Text size="sm" c="dimmed" mb="md" data-testid="commitment-tally">
          {t('visitNotes.commitments.tally', { kept: tally.kept, broken: tally.broken })}
          {tally.open ? ` · ${t('visitNotes.commitments.openCount', { count: tally.open })}` : ''}
        </Text>
      ) : null}
      {commitments.error ? (
        <QueryErrorAlert error={commitments.error} onRetry={() => void commitments.refetch()} />
      ) : !commitments.data ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={64} />
          <Skeleton height={64} />
        </Stack>
      ) : commitments.data.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="commitments-empty">
          {t('visitNotes.commitments.empty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {commitments.data.map((commitment) => (
            <CommitmentItem
              key={commitment.id}
              commitment={commitment}
              today={today}
              busy={busyId === commitment.id}
              onStatus={(status) => void setStatus(commitment, status)}
            />
          ))}
        </Stack>
      )}
      <CommitmentFormModal opened={adding} onClose={() => setAdding(false)} partner={partner} />
    </Card>
  );
}

function CommitmentItem({
  commitment,
  today,
  busy,
  onStatus,
}: {
  commitment: Commitment;
  today: string;
  busy: boolean;
  onStatus: (status: CommitmentStatus) => void;
}) {
  const { t, i18n } = useTranslation();
  const late = daysLate(commitment, today);
  const open = commitment.status === 'open';
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      data-testid="commitment"
      aria-busy={busy || undefined}
      style={commitment.overdue ? { borderColor: 'var(--mantine-color-red-filled)' } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text size="sm" fw={500} c={open ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
            {commitment.description}
          </Text>
          {commitment.overdue ? (
            <Badge color="red" variant="light" style={{ flexShrink: 0 }}>
              {t('visitNotes.commitments.overdue')}
            </Badge>
          ) : (
            <Badge color={statusColors[commitment.status]} variant="light" style={{ flexShrink: 0 }}>
              {t(`visitNotes.commitments.status.${commitment.status}`)}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {[
            t(`visitNotes.madeBy.${commitment.madeBy}`),
            commitment.ownerName ? t('visitNotes.commitments.owner', { name: commitment.ownerName }) : null,
            t('visitNotes.commitments.due', { date: calendarDate(commitment.dueDate, i18n.language) }),
          ]
            .filter(Boolean)
            .join(' · ')}
          {late > 0 ? (
            <Text span size="xs" c="red" fw={500}>
              {' · '}
              {t('visitNotes.commitments.daysLate', { count: late })}
            </Text>
          ) : null}
        </Text>
        <Group gap={6}>
          {open ? (
            <>
              {closingActions.map(({ status, variant, color, label }) => (
                <Button
                  key={status}
                  size="compact-xs"
                  variant={variant}
                  color={color}
                  disabled={busy}
                  onClick={() => onStatus(status)}
                >
                  {t(label)}
                </Button>
              ))}
            </>
          ) : (
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              disabled={busy}
              onClick={() => onStatus('open')}
            >
              {t('visitNotes.commitments.reopen')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

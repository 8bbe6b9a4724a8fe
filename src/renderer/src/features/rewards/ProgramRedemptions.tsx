// A program's redemptions tab: newest first, filtered by status, with the moves each one allows
// (approve, mark fulfilled, reject with a note — the points go back). Decisions carry the revision
// the user saw, so of two people deciding at once one wins and the other is told.
import {
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { redemptionStatuses, type Redemption, type RedemptionStatus } from '../../../../shared/rewards';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { dateTime } from '../../i18n/date-format';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { formatPoints } from '../ledger/ledger-format';
import { localToday } from '../visit-notes/local-day';
import { RejectRedemptionModal } from './RejectRedemptionModal';

const statusColor: Record<RedemptionStatus, string> = {
  requested: 'yellow',
  approved: 'blue',
  fulfilled: 'teal',
  rejected: 'gray',
};

export function ProgramRedemptions({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RedemptionStatus | 'all'>('all');
  const redemptions = useCoreQuery('redemptions.list', {
    programId,
    statuses: status === 'all' ? [] : [status],
    limit: 200,
  });
  const [rejecting, setRejecting] = useState<Redemption | null>(null);
  return (
    <Stack gap="md" data-program={programId}>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4">
          {t('ledger.redemptions.title')}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('ledger.redemptions.filter')}
          value={status}
          onChange={(value) => setStatus(value as RedemptionStatus | 'all')}
          data={[
            { value: 'all', label: t('ledger.redemptions.all') },
            ...redemptionStatuses.map((value) => ({
              value,
              label: t(`ledger.redemptions.statuses.${value}`),
            })),
          ]}
        />
      </Group>
      {redemptions.error ? (
        <QueryErrorAlert
          error={redemptions.error}
          title={t('ledger.redemptions.loadFailed')}
          onRetry={() => void redemptions.refetch()}
        />
      ) : !redemptions.data ? (
        <Skeleton height={160} aria-busy="true" />
      ) : redemptions.data.rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="redemptions-empty">
          {t('ledger.redemptions.empty')}
        </Text>
      ) : (
        <RedemptionTable rows={redemptions.data.rows} onReject={setRejecting} />
      )}
      <RejectRedemptionModal redemption={rejecting} onClose={() => setRejecting(null)} />
    </Stack>
  );
}

function RedemptionTable({ rows, onReject }: { rows: Redemption[]; onReject: (row: Redemption) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const announce = useAnnounceWrite();
  const decide = useCoreMutation('redemptions.decide');

  async function move(row: Redemption, decision: 'approve' | 'fulfil') {
    try {
      const result = await decide.mutateAsync({
        id: row.id,
        revision: row.revision,
        decision,
        today: localToday(),
      });
      announce(
        t(decision === 'approve' ? 'ledger.redemptions.approved' : 'ledger.redemptions.fulfilled', {
          reward: row.rewardName,
          name: row.partnerName,
        }),
        result.batchId,
      );
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(t, error) });
    }
  }

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" aria-label={t('ledger.redemptions.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ledger.redemptions.requestedOn')}</Table.Th>
            <Table.Th>{t('ledger.redemptions.partner')}</Table.Th>
            <Table.Th>{t('ledger.redemptions.reward')}</Table.Th>
            <Table.Th ta="right">{t('ledger.redemptions.points')}</Table.Th>
            <Table.Th>{t('ledger.redemptions.status')}</Table.Th>
            <Table.Th>{t('ledger.redemptions.notes')}</Table.Th>
            <Table.Th>{t('ledger.redemptions.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-testid="redemption-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(row.createdAt, locale)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/partners/${row.partnerId}`} size="sm">
                  {row.partnerName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {row.quantity > 1 ? `${row.quantity} × ` : ''}
                {row.rewardName}
              </Table.Td>
              <Table.Td ta="right">{formatPoints(row.points, locale)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusColor[row.status]}>
                  {t(`ledger.redemptions.statuses.${row.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td maw={240}>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {row.notes}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {row.status === 'requested' ? (
                    <Button size="compact-xs" variant="light" onClick={() => void move(row, 'approve')}>
                      {t('ledger.redemptions.approve')}
                    </Button>
                  ) : null}
                  {row.status === 'approved' ? (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="teal"
                      onClick={() => void move(row, 'fulfil')}
                    >
                      {t('ledger.redemptions.fulfil')}
                    </Button>
                  ) : null}
                  {row.status === 'requested' || row.status === 'approved' ? (
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => onReject(row)}>
                      {t('ledger.redemptions.reject')}
                    </Button>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

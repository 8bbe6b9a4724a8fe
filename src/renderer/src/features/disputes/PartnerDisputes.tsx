// A partner's cases on its page: open ones first (soonest due at the top), then the last settled
// ones; each with status, severity and SLA, linking to the case. "Log a case" starts one with this
// partner as the lead.
import { Anchor, Badge, Button, Card, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { openDisputeStatuses, type DisputeSummary } from '../../../../shared/disputes';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { DisputeFormModal } from './DisputeFormModal';
import { severityColors, statusColors } from './dispute-colors';
import { SlaBadge } from './SlaBadge';

const settledShown = 5;

export function PartnerDisputes({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [logging, setLogging] = useState(false);
  const open = useCoreQuery('disputes.list', {
    partnerId,
    statuses: [...openDisputeStatuses],
    sort: 'due',
    limit: 50,
  });
  const settled = useCoreQuery('disputes.list', {
    partnerId,
    statuses: ['resolved', 'closed'],
    sort: 'resolved',
    limit: settledShown,
  });
  const error = open.error ?? settled.error;
  const openRows = open.data?.rows ?? [];
  const settledRows = settled.data?.rows ?? [];

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-disputes-title">
      <Group justify="space-between" mb="md" align="flex-start">
        <Group gap="xs">
          <Title order={2} size="h4" id="partner-disputes-title">
            {t('disputes.partnerCard.title')}
          </Title>
          {open.data?.total ? (
            <Badge color="orange" variant="light">
              {t('disputes.partnerCard.openCount', { count: open.data.total })}
            </Badge>
          ) : null}
        </Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setLogging(true)}
        >
          {t('disputes.partnerCard.log')}
        </Button>
      </Group>
      {error ? (
        <QueryErrorAlert
          error={error}
          onRetry={() => {
            void open.refetch();
            void settled.refetch();
          }}
        />
      ) : !open.data || !settled.data ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={56} />
          <Skeleton height={56} />
        </Stack>
      ) : openRows.length + settledRows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="partner-disputes-empty">
          {t('disputes.partnerCard.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          <CaseList rows={openRows} partnerId={partnerId} />
          {settledRows.length ? (
            <>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase" mt="xs">
                {t('disputes.partnerCard.settled')}
              </Text>
              <CaseList rows={settledRows} partnerId={partnerId} />
            </>
          ) : null}
        </Stack>
      )}
      <DisputeFormModal
        opened={logging}
        onClose={() => setLogging(false)}
        partnerIds={[partnerId]}
        onCreated={(id) => void navigate(`/disputes/${id}`)}
      />
    </Card>
  );
}

function CaseList({ rows, partnerId }: { rows: DisputeSummary[]; partnerId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {rows.map((row) => {
        const others = row.partners.filter((p) => p.id !== partnerId).map((p) => p.name);
        return (
          <Paper component="li" key={row.id} withBorder p="sm" radius="md" data-testid="partner-dispute">
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <Anchor component={Link} to={`/disputes/${row.id}`} size="sm" fw={500}>
                  {row.title}
                </Anchor>
                <SlaBadge sla={row.sla} size="xs" />
              </Group>
              <Group gap={6}>
                <Badge size="xs" color={statusColors[row.status]} variant="light">
                  {t(`disputes.status.${row.status}`)}
                </Badge>
                <Badge size="xs" color={severityColors[row.severity]} variant="outline">
                  {t(`disputes.severity.${row.severity}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t(`disputes.kind.${row.kind}`)}
                  {others.length ? ` · ${others.join(', ')}` : ''}
                </Text>
              </Group>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

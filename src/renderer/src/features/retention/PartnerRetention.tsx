// A partner's retention on its page: the open case (situation, reason, actions with status and
// due day) or "Not at risk", the past cases with how they ended, "Mark at risk" and "Run playbook".
import { Anchor, Badge, Button, Card, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlayerPlay, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RetentionActionStatus, RetentionCaseSummary } from '../../../../shared/retention';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { localToday } from '../visit-notes/local-day';
import { MarkAtRiskModal } from './MarkAtRiskModal';
import { OutcomeBadge } from './OutcomeBadge';
import { RunPlaybookModal } from './RunPlaybookModal';

const statusColors: Record<RetentionActionStatus, string> = {
  planned: 'blue',
  'in-progress': 'yellow',
  done: 'teal',
  cancelled: 'gray',
};

export function PartnerRetention({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const partner = useCoreQuery('partners.get', { id: partnerId });
  const cases = useCoreQuery('retentionCases.list', { partnerId, limit: 100 });
  const [dialog, setDialog] = useState<'none' | 'mark' | 'run'>('none');
  const openCase = cases.data?.rows.find((row) => row.outcome === 'open') ?? null;
  const past = cases.data?.rows.filter((row) => row.outcome !== 'open') ?? [];
  const partnerRef = partner.data
    ? { id: partner.data.id, name: partner.data.name, ownerId: partner.data.ownerId }
    : null;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-retention-title">
      <Group justify="space-between" mb="md" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id="partner-retention-title">
          {t('retention.partner.title')}
        </Title>
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            color="red"
            leftSection={<IconAlertTriangle size={16} aria-hidden />}
            disabled={!partnerRef}
            onClick={() => setDialog('mark')}
          >
            {t('retention.partner.markAtRisk')}
          </Button>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlayerPlay size={16} aria-hidden />}
            disabled={!partnerRef}
            onClick={() => setDialog('run')}
          >
            {t('retention.runPlaybook')}
          </Button>
        </Group>
      </Group>
      {cases.error ? (
        <QueryErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />
      ) : !cases.data ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={80} />
          <Skeleton height={40} />
        </Stack>
      ) : (
        <Stack gap="md">
          {openCase ? (
            <OpenCase summary={openCase} />
          ) : (
            <Group gap="xs" data-testid="not-at-risk">
              <IconShieldCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />
              <Text size="sm" c="dimmed">
                {t('retention.partner.notAtRisk')}
              </Text>
            </Group>
          )}
          {past.length ? (
            <Stack gap={6}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('retention.partner.pastCases')}
              </Text>
              {past.map((row) => (
                <Group
                  key={row.id}
                  justify="space-between"
                  wrap="nowrap"
                  gap="xs"
                  data-testid="past-retention-case"
                >
                  <Anchor
                    component={Link}
                    to={`/retention/${row.id}`}
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {t(`retention.situation.${row.situation}`)}
                  </Anchor>
                  <OutcomeBadge outcome={row.outcome} on={row.outcomeOn} />
                </Group>
              ))}
            </Stack>
          ) : null}
        </Stack>
      )}
      {partnerRef ? (
        <>
          <MarkAtRiskModal
            opened={dialog === 'mark'}
            onClose={() => setDialog('none')}
            partner={partnerRef}
          />
          <RunPlaybookModal
            opened={dialog === 'run'}
            onClose={() => setDialog('none')}
            partnerId={partnerRef.id}
            partnerName={partnerRef.name}
            hasOpenCase={openCase !== null}
          />
        </>
      ) : null}
    </Card>
  );
}

function OpenCase({ summary }: { summary: RetentionCaseSummary }) {
  const { t, i18n } = useTranslation();
  const detail = useCoreQuery('retentionCases.get', { id: summary.id, today: localToday() });
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid="open-retention-case"
      style={{ borderColor: 'var(--mantine-color-red-4)' }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Stack gap={2} miw={0}>
            <Text size="sm" fw={600}>
              {t(`retention.situation.${summary.situation}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('retention.partner.openedBy', {
                date: calendarDate(summary.openedOn, i18n.language),
                owner: summary.ownerName ?? t('retention.noOwner'),
              })}
            </Text>
          </Stack>
          <Anchor component={Link} to={`/retention/${summary.id}`} size="sm" style={{ flexShrink: 0 }}>
            {t('retention.partner.openCase')}
          </Anchor>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {summary.reason}
        </Text>
        {detail.data?.actions.length ? (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {detail.data.actions.map((action) => (
              <Group
                key={action.id}
                component="li"
                justify="space-between"
                wrap="nowrap"
                gap="xs"
                data-testid="partner-retention-action"
              >
                <Stack gap={0} miw={0}>
                  <Text
                    size="sm"
                    c={action.status === 'cancelled' ? 'dimmed' : undefined}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {action.title}
                  </Text>
                  <Text size="xs" c={action.overdue ? 'red' : 'dimmed'}>
                    {t('retention.partner.actionLine', {
                      date: calendarDate(action.dueDate, i18n.language),
                      owner: action.ownerName ?? t('retention.noOwner'),
                    })}
                    {action.overdue ? ` · ${t('retention.overdue')}` : ''}
                  </Text>
                </Stack>
                <Badge color={statusColors[action.status]} variant="light" style={{ flexShrink: 0 }}>
                  {t(`retention.actionStatus.${action.status}`)}
                </Badge>
              </Group>
            ))}
          </Stack>
        ) : detail.data ? (
          <Text size="xs" c="dimmed">
            {t('retention.partner.noActions')}
          </Text>
        ) : (
          <Skeleton height={60} />
        )}
      </Stack>
    </Paper>
  );
}

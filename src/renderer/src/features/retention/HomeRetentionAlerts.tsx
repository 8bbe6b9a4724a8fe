// Home screen: partners newly at risk and retention actions due today or overdue, for the same
// "Mine / Everyone" choice as the agenda. Renders nothing when there is nothing to say.
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCoreQuery } from '../../api/core-queries';
import { calendarDate } from '../../i18n/date-format';
import { ownerIdsOf } from '../agenda/agenda-scope';
import { agendaRefreshMs, useAgendaScope } from '../agenda/use-home-agenda';
import { localToday } from '../visit-notes/local-day';

export function HomeRetentionAlerts() {
  const { t, i18n } = useTranslation();
  const status = useCoreQuery('app.status', {});
  const profile = status.data?.profile;
  const scope = useAgendaScope((profile?.partnerCount ?? 0) > 0);
  const alerts = useCoreQuery(
    'retention.alerts',
    { today: localToday(), ownerIds: profile ? ownerIdsOf(scope, profile.id) : [] },
    { enabled: profile !== undefined, refetchInterval: agendaRefreshMs },
  );
  const data = alerts.data;
  if (!data || data.newlyAtRiskTotal + data.actionsDueTotal === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="home-retention-title" maw={960}>
      <Title order={2} size="h3" id="home-retention-title">
        {t('retention.home.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {data.newlyAtRiskTotal > 0 ? (
          <Card withBorder padding="md" aria-labelledby="home-newly-at-risk" data-testid="home-newly-at-risk">
            <Group gap="xs" mb="xs">
              <Text fw={600} id="home-newly-at-risk">
                {t('retention.home.newlyAtRisk')}
              </Text>
              <Badge color="red" variant="light">
                {data.newlyAtRiskTotal}
              </Badge>
            </Group>
            <Stack gap={6}>
              {data.newlyAtRisk.map((row) => (
                <Group key={row.id} justify="space-between" wrap="nowrap" gap="xs">
                  <Anchor
                    component={Link}
                    to={`/retention/${row.id}`}
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {row.partnerName}
                  </Anchor>
                  <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                    {t(`retention.situation.${row.situation}`)}
                  </Text>
                </Group>
              ))}
              {data.newlyAtRiskTotal > data.newlyAtRisk.length ? (
                <Anchor component={Link} to="/retention?outcomes=open" size="xs">
                  {t('retention.home.more', { count: data.newlyAtRiskTotal - data.newlyAtRisk.length })}
                </Anchor>
              ) : null}
            </Stack>
          </Card>
        ) : null}
        {data.actionsDueTotal > 0 ? (
          <Card
            withBorder
            padding="md"
            aria-labelledby="home-actions-due"
            data-testid="home-retention-actions-due"
          >
            <Group gap="xs" mb="xs">
              <Text fw={600} id="home-actions-due">
                {t('retention.home.actionsDue')}
              </Text>
              <Badge color="orange" variant="light">
                {data.actionsDueTotal}
              </Badge>
            </Group>
            <Stack gap={6}>
              {data.actionsDue.map((action) => (
                <Stack key={action.id} gap={0}>
                  <Anchor
                    component={Link}
                    to={`/retention/${action.caseId}`}
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {action.title}
                  </Anchor>
                  <Text size="xs" c={action.overdue ? 'red' : 'dimmed'}>
                    {action.partnerName} ·{' '}
                    {action.overdue
                      ? t('retention.home.overdueSince', {
                          date: calendarDate(action.dueDate, i18n.language),
                        })
                      : t('retention.home.dueToday')}
                  </Text>
                </Stack>
              ))}
              {data.actionsDueTotal > data.actionsDue.length ? (
                <Text size="xs" c="dimmed">
                  {t('retention.home.more', { count: data.actionsDueTotal - data.actionsDue.length })}
                </Text>
              ) : null}
            </Stack>
          </Card>
        ) : null}
      </SimpleGrid>
    </Stack>
  );
}

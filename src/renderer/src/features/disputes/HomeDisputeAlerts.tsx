// Home screen: cases whose SLA is breached (red) and cases due within a day, for the same
// "Mine / Everyone" choice as the agenda. Renders nothing when there is nothing to say.
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DisputeSummary } from '../../../../shared/disputes';
import { useCoreQuery } from '../../api/core-queries';
import { ownerIdsOf } from '../agenda/agenda-scope';
import { agendaRefreshMs, useAgendaScope } from '../agenda/use-home-agenda';
import { SlaBadge } from './SlaBadge';
import { disputesHref } from './dispute-filters';

function AlertCard({
  id,
  title,
  color,
  total,
  rows,
  moreHref,
}: {
  id: string;
  title: string;
  color: string;
  total: number;
  rows: readonly DisputeSummary[];
  moreHref: string;
}) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      padding="md"
      aria-labelledby={id}
      data-testid={id}
      style={color === 'red' ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}
    >
      <Group gap="xs" mb="xs">
        <Text fw={600} id={id} c={color === 'red' ? 'red' : undefined}>
          {title}
        </Text>
        <Badge color={color} variant={color === 'red' ? 'filled' : 'light'}>
          {total}
        </Badge>
      </Group>
      <Stack gap={8}>
        {rows.map((row) => (
          <Group key={row.id} justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor
                component={Link}
                to={`/disputes/${row.id}`}
                size="sm"
                style={{ overflowWrap: 'anywhere' }}
              >
                {row.title}
              </Anchor>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {row.partners.map((partner) => partner.name).join(', ')}
              </Text>
            </Stack>
            <SlaBadge sla={row.sla} size="xs" />
          </Group>
        ))}
        {total > rows.length ? (
          <Anchor component={Link} to={moreHref} size="xs">
            {t('caseReports.home.more', { count: total - rows.length })}
          </Anchor>
        ) : null}
      </Stack>
    </Card>
  );
}

export function HomeDisputeAlerts() {
  const { t } = useTranslation();
  const status = useCoreQuery('app.status', {});
  const profile = status.data?.profile;
  const scope = useAgendaScope((profile?.partnerCount ?? 0) > 0);
  const ownerIds = profile ? ownerIdsOf(scope, profile.id) : [];
  const alerts = useCoreQuery(
    'disputes.alerts',
    { ownerIds, limit: 5 },
    { enabled: profile !== undefined, refetchInterval: agendaRefreshMs },
  );
  const data = alerts.data;
  if (!data || data.breachedTotal + data.dueSoonTotal === 0) return null;
  const ownerId = ownerIds[0] ?? null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="home-disputes-title" maw={960}>
      <Title order={2} size="h3" id="home-disputes-title">
        {t('caseReports.home.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {data.breachedTotal > 0 ? (
          <AlertCard
            id="home-sla-breached"
            title={t('caseReports.home.breached')}
            color="red"
            total={data.breachedTotal}
            rows={data.breached}
            moreHref={disputesHref({ breached: true, ownerId })}
          />
        ) : null}
        {data.dueSoonTotal > 0 ? (
          <AlertCard
            id="home-sla-due-soon"
            title={t('caseReports.home.dueSoon')}
            color="orange"
            total={data.dueSoonTotal}
            rows={data.dueSoon}
            moreHref={disputesHref({ ownerId })}
          />
        ) : null}
      </SimpleGrid>
    </Stack>
  );
}

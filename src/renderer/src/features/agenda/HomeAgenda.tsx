// The home screen's agenda: what is overdue, due today and due this week (greetings to send,
// festivals to greet, visits due, promises to keep, planned events), for me or for everyone.
import { Group, Paper, SegmentedControl, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMoodHappy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/agenda';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { FestivalGreetingsModal, type FestivalTarget } from '../greetings/FestivalGreetingsModal';
import { SendGreetingModal, type GreetingTarget } from '../greetings/SendGreetingModal';
import { AgendaSection } from './AgendaSection';
import type { AgendaScope } from './agenda-scope';
import { useSettleCommitment } from './use-settle-commitment';
import { setAgendaScope, useHomeAgenda } from './use-home-agenda';

function greetingTargetOf(item: AgendaItem): GreetingTarget | null {
  if (!item.partnerId || !item.occasion) return null;
  return {
    itemKey: item.key,
    partnerId: item.partnerId,
    contactId: item.contactId,
    occasion: item.occasion,
    date: item.date,
    years: item.years,
    festivalName: null,
    careEventId: item.eventId,
  };
}

export function HomeAgenda() {
  const { t } = useTranslation();
  const status = useCoreQuery('app.status', {});
  const profile = status.data?.profile;
  const agenda = useHomeAgenda(profile);
  const { settle, settling } = useSettleCommitment();
  const [greeting, setGreeting] = useState<GreetingTarget | null>(null);
  const [festival, setFestival] = useState<FestivalTarget | null>(null);
  const ownerIds = agenda.scope === 'mine' && profile ? [profile.id] : [];

  const actions = {
    onSendGreeting: (item: AgendaItem) => setGreeting(greetingTargetOf(item)),
    onGreetFestival: (item: AgendaItem) =>
      setFestival({
        festivalKey: item.festivalKey ?? '',
        country: item.country ?? '',
        date: item.date,
        title: item.title,
        itemKey: item.key,
        ownerIds,
        regions: [],
      }),
    onSettle: (item: AgendaItem, status: 'kept' | 'broken') => void settle(item, status),
    settling,
  };

  const data = agenda.data;
  const nothingDue = data && data.overdue.total + data.today.total + data.thisWeek.total === 0;

  return (
    <Stack gap="md" component="section" aria-labelledby="agenda-title" maw={960}>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3" id="agenda-title">
          {t('agenda.title')}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('agenda.scope.label')}
          value={agenda.scope}
          onChange={(value) => setAgendaScope(value as AgendaScope)}
          data={[
            { value: 'mine', label: t('agenda.scope.mine') },
            { value: 'everyone', label: t('agenda.scope.everyone') },
          ]}
        />
      </Group>
      {agenda.error ? (
        <QueryErrorAlert
          error={agenda.error}
          onRetry={() => void agenda.refetch()}
          title={t('agenda.loadFailed')}
        />
      ) : !data ? (
        <Stack gap={6} aria-busy="true" aria-label={t('agenda.title')}>
          <Skeleton height={20} width={140} />
          <Skeleton height={58} />
          <Skeleton height={58} />
          <Skeleton height={58} />
        </Stack>
      ) : nothingDue ? (
        <Paper withBorder p="lg" radius="md">
          <Group wrap="nowrap" gap="md">
            <ThemeIcon variant="light" color="teal" size="xl" radius="xl">
              <IconMoodHappy size={24} aria-hidden />
            </ThemeIcon>
            <div>
              <Text fw={600}>{t('agenda.empty.title')}</Text>
              <Text size="sm" c="dimmed">
                {t('agenda.empty.body')}
              </Text>
            </div>
          </Group>
        </Paper>
      ) : (
        <Stack gap="lg">
          {data.overdue.total > 0 && (
            <AgendaSection
              id="overdue"
              title={t('agenda.sections.overdue')}
              color="red"
              items={data.overdue.items}
              total={data.overdue.total}
              emptyText={t('agenda.empty.sectionOverdue')}
              actions={actions}
            />
          )}
          <AgendaSection
            id="today"
            title={t('agenda.sections.today')}
            color="blue"
            items={data.today.items}
            total={data.today.total}
            emptyText={t('agenda.empty.sectionToday')}
            actions={actions}
          />
          <AgendaSection
            id="this-week"
            title={t('agenda.sections.thisWeek')}
            color="gray"
            items={data.thisWeek.items}
            total={data.thisWeek.total}
            emptyText={t('agenda.empty.sectionThisWeek')}
            actions={actions}
          />
        </Stack>
      )}
      <SendGreetingModal target={greeting} onClose={() => setGreeting(null)} />
      <FestivalGreetingsModal festival={festival} onClose={() => setFestival(null)} />
    </Stack>
  );
}

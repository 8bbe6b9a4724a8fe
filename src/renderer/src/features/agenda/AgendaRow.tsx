// One agenda row: an icon for its type, what is due and for whom, when, and the one action that
// gets it done (send the greeting, greet the festival's partners, plan the visit, settle the promise).
import { Anchor, Badge, Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCalendarEvent, IconChecklist, IconMapPin, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaItem } from '../../../../shared/agenda';
import { kindStyles } from '../calendar/kind-style';
import { itemDetail, itemHeadline, itemWhen } from './item-label';

export interface AgendaRowActions {
  onSendGreeting: (item: AgendaItem) => void;
  onGreetFestival: (item: AgendaItem) => void;
  onSettle: (item: AgendaItem, status: 'kept' | 'broken') => void;
  /** The commitment being saved, whose buttons wait. */
  settling: string | null;
}

function iconOf(item: AgendaItem): { icon: Icon; color: string } {
  if (item.type === 'commitment') return { icon: IconChecklist, color: 'violet' };
  if (item.type === 'visit-due') return { icon: IconMapPin, color: 'blue' };
  if (item.kind) return kindStyles[item.kind];
  return { icon: IconCalendarEvent, color: 'gray' };
}

export function AgendaRow({ item, actions }: { item: AgendaItem; actions: AgendaRowActions }) {
  const { t, i18n } = useTranslation();
  const { icon: TypeIcon, color } = iconOf(item);
  const detail = itemDetail(t, item);
  const headline = itemHeadline(t, item, i18n.language);
  return (
    <Paper withBorder p="sm" radius="md" component="li" aria-label={headline}>
      <Group justify="space-between" wrap="nowrap" align="center" gap="md">
        <Group wrap="nowrap" gap="sm" style={{ minWidth: 0 }}>
          <ThemeIcon
            variant="light"
            color={color}
            size="lg"
            radius="xl"
            role="img"
            aria-label={t(`agenda.types.${item.type}`)}
          >
            <TypeIcon size={18} aria-hidden />
          </ThemeIcon>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" truncate="end">
              {headline}
            </Text>
            <Group gap="xs" wrap="wrap">
              {item.partnerId && item.partnerName && (
                <Anchor component={Link} to={`/partners/${item.partnerId}`} size="sm">
                  {item.partnerName}
                </Anchor>
              )}
              {detail && (
                <Text size="sm" c="dimmed">
                  {detail}
                </Text>
              )}
            </Group>
            {item.suppressed && (
              <Group gap="xs">
                <Badge color="gray" variant="light" size="sm">
                  {t(`agenda.held.${item.suppressed.status}`)}
                </Badge>
                {item.partnerId && (
                  <Anchor component={Link} to={`/partners/${item.partnerId}`} size="xs">
                    {t('agenda.actions.planHardshipCare')}
                  </Anchor>
                )}
              </Group>
            )}
          </Stack>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Badge color={item.daysLate > 0 ? 'red' : item.daysLate === 0 ? 'blue' : 'gray'} variant="light">
            {itemWhen(t, item, i18n.language)}
          </Badge>
          <RowAction item={item} actions={actions} />
        </Group>
      </Group>
    </Paper>
  );
}

function RowAction({ item, actions }: { item: AgendaItem; actions: AgendaRowActions }) {
  const { t } = useTranslation();
  switch (item.type) {
    case 'greeting':
      return item.suppressed ? null : (
        <Button size="xs" variant="light" onClick={() => actions.onSendGreeting(item)}>
          {t('agenda.actions.sendGreeting')}
        </Button>
      );
    case 'festival':
      return (
        <Button size="xs" variant="light" onClick={() => actions.onGreetFestival(item)}>
          {t('agenda.actions.greetPartners')}
        </Button>
      );
    case 'visit-due':
      return (
        <Button
          size="xs"
          variant="light"
          component={Link}
          to={`/visits/plan?region=${encodeURIComponent(item.region ?? '')}`}
        >
          {t('agenda.actions.planVisit')}
        </Button>
      );
    case 'commitment': {
      const busy = actions.settling === item.commitmentId;
      return (
        <Group gap={6} wrap="nowrap">
          <Button
            size="xs"
            variant="light"
            color="teal"
            loading={busy}
            onClick={() => actions.onSettle(item, 'kept')}
          >
            {t('agenda.actions.markKept')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            disabled={busy}
            onClick={() => actions.onSettle(item, 'broken')}
          >
            {t('agenda.actions.markBroken')}
          </Button>
        </Group>
      );
    }
    case 'event':
      return (
        <Button size="xs" variant="default" component={Link} to={`/calendar?date=${item.date}`}>
          {t('agenda.actions.openCalendar')}
        </Button>
      );
  }
}

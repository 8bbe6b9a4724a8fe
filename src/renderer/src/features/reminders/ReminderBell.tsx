// The header's bell: how many reminders are due (each kind its lead time ahead, see Settings),
// the list one click away, and a notice for each reminder not yet announced today. Works the same
// in the browser and in the desktop app, which also shows native notifications.
import { ActionIcon, Anchor, Badge, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBell } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { agendaItemPath, type AgendaItem } from '../../../../shared/agenda';
import { freshReminders, parseLedger } from '../../../../shared/reminder-ledger';
import { useCoreQuery } from '../../api/core-queries';
import { itemHeadline, itemWhen } from '../agenda/item-label';
import { useHomeAgenda } from '../agenda/use-home-agenda';

const ledgerKey = 'channelkeeper.reminders.announced';
/** More new reminders than this at once are announced as one notice, not a stack of them. */
const maxSeparateNotices = 3;
const summaryId = 'agenda-reminders-summary';
/** The bell waits this long before its first fetch, so the opened screen's data comes first. */
const bellDeferMs = 1500;

/** Notices of single reminders on screen now, by notification id. */
const shownNotices = new Set<string>();

function noticeId(item: AgendaItem): string {
  return `reminder:${item.key}`;
}

export function ReminderBell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const status = useCoreQuery('app.status', {});
  const agenda = useHomeAgenda(status.data?.profile, bellDeferMs);
  const [opened, setOpened] = useState(false);
  const reminders = agenda.data?.reminders ?? [];
  const label = t('agenda.reminders.bell', { count: reminders.length });

  useEffect(() => {
    if (!agenda.data) return;
    // A reminder done meanwhile (a promise kept, a greeting sent) takes its notice with it.
    const due = new Set(agenda.data.reminders.map((item) => noticeId(item)));
    for (const id of shownNotices) {
      if (!due.has(id)) {
        notifications.hide(id);
        shownNotices.delete(id);
      }
    }
    const { fresh, ledger } = freshReminders(
      agenda.data.reminders,
      parseLedger(localStorage.getItem(ledgerKey)),
      agenda.today,
    );
    localStorage.setItem(ledgerKey, JSON.stringify(ledger));
    if (fresh.length === 0) return;
    const open = (item: AgendaItem) => void navigate(agendaItemPath(item));
    if (fresh.length > maxSeparateNotices) {
      // One summary at a time: a second batch (say after switching to "Everyone") replaces it.
      notifications.hide(summaryId);
      notifications.show({
        id: summaryId,
        color: 'blue',
        title: t('agenda.reminders.dueToday', { count: fresh.length }),
        message: (
          <Anchor component="button" size="sm" onClick={() => setOpened(true)}>
            {t('agenda.reminders.showAll')}
          </Anchor>
        ),
      });
      return;
    }
    for (const item of fresh) {
      shownNotices.add(noticeId(item));
      notifications.show({
        id: noticeId(item),
        color: item.daysLate > 0 ? 'red' : 'blue',
        title: itemHeadline(t, item, i18n.language),
        message: (
          <Anchor component="button" size="sm" onClick={() => open(item)}>
            {[item.partnerName, itemWhen(t, item, i18n.language)].filter(Boolean).join(' · ')}
          </Anchor>
        ),
        autoClose: 15_000,
      });
    }
  }, [agenda.data, agenda.today, navigate, t, i18n.language]);

  return (
    // The Indicator sits outside Popover.Target: the target's child gets aria-haspopup and
    // aria-expanded, which belong on the button, not on the Indicator's div.
    <Indicator label={reminders.length} size={16} disabled={reminders.length === 0} color="red" offset={4}>
      <Popover opened={opened} onChange={setOpened} width={360} position="bottom-end" shadow="md">
        <Popover.Target>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={label}
            title={label}
            onClick={() => setOpened((o) => !o)}
          >
            <IconBell size={18} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Text fw={600} mb="xs">
            {t('agenda.reminders.title')}
          </Text>
          {agenda.error ? (
            <Text size="sm" c="red">
              {t('agenda.reminders.loadFailed')}
            </Text>
          ) : reminders.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('agenda.reminders.none')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={360}>
              <Stack
                gap="xs"
                component="ul"
                aria-label={t('agenda.reminders.title')}
                style={{ listStyle: 'none', margin: 0, padding: 0 }}
              >
                {reminders.map((item) => (
                  <li key={item.key}>
                    <Anchor
                      component={Link}
                      to={agendaItemPath(item)}
                      onClick={() => setOpened(false)}
                      size="sm"
                      fw={500}
                    >
                      {itemHeadline(t, item, i18n.language)}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {item.partnerName ? `${item.partnerName} · ` : ''}
                      <Badge
                        component="span"
                        size="xs"
                        variant="light"
                        color={item.daysLate > 0 ? 'red' : 'gray'}
                      >
                        {itemWhen(t, item, i18n.language)}
                      </Badge>
                    </Text>
                  </li>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

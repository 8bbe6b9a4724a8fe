// The care calendar: month, week and agenda views (@mantine/schedule) of stored events and the
// derived birthdays, anniversaries and festivals, filtered by owner, region, partner and kind.
// Click an item to open it; drag a stored event to move it; export the filter as an .ics file.
import '@mantine/dates/styles.css';
import '@mantine/schedule/styles.css';
import {
  ActionIcon,
  Alert,
  Box,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { AgendaView, MonthView, WeekView, type ScheduleEventData } from '@mantine/schedule';
import { keepPreviousData } from '@tanstack/react-query';
import {
  IconCalendarOff,
  IconChevronLeft,
  IconChevronRight,
  IconDownload,
  IconInfoCircle,
  IconPlus,
} from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CalendarItem } from '../../../../shared/calendar';
import type { CareEvent } from '../../../../shared/care';
import { CoreError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { FestivalGreetingsModal, type FestivalTarget } from '../greetings/FestivalGreetingsModal';
import { SendGreetingModal, type GreetingTarget } from '../greetings/SendGreetingModal';
import { useAnnounceWrite } from '../history/use-undo';
import { CalendarFilters } from './CalendarFilters';
import { CalendarItemBody } from './CalendarItemBody';
import { CalendarItemDrawer } from './CalendarItemDrawer';
import {
  calendarViews,
  paramsFromSearch,
  paramsToSearch,
  type CalendarParams,
  type CalendarView,
} from './calendar-params';
import { EventForm } from './EventForm';
import type { EventFormValues } from './event-form-values';
import { ExportIcsModal } from './ExportIcsModal';
import { itemLabel } from './item-label';
import { KindLegend } from './KindLegend';
import { droppedMoment, scheduleEventOf, type ItemPayload } from './schedule-events';
import { firstDayOfWeek, languageOfLocale } from '../../i18n/ui-locale';
import { localToday, stepDate, visibleRange } from './visible-range';
import monthClasses from './CalendarMonth.module.css';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A move waiting for the answer "this occurrence or the whole series?". */
interface PendingMove {
  item: CalendarItem;
  start: string;
}

type FormState = { event?: CareEvent; initial?: Partial<EventFormValues> } | null;

function itemOf(event: ScheduleEventData): CalendarItem | undefined {
  return (event.payload as ItemPayload | undefined)?.item;
}

export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const today = useMemo(() => localToday(), []);
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => paramsFromSearch(search, today), [search, today]);
  const update = (next: Partial<CalendarParams>) =>
    setSearch(paramsToSearch({ ...params, ...next }, today), { replace: true });
  const firstDay = firstDayOfWeek(i18n.language);
  const range = visibleRange(params.view, params.date, firstDay);
  const query = useCoreQuery(
    'calendar.range',
    {
      from: range.from,
      to: range.to,
      ownerIds: params.ownerIds,
      regions: params.regions,
      ...(params.partnerId ? { partnerId: params.partnerId } : {}),
      kinds: params.kinds,
      timeZone,
      // Festivals are named in the UI language (a switch asks again).
      language: languageOfLocale(i18n.language),
    },
    { placeholderData: keepPreviousData },
  );
  const owners = useCoreQuery('owners.list', {});
  const me = owners.data?.find((o) => o.isMe);
  const announce = useAnnounceWrite();
  const reschedule = useCoreMutation('careEvents.reschedule');

  const [openItem, setOpenItem] = useState<CalendarItem | null>(null);
  const [form, setForm] = useState<FormState>(null);
  const [pendingMove, setPendingMove] = useState<PendingMove | null>(null);
  const [moveFailure, setMoveFailure] = useState<string | null>(null);
  const [greeting, setGreeting] = useState<GreetingTarget | null>(null);
  const [festival, setFestival] = useState<FestivalTarget | null>(null);
  const [exporting, setExporting] = useState(false);

  const items = useMemo(() => query.data?.items ?? [], [query.data]);
  const repeatingIds = useMemo(() => {
    const seen = new Map<string, number>();
    for (const item of items) if (item.eventId) seen.set(item.eventId, (seen.get(item.eventId) ?? 0) + 1);
    return new Set([...seen].filter(([, n]) => n > 1).map(([id]) => id));
  }, [items]);
  const events = useMemo(() => items.map((item) => scheduleEventOf(item, itemLabel(t, item))), [items, t]);
  // The drawer shows the item as it is now (after a close or a move, from the refreshed range).
  const shownItem = openItem ? (items.find((i) => i.key === openItem.key) ?? openItem) : null;

  async function move(
    item: CalendarItem,
    start: string,
    scope: 'occurrence' | 'series',
  ): Promise<string | null> {
    if (!item.eventId) return null;
    try {
      const result = await reschedule.mutateAsync({
        id: item.eventId,
        occurrence: item.occurrence,
        scope,
        start,
        end: null,
      });
      const day = item.allDay ? dayjs(start).format('D MMM') : dayjs(start).format('D MMM HH:mm');
      announce(
        t(scope === 'series' ? 'calendar.movedSeries' : 'calendar.moved', { title: item.title, day }),
        result.batchId,
      );
      return null;
    } catch (error) {
      if (error instanceof CoreError && error.fields) {
        return Object.values(error.fields)
          .map((message) => fieldMessageText(t, message))
          .join(' ');
      }
      return errorText(t, error);
    }
  }

  /** Moves a single event at once; a repeating one first asks which occurrences to move. */
  async function requestMove(item: CalendarItem, start: string, event?: CareEvent): Promise<string | null> {
    if (!item.eventId) return null;
    try {
      const stored = event ?? (await call('careEvents.get', { id: item.eventId }));
      if (stored.rrule) {
        setMoveFailure(null);
        setPendingMove({ item, start });
        return null;
      }
    } catch (error) {
      return errorText(t, error);
    }
    return move(item, start, 'occurrence');
  }

  async function answerMove(scope: 'occurrence' | 'series') {
    if (!pendingMove) return;
    const failure = await move(pendingMove.item, pendingMove.start, scope);
    if (failure) setMoveFailure(failure);
    else setPendingMove(null);
  }

  const newEventOn = (initial: Partial<EventFormValues>) =>
    setForm({
      initial: { partnerId: params.partnerId, ownerId: me?.id ?? null, startDate: today, ...initial },
    });

  const common = {
    events,
    renderEventBody: (event: ScheduleEventData) => {
      const item = itemOf(event);
      return item ? (
        <CalendarItemBody
          item={item}
          label={event.title}
          repeating={item.eventId ? repeatingIds.has(item.eventId) : false}
        />
      ) : (
        event.title
      );
    },
    onEventClick: (event: ScheduleEventData) => setOpenItem(itemOf(event) ?? null),
    withEventsDragAndDrop: true,
    canDragEvent: (event: ScheduleEventData) => itemOf(event)?.source === 'event',
    onEventDrop: ({ event, newStart }: { event: ScheduleEventData; newStart: string }) => {
      const item = itemOf(event);
      if (item?.source !== 'event') return;
      void requestMove(item, droppedMoment(item.allDay, newStart)).then((failure) => {
        if (failure) notifications.show({ color: 'red', title: t('calendar.moveFailed'), message: failure });
      });
    },
    firstDayOfWeek: firstDay,
    locale: i18n.language,
  };

  const periodLabel =
    params.view === 'week'
      ? `${dayjs(range.from).format('D MMM')} – ${dayjs(range.to).format('D MMM YYYY')}`
      : new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric' }).format(
          new Date(`${params.date.slice(0, 7)}-15T12:00:00Z`),
        );
  const empty = query.isSuccess && items.length === 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('calendar.title')}</Title>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => setExporting(true)}
          >
            {t('calendar.exportButton')}
          </Button>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => newEventOn({})}>
            {t('calendar.newEvent')}
          </Button>
        </Group>
      </Group>

      <CalendarFilters filter={params} onChange={(filter) => update(filter)} />

      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Tooltip label={t(`calendar.nav.previous.${params.view}`)}>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t(`calendar.nav.previous.${params.view}`)}
              onClick={() => update({ date: stepDate(params.view, params.date, -1) })}
            >
              <IconChevronLeft size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Button variant="default" onClick={() => update({ date: today })}>
            {t('calendar.nav.today')}
          </Button>
          <Tooltip label={t(`calendar.nav.next.${params.view}`)}>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t(`calendar.nav.next.${params.view}`)}
              onClick={() => update({ date: stepDate(params.view, params.date, 1) })}
            >
              <IconChevronRight size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Title order={2} size="h3" ml="sm" aria-live="polite" data-testid="calendar-period">
            {periodLabel}
          </Title>
          {query.isFetching ? <Loader size="xs" aria-label={t('calendar.loading')} /> : null}
        </Group>
        <SegmentedControl
          aria-label={t('calendar.nav.view')}
          data={calendarViews.map((view) => ({ value: view, label: t(`calendar.views.${view}`) }))}
          value={params.view}
          onChange={(view) => update({ view: view as CalendarView })}
        />
      </Group>

      {query.isError ? (
        <QueryErrorAlert
          error={query.error}
          onRetry={() => void query.refetch()}
          title={t('calendar.loadFailed')}
        />
      ) : null}
      {query.data?.truncated ? (
        <Alert color="yellow" icon={<IconInfoCircle aria-hidden />} role="status">
          {t('calendar.truncated', { count: items.length })}
        </Alert>
      ) : null}
      {empty ? (
        <Paper withBorder p="sm" radius="md" role="status">
          <Group gap="sm" wrap="nowrap">
            <IconCalendarOff size={20} color="var(--mantine-color-dimmed)" aria-hidden />
            <Text size="sm" c="dimmed">
              {t(`calendar.empty.${params.view}`)}
            </Text>
          </Group>
        </Paper>
      ) : null}

      <Box pos="relative" mih={400}>
        {query.isPending ? (
          <Group justify="center" p="xl">
            <Loader aria-label={t('calendar.loading')} />
          </Group>
        ) : params.view === 'month' ? (
          <MonthView
            {...common}
            date={params.date}
            withHeader={false}
            maxEventsPerDay={3}
            classNames={{ monthViewDay: monthClasses.day }}
            onDayClick={(day) => newEventOn({ startDate: day })}
            moreEventsProps={{ dropdownType: 'modal' }}
            labels={{ more: t('calendar.more'), moreLabel: (count) => t('calendar.moreCount', { count }) }}
          />
        ) : params.view === 'week' ? (
          <WeekView
            {...common}
            date={params.date}
            withHeader={false}
            // Working hours only, so the all-day row (birthdays, festivals) stays in sight.
            startTime="06:00:00"
            endTime="22:00:00"
            slotHeight={48}
            highlightToday
            labels={{ allDay: t('calendar.allDay') }}
            onAllDaySlotClick={(day) => newEventOn({ startDate: day })}
            onTimeSlotClick={({ slotStart }) =>
              newEventOn({
                allDay: false,
                startDate: slotStart.slice(0, 10),
                startTime: slotStart.slice(11, 16),
                endTime: dayjs(slotStart).add(1, 'hour').format('HH:mm'),
              })
            }
          />
        ) : (
          <AgendaView
            events={events}
            rangeStart={range.from}
            rangeEnd={range.to}
            locale={i18n.language}
            onEventClick={(event) => setOpenItem(itemOf(event) ?? null)}
            labels={{ noEvents: t('calendar.empty.agenda'), allDay: t('calendar.allDay') }}
          />
        )}
      </Box>

      <KindLegend />

      <CalendarItemDrawer
        item={shownItem}
        onClose={() => setOpenItem(null)}
        onEdit={(event) => setForm({ event })}
        onMove={(item, event, start) => requestMove(item, start, event)}
        onGreet={(item) =>
          item.partnerId &&
          setGreeting({
            itemKey: item.key,
            partnerId: item.partnerId,
            contactId: item.contactId,
            occasion: item.source === 'anniversary' ? 'anniversary' : 'birthday',
            date: item.start,
            years: item.years,
            festivalName: null,
            careEventId: null,
          })
        }
        onGreetFestival={(item) =>
          setFestival({
            festivalKey: item.festivalKey ?? '',
            country: item.country ?? '',
            date: item.start,
            title: item.title,
            itemKey: item.key,
            ownerIds: params.ownerIds,
            regions: params.regions,
          })
        }
      />

      <Modal
        opened={form !== null}
        onClose={() => setForm(null)}
        title={form?.event ? t('calendar.form.editTitle') : t('calendar.form.newTitle')}
        size="lg"
        closeOnClickOutside={false}
      >
        {form ? (
          <EventForm
            event={form.event}
            initial={form.initial}
            onCancel={() => setForm(null)}
            onSaved={(result, title) => {
              announce(t(form.event ? 'calendar.saved' : 'calendar.created', { title }), result.batchId);
              setForm(null);
            }}
          />
        ) : null}
      </Modal>

      <Modal
        opened={pendingMove !== null}
        onClose={() => setPendingMove(null)}
        title={t('calendar.scope.title')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('calendar.scope.question', { title: pendingMove?.item.title ?? '' })}</Text>
          {moveFailure ? (
            <Alert color="red" role="alert">
              {moveFailure}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPendingMove(null)}>
              {t('actions.cancel')}
            </Button>
            <Button variant="light" loading={reschedule.isPending} onClick={() => void answerMove('series')}>
              {t('calendar.scope.series')}
            </Button>
            <Button
              loading={reschedule.isPending}
              onClick={() => void answerMove('occurrence')}
              data-autofocus
            >
              {t('calendar.scope.occurrence')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <ExportIcsModal opened={exporting} onClose={() => setExporting(false)} filter={params} today={today} />
      <SendGreetingModal target={greeting} onClose={() => setGreeting(null)} />
      <FestivalGreetingsModal festival={festival} onClose={() => setFestival(null)} />
    </Stack>
  );
}

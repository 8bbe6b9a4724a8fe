// The details of one calendar item and what can be done with it: a stored event can be edited,
// moved, marked done or skipped with an outcome note, or deleted; a birthday or anniversary can be
// greeted; a festival opens the list of partners to greet.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  Loader,
  Stack,
  Text,
  Textarea,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { IconCheck, IconFlower, IconInfoCircle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CalendarItem } from '../../../../shared/calendar';
import type { CareEvent, CareEventStatus } from '../../../../shared/care';
import { CoreError } from '../../../../shared/errors';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { dayInputProps } from './EventForm';
import { itemLabel } from './item-label';
import { kindStyles } from './kind-style';
import { countryFlag } from './schedule-events';

export interface CalendarItemDrawerProps {
  item: CalendarItem | null;
  onClose: () => void;
  onEdit: (event: CareEvent) => void;
  /** Move the item to a new start (a date, or an instant for a timed event). */
  onMove: (item: CalendarItem, event: CareEvent, start: string) => Promise<string | null>;
  onGreet: (item: CalendarItem) => void;
  onGreetFestival: (item: CalendarItem) => void;
}

export function CalendarItemDrawer(props: CalendarItemDrawerProps) {
  const { t, i18n } = useTranslation();
  const { item, onClose } = props;
  return (
    <Drawer
      opened={item !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={item ? <DrawerTitle item={item} /> : null}
      aria-label={item ? itemLabel(t, item) : undefined}
    >
      {item ? (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {whenText(item, i18n.language)}
          </Text>
          {item.partnerId && item.partnerName ? (
            <Text size="sm">
              {t('calendar.drawer.partner')}{' '}
              <Anchor component={Link} to={`/partners/${item.partnerId}`}>
                {item.partnerName}
              </Anchor>
            </Text>
          ) : null}
          {item.source === 'event' && item.eventId ? (
            <StoredEventDetails key={item.key} {...props} item={item} eventId={item.eventId} />
          ) : (
            <DerivedDetails {...props} item={item} />
          )}
        </Stack>
      ) : null}
    </Drawer>
  );
}

function DrawerTitle({ item }: { item: CalendarItem }) {
  const { t } = useTranslation();
  const { color, icon: KindIcon } = kindStyles[item.kind];
  return (
    <Group gap="sm" wrap="nowrap">
      <ThemeIcon color={color} variant="light" radius="xl" size="lg">
        {item.source === 'festival' && item.country ? (
          <span aria-hidden>{countryFlag(item.country)}</span>
        ) : (
          <KindIcon size={18} aria-hidden />
        )}
      </ThemeIcon>
      <Stack gap={0}>
        <Title order={3} size="h4">
          {itemLabel(t, item)}
        </Title>
        <Text size="xs" c="dimmed">
          {t(`calendar.kinds.${item.kind}`)}
        </Text>
      </Stack>
    </Group>
  );
}

function whenText(item: CalendarItem, locale: string): string {
  if (item.allDay) {
    const start = calendarDate(item.start, locale);
    return item.end && item.end > item.start ? `${start} – ${calendarDate(item.end, locale)}` : start;
  }
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' });
  const start = format.format(new Date(item.start));
  if (!item.end) return start;
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(item.end));
  return `${start} – ${time}`;
}

function DerivedDetails({
  item,
  onGreet,
  onGreetFestival,
}: CalendarItemDrawerProps & { item: CalendarItem }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {item.source === 'birthday' && item.lunar ? (
        <Text size="sm">{t('calendar.drawer.lunarBirthday')}</Text>
      ) : null}
      {item.shiftedFromLeapDay ? (
        <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />}>
          {t('calendar.leapDayRule')}
        </Alert>
      ) : null}
      {item.suppressed ? (
        <Alert
          variant="light"
          color="gray"
          icon={<IconFlower aria-hidden />}
          title={t(`calendar.marks.${item.suppressed.status}`)}
        >
          {item.suppressed.until
            ? t('calendar.drawer.suppressedUntil', { date: item.suppressed.until })
            : t('calendar.drawer.suppressed')}
        </Alert>
      ) : null}
      {item.greeted ? (
        <Group gap={6}>
          <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden />
          <Text size="sm">{t('calendar.drawer.greeted')}</Text>
        </Group>
      ) : null}
      <Group>
        {item.source === 'festival' ? (
          <Button onClick={() => onGreetFestival(item)}>{t('calendar.drawer.greetPartners')}</Button>
        ) : (
          <Button onClick={() => onGreet(item)} variant={item.greeted ? 'default' : 'filled'}>
            {t('calendar.drawer.sendGreeting')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function StoredEventDetails({
  item,
  eventId,
  onClose,
  onEdit,
  onMove,
}: CalendarItemDrawerProps & { item: CalendarItem; eventId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const query = useCoreQuery('careEvents.get', { id: eventId });
  const close = useCoreMutation('careEvents.close');
  const remove = useCoreMutation('careEvents.delete');
  const event = query.data;
  const exception = event?.exceptions.find((e) => e.occurrence === item.occurrence && e.kind !== 'skip');
  const savedNote =
    event?.rrule && exception && exception.kind !== 'skip'
      ? (exception.outcomeNote ?? '')
      : (event?.outcomeNote ?? '');
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [closingAs, setClosingAs] = useState<CareEventStatus | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [moveDate, setMoveDate] = useState(item.start.slice(0, 10));
  const [moveTime, setMoveTime] = useState(item.allDay ? '' : dayjs(item.start).format('HH:mm'));
  const [moveError, setMoveError] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);

  useEffect(() => setNote(savedNote), [savedNote]);
  useEffect(() => {
    setMoveDate(item.allDay ? item.start.slice(0, 10) : dayjs(item.start).format('YYYY-MM-DD'));
  }, [item.start, item.allDay]);

  if (query.isPending) return <Loader size="sm" aria-label={t('calendar.loading')} />;
  if (query.isError || !event)
    return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;

  async function closeAs(status: CareEventStatus) {
    setFailure(null);
    setClosingAs(status);
    try {
      const result = await close.mutateAsync({
        id: eventId,
        occurrence: event?.rrule ? item.occurrence : null,
        status,
        outcomeNote: note,
      });
      announce(t(`calendar.drawer.closed.${status}`, { title: item.title }), result.batchId);
    } catch (error) {
      setFailure(
        error instanceof CoreError && error.fields
          ? Object.values(error.fields)
              .map((m) => fieldMessageText(t, m))
              .join(' ')
          : errorText(t, error),
      );
    } finally {
      setClosingAs(null);
    }
  }

  async function move() {
    if (!event) return;
    setMoveError(null);
    const start = item.allDay ? moveDate : dayjs(`${moveDate}T${moveTime}`).format();
    if (!moveDate || (!item.allDay && !/^\d{2}:\d{2}$/.test(moveTime))) {
      setMoveError(t('validation.dateTime'));
      return;
    }
    setMoving(true);
    try {
      setMoveError(await onMove(item, event, start));
    } finally {
      setMoving(false);
    }
  }

  async function confirmDelete() {
    try {
      const result = await remove.mutateAsync({ id: eventId });
      setConfirming(false);
      onClose();
      announce(t('calendar.drawer.deleted', { title: event?.title ?? '' }), result.batchId);
    } catch (error) {
      setConfirming(false);
      setFailure(errorText(t, error));
    }
  }

  const status = item.status ?? 'planned';
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge color={status === 'done' ? 'teal' : status === 'skipped' ? 'gray' : 'blue'} variant="light">
          {t(`calendar.status.${status}`)}
        </Badge>
        {event.rrule ? (
          <Badge color="gray" variant="outline" title={event.rrule}>
            {t('calendar.drawer.repeats')}
          </Badge>
        ) : null}
      </Group>
      {event.description ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {event.description}
        </Text>
      ) : null}
      <Group>
        <Button variant="default" onClick={() => onEdit(event)}>
          {t('calendar.drawer.edit')}
        </Button>
        <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
          {t('actions.delete')}
        </Button>
      </Group>

      <Divider label={t('calendar.drawer.outcome')} labelPosition="left" />
      <Textarea
        label={t('calendar.fields.outcomeNote')}
        description={event.rrule ? t('calendar.drawer.occurrenceOnly') : undefined}
        autosize
        minRows={2}
        maxRows={6}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <Group>
        <Button color="teal" loading={closingAs === 'done'} onClick={() => void closeAs('done')}>
          {t('calendar.drawer.markDone')}
        </Button>
        <Button variant="default" loading={closingAs === 'skipped'} onClick={() => void closeAs('skipped')}>
          {t('calendar.drawer.skip')}
        </Button>
        {status !== 'planned' ? (
          <Button variant="subtle" onClick={() => void closeAs('planned')}>
            {t('calendar.drawer.reopen')}
          </Button>
        ) : null}
      </Group>
      {failure ? (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      ) : null}

      <Divider label={t('calendar.drawer.move')} labelPosition="left" />
      <Group align="flex-start" gap="sm">
        <DateInput
          {...dayInputProps}
          label={t('calendar.drawer.moveTo')}
          value={moveDate || null}
          onChange={(date) => setMoveDate(date ?? '')}
          error={moveError}
          w={170}
        />
        {item.allDay ? null : (
          <TimeInput
            label={t('calendar.fields.startTime')}
            value={moveTime}
            onChange={(e) => setMoveTime(e.currentTarget.value)}
            w={110}
          />
        )}
        <Button mt={25} variant="light" loading={moving} onClick={() => void move()}>
          {t('calendar.drawer.moveButton')}
        </Button>
      </Group>

      <ConfirmDeleteModal
        opened={confirming}
        title={t('calendar.drawer.deleteTitle')}
        message={
          event.rrule
            ? t('calendar.drawer.deleteSeries', { title: event.title })
            : t('calendar.drawer.deleteOne', { title: event.title })
        }
        loading={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void confirmDelete()}
      />
    </Stack>
  );
}

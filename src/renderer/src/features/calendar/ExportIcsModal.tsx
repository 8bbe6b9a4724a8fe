// "Export .ics": the events of the current filter for a period (today + 90 days by default, at
// most a year) as a calendar file that Outlook, Google and Apple calendars import.
import { downloadText } from '../../components/FileDownload/download-file';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOfLocale } from '../../i18n/ui-locale';
import { calendarExportInputSchema, type CalendarExportInput } from '../../../../shared/calendar';
import { CoreError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { formErrorsFrom, validateWith, type FormErrors } from '../../forms/field-errors';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import type { CalendarFilter } from './calendar-params';
import { dayInputProps } from './EventForm';
import { addDays } from './visible-range';

export interface ExportIcsModalProps {
  opened: boolean;
  onClose: () => void;
  filter: CalendarFilter;
  today: string;
}

const exportFields = ['from', 'to', 'calendarName'] as const;
type ExportField = (typeof exportFields)[number];

export function ExportIcsModal({ opened, onClose, filter, today }: ExportIcsModalProps) {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(addDays(today, 90));
  const [name, setName] = useState('ChannelKeeper');
  const [errors, setErrors] = useState<FormErrors<ExportField>>({ byField: {}, other: [] });
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const errorOf = (field: ExportField) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };

  async function exportFile() {
    setFailure(null);
    setDone(null);
    const input: CalendarExportInput = {
      from,
      to,
      ownerIds: filter.ownerIds,
      regions: filter.regions,
      ...(filter.partnerId ? { partnerId: filter.partnerId } : {}),
      kinds: filter.kinds,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      language: languageOfLocale(i18n.language),
      calendarName: name,
    };
    const invalid = validateWith(calendarExportInputSchema, input, exportFields);
    if (invalid) {
      setErrors(invalid);
      return;
    }
    setErrors({ byField: {}, other: [] });
    setBusy(true);
    try {
      const result = await call('calendar.exportIcs', input);
      downloadText(result.fileName, result.content, 'text/calendar;charset=utf-8');
      setDone(result.eventCount);
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        setErrors(formErrorsFrom(error.fields, exportFields));
      } else setFailure(errorText(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('calendar.export.title')} centered>
      <form
        noValidate
        aria-label={t('calendar.export.title')}
        onSubmit={(e) => {
          e.preventDefault();
          void exportFile();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('calendar.export.intro')}
          </Text>
          <Group grow align="flex-start">
            <DateInput
              {...dayInputProps}
              label={t('calendar.export.from')}
              value={from || null}
              onChange={(date) => setFrom(date ?? '')}
              error={errorOf('from')}
            />
            <DateInput
              {...dayInputProps}
              label={t('calendar.export.to')}
              value={to || null}
              onChange={(date) => setTo(date ?? '')}
              error={errorOf('to')}
            />
          </Group>
          <TextInput
            label={t('calendar.export.calendarName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errorOf('calendarName')}
          />
          {done !== null ? (
            <Alert color="teal" role="status">
              {t('calendar.export.done', { count: done })}
            </Alert>
          ) : null}
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.close')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('calendar.export.download')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

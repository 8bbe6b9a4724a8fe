// Plan or edit a stored care event: partner, kind, title, all-day or a time range, owner,
// contacts, repeat (weekly, monthly, yearly or a custom RRULE) with an end, and when editing the
// status and outcome. The core's messages (invalid rule, end before start) appear at the fields.
import {
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  careEventInputSchema,
  careEventKinds,
  careEventStatuses,
  type CareEvent,
} from '../../../../shared/care';
import { CoreError } from '../../../../shared/errors';
import type { WriteResult } from '../../../../shared/history';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { formErrorsFrom, validateWith, type FormErrors } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import {
  endChoices,
  eventFormFields,
  eventInputFrom,
  eventValuesFrom,
  emptyEventValues,
  repeatChoices,
  repeatFieldErrors,
  type EventFormField,
  type EventFormValues,
} from './event-form-values';
import { PartnerSelect } from './PartnerSelect';
import { FormFooter } from '../../components/FormFooter/FormFooter';

export interface EventFormProps {
  event?: CareEvent;
  /** Prefilled values of a new event (the clicked day, the filtered partner, ...). */
  initial?: Partial<EventFormValues>;
  onCancel: () => void;
  onSaved: (result: WriteResult, title: string) => void;
}

/** Which message a value field's edit clears (the core names start, end and rrule). */
const errorFieldOf: Partial<Record<keyof EventFormValues, EventFormField>> = {
  partnerId: 'partnerId',
  kind: 'kind',
  title: 'title',
  ownerId: 'ownerId',
  contactIds: 'contactIds',
  startDate: 'start',
  startTime: 'start',
  endDate: 'end',
  endTime: 'end',
  allDay: 'start',
  repeat: 'rrule',
  customRule: 'rrule',
  ends: 'rrule',
  untilDate: 'rrule',
  count: 'rrule',
  status: 'status',
  outcomeNote: 'outcomeNote',
  description: 'description',
};

const userTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Accepts YYYY-MM-DD as typed, and what the field itself shows (e.g. "3 Dec 2026"). */
function parseDay(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return Number.isNaN(Date.parse(trimmed)) ? null : trimmed;
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// The first day of the week comes from the DatesProvider, which follows the UI language.
export const dayInputProps = { valueFormat: 'D MMM YYYY', dateParser: parseDay } as const;

export function EventForm({ event, initial, onCancel, onSaved }: EventFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<EventFormValues>(() =>
    event ? eventValuesFrom(event) : emptyEventValues(initial),
  );
  const [errors, setErrors] = useState<FormErrors<EventFormField>>({ byField: {}, other: [] });
  const formRef = useRef<HTMLFormElement>(null);
  /** Editing a field clears the message at it, so a stale message never sits by a corrected value. */
  const setField = <K extends keyof EventFormValues>(field: K, value: EventFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    const errorField = errorFieldOf[field];
    setErrors((current) => {
      if (!errorField || !(errorField in current.byField)) return current;
      const byField = { ...current.byField };
      delete byField[errorField];
      return { ...current, byField };
    });
  };
  const showErrors = (next: FormErrors<EventFormField>) => {
    setErrors(next);
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  };
  const [failure, setFailure] = useState<string | null>(null);
  const [titleTouched, setTitleTouched] = useState(event !== undefined || Boolean(initial?.title));
  const [partnerName, setPartnerName] = useState<string | null>(null);
  const create = useCoreMutation('careEvents.create');
  const update = useCoreMutation('careEvents.update');
  const owners = useCoreQuery('owners.list', {});
  const contacts = useCoreQuery(
    'contacts.list',
    { partnerId: values.partnerId ?? undefined, limit: 500 },
    { enabled: values.partnerId !== null },
  );

  const errorOf = (field: EventFormField) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };

  /** A title that follows kind and partner until the user writes their own. */
  function suggestTitle(kind = values.kind, name = partnerName) {
    if (titleTouched || !name) return;
    setField(
      'title',
      t('calendar.form.suggestedTitle', { kind: t(`calendar.kinds.${kind}`), partner: name }),
    );
  }

  async function save() {
    setFailure(null);
    const input = eventInputFrom(values, event?.timeZone ?? userTimeZone(), event?.exceptions);
    const own = repeatFieldErrors(values);
    const invalid = validateWith(careEventInputSchema, input, eventFormFields);
    if (invalid || own.rrule) {
      showErrors({
        byField: { ...(invalid?.byField ?? {}), ...own },
        other: invalid?.other ?? [],
      });
      return;
    }
    setErrors({ byField: {}, other: [] });
    try {
      const result = event
        ? await update.mutateAsync({ id: event.id, event: input })
        : await create.mutateAsync(input);
      onSaved(result, input.title.trim());
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        showErrors(formErrorsFrom(error.fields, eventFormFields));
      } else setFailure(errorText(t, error));
    }
  }

  const kindOptions = careEventKinds.map((kind) => ({ value: kind, label: t(`calendar.kinds.${kind}`) }));
  const ownerOptions = (owners.data ?? []).map((o) => ({ value: o.id, label: o.name }));
  const contactOptions = (contacts.data?.rows ?? []).map((c) => ({ value: c.id, label: c.name }));
  const rruleError = errorOf('rrule');
  const presetRepeat = values.repeat !== 'none' && values.repeat !== 'custom';

  return (
    <form
      ref={formRef}
      noValidate
      aria-label={event ? t('calendar.form.editTitle') : t('calendar.form.newTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <PartnerSelect
            {...requiredLabel(t('calendar.fields.partner'))}
            placeholder={t('calendar.form.partnerPlaceholder')}
            value={values.partnerId}
            error={errorOf('partnerId')}
            onChange={(id, name) => {
              setField('partnerId', id);
              setField('contactIds', []);
              setPartnerName(name);
              suggestTitle(values.kind, name);
            }}
          />
          <Select
            {...requiredLabel(t('calendar.fields.kind'))}
            data={kindOptions}
            value={values.kind}
            allowDeselect={false}
            error={errorOf('kind')}
            onChange={(kind) => {
              if (!kind) return;
              setField('kind', kind as EventFormValues['kind']);
              suggestTitle(kind as EventFormValues['kind']);
            }}
          />
        </SimpleGrid>
        <TextInput
          {...requiredLabel(t('calendar.fields.title'))}
          value={values.title}
          error={errorOf('title')}
          onChange={(e) => {
            setTitleTouched(true);
            setField('title', e.currentTarget.value);
          }}
        />
        <Switch
          label={t('calendar.fields.allDay')}
          checked={values.allDay}
          onChange={(e) => setField('allDay', e.currentTarget.checked)}
        />
        <SimpleGrid cols={{ base: 1, sm: values.allDay ? 2 : 3 }} spacing="md" verticalSpacing="sm">
          <DateInput
            {...dayInputProps}
            {...requiredLabel(values.allDay ? t('calendar.fields.date') : t('calendar.fields.day'))}
            value={values.startDate || null}
            onChange={(date) => setField('startDate', date ?? '')}
            error={values.allDay ? errorOf('start') : undefined}
            popoverProps={{ withinPortal: true }}
          />
          {values.allDay ? (
            <DateInput
              {...dayInputProps}
              label={t('calendar.fields.lastDay')}
              description={t('calendar.form.lastDayHint')}
              clearable
              value={values.endDate || null}
              onChange={(date) => setField('endDate', date ?? '')}
              error={errorOf('end')}
            />
          ) : (
            <>
              <TimeInput
                label={t('calendar.fields.startTime')}
                value={values.startTime}
                onChange={(e) => setField('startTime', e.currentTarget.value)}
                error={errorOf('start')}
              />
              <TimeInput
                label={t('calendar.fields.endTime')}
                value={values.endTime}
                onChange={(e) => setField('endTime', e.currentTarget.value)}
                error={errorOf('end')}
              />
            </>
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <Select
            label={t('calendar.fields.owner')}
            placeholder={t('calendar.form.noOwner')}
            data={ownerOptions}
            value={values.ownerId}
            clearable
            searchable
            error={errorOf('ownerId')}
            onChange={(id) => setField('ownerId', id)}
          />
          <MultiSelect
            label={t('calendar.fields.contacts')}
            placeholder={values.partnerId ? undefined : t('calendar.form.contactsNeedPartner')}
            disabled={values.partnerId === null}
            data={contactOptions}
            value={values.contactIds}
            searchable
            error={errorOf('contactIds')}
            onChange={(ids) => setField('contactIds', ids)}
          />
        </SimpleGrid>
        <Stack gap={6}>
          <Text size="sm" fw={500} id="event-repeat-label">
            {t('calendar.fields.repeat')}
          </Text>
          <SegmentedControl
            aria-labelledby="event-repeat-label"
            data={repeatChoices.map((choice) => ({ value: choice, label: t(`calendar.repeat.${choice}`) }))}
            value={values.repeat}
            onChange={(choice) => setField('repeat', choice as EventFormValues['repeat'])}
          />
          {values.repeat === 'none' && rruleError ? (
            <Text size="xs" c="red">
              {rruleError}
            </Text>
          ) : null}
        </Stack>
        {values.repeat === 'custom' ? (
          <TextInput
            label={t('calendar.fields.rrule')}
            description={t('calendar.form.rruleHint')}
            placeholder="FREQ=MONTHLY;BYDAY=1MO;COUNT=6"
            value={values.customRule}
            error={rruleError}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            onChange={(e) => setField('customRule', e.currentTarget.value)}
          />
        ) : null}
        {presetRepeat ? (
          <Group align="flex-end" gap="md" wrap="wrap">
            <Select
              label={t('calendar.fields.ends')}
              data={endChoices.map((choice) => ({ value: choice, label: t(`calendar.ends.${choice}`) }))}
              value={values.ends}
              allowDeselect={false}
              w={160}
              error={values.ends === 'never' ? rruleError : undefined}
              onChange={(choice) => {
                setField('ends', (choice ?? 'never') as EventFormValues['ends']);
              }}
            />
            {values.ends === 'on' ? (
              <DateInput
                {...dayInputProps}
                label={t('calendar.fields.untilDate')}
                value={values.untilDate || null}
                onChange={(date) => setField('untilDate', date ?? '')}
                error={rruleError}
                w={200}
              />
            ) : null}
            {values.ends === 'after' ? (
              <NumberInput
                label={t('calendar.fields.count')}
                suffix={` ${t('calendar.form.times')}`}
                min={1}
                max={9999}
                allowDecimal={false}
                value={values.count}
                onChange={(count) => setField('count', String(count))}
                error={rruleError}
                w={160}
              />
            ) : null}
          </Group>
        ) : null}
        {event ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            <Select
              label={t('calendar.fields.status')}
              description={event.rrule ? t('calendar.form.seriesStatusHint') : undefined}
              data={careEventStatuses.map((status) => ({
                value: status,
                label: t(`calendar.status.${status}`),
              }))}
              value={values.status}
              allowDeselect={false}
              error={errorOf('status')}
              onChange={(status) => status && setField('status', status as EventFormValues['status'])}
            />
            <Textarea
              label={t('calendar.fields.outcomeNote')}
              autosize
              minRows={2}
              maxRows={6}
              value={values.outcomeNote}
              error={errorOf('outcomeNote')}
              onChange={(e) => setField('outcomeNote', e.currentTarget.value)}
            />
          </SimpleGrid>
        ) : null}
        <Textarea
          label={t('calendar.fields.description')}
          autosize
          minRows={2}
          maxRows={6}
          value={values.description}
          error={errorOf('description')}
          onChange={(e) => setField('description', e.currentTarget.value)}
        />
        <FormFooter
          otherErrors={errors.other}
          failure={failure}
          saving={create.isPending || update.isPending}
          onCancel={onCancel}
          saveLabel={event ? t('actions.save') : t('calendar.form.create')}
        />
      </Stack>
    </form>
  );
}

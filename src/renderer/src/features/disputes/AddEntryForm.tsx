// "Add to timeline": a note, call, meeting, offer or document on a case, back-dated when logged
// later; or, in correction mode, a correction naming the entry it puts right (which stays as it was).
import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { disputeStepKinds, type DisputeEntry } from '../../../../shared/disputes';
import { CoreError, type FieldMessage } from '../../../../shared/errors';
import { fieldMessage } from '../../../../shared/validation';
import type { AttachmentRef } from '../../../../shared/visit-notes';
import { useCoreMutation } from '../../api/core-queries';
import { requiredLabel } from '../../forms/required-label';
import { dateTime } from '../../i18n/date-format';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { AttachmentField } from '../visit-notes/AttachmentField';

type StepKind = Exclude<(typeof disputeStepKinds)[number], 'correction'>;
const stepKinds = disputeStepKinds.filter((kind): kind is StepKind => kind !== 'correction');

/** "2026-11-24T15:30" in the user's time zone, as a datetime-local input shows it. */
export function localDateTimeInput(now: Date = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export interface AddEntryFormProps {
  disputeId: string;
  /** The entry being corrected; null adds an ordinary step. */
  correcting: DisputeEntry | null;
  onStopCorrecting: () => void;
}

export function AddEntryForm({ disputeId, correcting, onStopCorrecting }: AddEntryFormProps) {
  const { t, i18n } = useTranslation();
  const add = useCoreMutation('disputes.addEntry');
  const [kind, setKind] = useState<StepKind>('note');
  const [at, setAt] = useState(() => localDateTimeInput());
  // Untouched, "when" is the moment of saving (the field shows the minute it was opened).
  const [atEdited, setAtEdited] = useState(false);
  const [text, setText] = useState('');
  const [attachments, setAttachments] = useState<AttachmentRef[]>([]);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<Record<string, FieldMessage>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);
  const errorAt = (field: string) => {
    const message = errors[field];
    return message ? fieldMessageText(t, message) : undefined;
  };
  const clear = (field: string) =>
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== field)));

  async function submit() {
    setFailure(null);
    const problems: Record<string, FieldMessage> = {};
    if (text.trim() === '') problems.text = fieldMessage('validation.required');
    if (at === '' || Number.isNaN(Date.parse(at))) problems.at = fieldMessage('validation.dateTime');
    else if (Date.parse(at) > Date.now() + 5 * 60_000) problems.at = fieldMessage('validation.futureTime');
    if (!correcting && kind === 'document' && attachments.length === 0)
      problems.attachments = fieldMessage('validation.required');
    setErrors(problems);
    if (Object.keys(problems).length) return;
    try {
      await add.mutateAsync({
        disputeId,
        kind: correcting ? 'correction' : kind,
        ...(atEdited ? { at: new Date(at).toISOString() } : {}),
        text,
        attachments,
        correctsEntryId: correcting?.id ?? null,
      });
      notifications.show({ color: 'teal', message: t('disputes.entry.added') });
      setText('');
      setAttachments([]);
      setAt(localDateTimeInput());
      setAtEdited(false);
      if (correcting) onStopCorrecting();
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) setErrors(error.fields);
      else setFailure(errorText(t, error));
    }
  }

  const attachmentError = errorAt('attachments');
  return (
    <Paper withBorder p="md" radius="md" bg={correcting ? 'var(--mantine-color-orange-light)' : undefined}>
      <form
        noValidate
        aria-label={correcting ? t('disputes.entry.correctionTitle') : t('disputes.entry.addTitle')}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text fw={600} size="sm">
            {correcting ? t('disputes.entry.correctionTitle') : t('disputes.entry.addTitle')}
          </Text>
          {correcting ? (
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" data-testid="correcting">
                {t('disputes.entry.correcting', {
                  kind: t(`disputes.entryKind.${correcting.kind}`).toLowerCase(),
                  date: dateTime(correcting.at, i18n.language),
                  text: correcting.text.length > 80 ? `${correcting.text.slice(0, 80)}…` : correcting.text,
                })}
              </Text>
              <Button size="compact-xs" variant="subtle" color="gray" onClick={onStopCorrecting}>
                {t('disputes.entry.cancelCorrection')}
              </Button>
            </Group>
          ) : null}
          {errors.correctsEntryId ? (
            <Alert color="red" role="alert">
              {fieldMessageText(t, errors.correctsEntryId)}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {correcting ? null : (
              <Select
                label={t('disputes.entry.kind')}
                data={stepKinds.map((k) => ({ value: k, label: t(`disputes.entryKind.${k}`) }))}
                value={kind}
                allowDeselect={false}
                onChange={(value) => {
                  if (value) setKind(value as StepKind);
                  clear('attachments');
                }}
              />
            )}
            <TextInput
              type="datetime-local"
              {...requiredLabel(t('disputes.entry.at'))}
              description={t('disputes.entry.atHint')}
              value={at}
              max={localDateTimeInput()}
              error={errorAt('at')}
              onChange={(event) => {
                setAt(event.currentTarget.value);
                setAtEdited(true);
                clear('at');
              }}
            />
          </SimpleGrid>
          <Textarea
            {...requiredLabel(t('disputes.entry.text'))}
            autosize
            minRows={2}
            maxRows={8}
            value={text}
            error={errorAt('text')}
            onChange={(event) => {
              setText(event.currentTarget.value);
              clear('text');
            }}
          />
          <AttachmentField
            value={attachments}
            onChange={(update) => {
              setAttachments(update);
              clear('attachments');
            }}
            errors={errors}
            onBusyChange={onBusyChange}
          />
          {attachmentError ? (
            <Text size="sm" c="red" role="alert" data-testid="attachments-required">
              {attachmentError}
            </Text>
          ) : null}
          {failure ? (
            <Alert color="red" role="alert" title={t('errors.saveFailed')}>
              {failure}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending} disabled={uploading}>
              {t('disputes.entry.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

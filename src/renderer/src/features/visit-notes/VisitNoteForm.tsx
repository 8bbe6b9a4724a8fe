// The visit-note form: when and which visit, who was there, what was discussed, the partner's
// mood, issues, files, and (for a new note) the promises and follow-ups that came out of it.
// Checked with the core's schema before sending; the core's answers land at their fields.
import { Divider, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError, type FieldMessage } from '../../../../shared/errors';
import type { WriteResult } from '../../../../shared/history';
import type { Partner } from '../../../../shared/partners';
import type { VisitNote } from '../../../../shared/visit-notes';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { requiredLabel } from '../../forms/required-label';
import { calendarDate } from '../../i18n/date-format';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { AttachmentField } from './AttachmentField';
import { CommitmentRows, FollowUpRows, IssueRows } from './NoteRows';
import { SentimentField } from './SentimentField';
import {
  emptyVisitNoteValues,
  formFieldMessages,
  validateVisitNote,
  visitNoteSubmission,
  visitNoteValuesFrom,
  type VisitNoteFormValues,
} from './visit-note-form-values';
import { FormFooter } from '../../components/FormFooter/FormFooter';

const newVisit = 'new';
const maxContacts = 500;

export interface VisitNoteFormProps {
  partner: Partner;
  note?: VisitNote | undefined;
  today: string;
  onCancel: () => void;
  onSaved: (result: WriteResult) => void;
}

export function VisitNoteForm({ partner, note, today, onCancel, onSaved }: VisitNoteFormProps) {
  const { t, i18n } = useTranslation();
  const contacts = useCoreQuery('contacts.list', { partnerId: partner.id, limit: maxContacts });
  const owners = useCoreQuery('owners.list', {});
  const events = useCoreQuery('careEvents.listForPartner', { partnerId: partner.id });
  const me = owners.data?.find((owner) => owner.isMe)?.id ?? null;

  const [values, setValues] = useState<VisitNoteFormValues>(() =>
    note ? visitNoteValuesFrom(note) : emptyVisitNoteValues(today),
  );
  const [errors, setErrors] = useState<Record<string, FieldMessage>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [uploading, setUploading] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // Teammates default to me on a new note, once the owners are known.
  const [meApplied, setMeApplied] = useState(Boolean(note));
  if (!meApplied && me) {
    setMeApplied(true);
    setValues((current) =>
      current.attendeeOwnerIds.length ? current : { ...current, attendeeOwnerIds: [me] },
    );
  }

  const setField = useCallback(
    <K extends keyof VisitNoteFormValues>(field: K, value: VisitNoteFormValues[K]) => {
      setValues((current) => ({ ...current, [field]: value }));
      setErrors((current) => withoutField(current, field));
    },
    [],
  );
  const updateList =
    <K extends 'issues' | 'commitments' | 'followUps' | 'attachments'>(field: K) =>
    (update: (rows: VisitNoteFormValues[K]) => VisitNoteFormValues[K]) => {
      setValues((current) => ({ ...current, [field]: update(current[field]) }));
      setErrors((current) => withoutField(current, field));
    };
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);

  const message = (path: string) => {
    const found = errors[path];
    return found ? fieldMessageText(t, found) : undefined;
  };

  const contactOptions = useMemo(
    () =>
      (contacts.data?.rows ?? []).map((c) => ({
        value: c.id,
        label: c.role ? `${c.name} (${c.role})` : c.name,
      })),
    [contacts.data],
  );
  const ownerOptions = useMemo(
    () =>
      (owners.data ?? []).map((o) => ({
        value: o.id,
        label: o.isMe ? t('visitNotes.form.me', { name: o.name }) : o.name,
      })),
    [owners.data, t],
  );
  const visitOptions = useMemo(() => {
    // A repeating series cannot be closed by one note; its occurrences are not offered.
    const visits = (events.data ?? []).filter((e) => e.kind === 'visit' && !e.rrule);
    return [
      { value: newVisit, label: t('visitNotes.form.newVisit') },
      ...visits.map((e) => ({
        value: e.id,
        label: t(e.status === 'planned' ? 'visitNotes.form.plannedVisit' : 'visitNotes.form.heldVisit', {
          title: e.title,
          date: calendarDate(e.start.slice(0, 10), i18n.language),
        }),
      })),
    ];
  }, [events.data, t, i18n.language]);

  function showErrors(next: Record<string, FieldMessage>) {
    setErrors(next);
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  }

  async function save() {
    setFailure(null);
    const submission = visitNoteSubmission(partner.id, values);
    const invalid = validateVisitNote(submission);
    if (invalid) {
      showErrors(invalid);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const { commitments, followUps, ...fields } = submission.input;
      const result = note
        ? await call('visitNotes.update', { id: note.id, note: fields })
        : await call('visitNotes.create', { ...fields, commitments, followUps });
      onSaved(result);
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        showErrors(formFieldMessages(error.fields, submission.rowKeys));
        setFailure(error.message);
      } else setFailure(errorText(t, error));
    } finally {
      setSaving(false);
    }
  }

  const title = note ? t('visitNotes.form.editTitle') : t('visitNotes.form.addTitle');
  return (
    <form
      ref={formRef}
      noValidate
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput
            type="date"
            {...requiredLabel(t('visitNotes.form.date'))}
            value={values.date}
            error={message('date')}
            onChange={(event) => setField('date', event.currentTarget.value)}
            data-autofocus
          />
          <Select
            label={t('visitNotes.form.visit')}
            description={t('visitNotes.form.visitHint')}
            data={visitOptions}
            value={values.careEventId || newVisit}
            onChange={(value) => setField('careEventId', !value || value === newVisit ? '' : value)}
            error={message('careEventId')}
            allowDeselect={false}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <MultiSelect
            label={t('visitNotes.form.contacts')}
            placeholder={contactOptions.length ? undefined : t('visitNotes.form.noContacts')}
            data={contactOptions}
            value={values.attendeeContactIds}
            onChange={(ids) => setField('attendeeContactIds', ids)}
            error={message('attendeeContactIds') && t('visitNotes.form.contactsGone')}
            searchable
            hidePickedOptions
          />
          <MultiSelect
            label={t('visitNotes.form.teammates')}
            data={ownerOptions}
            value={values.attendeeOwnerIds}
            onChange={(ids) => setField('attendeeOwnerIds', ids)}
            error={message('attendeeOwnerIds') && t('visitNotes.form.teammatesGone')}
            searchable
            hidePickedOptions
          />
        </SimpleGrid>
        <TextInput
          label={t('visitNotes.form.purpose')}
          placeholder={t('visitNotes.form.purposePlaceholder')}
          value={values.purpose}
          error={message('purpose')}
          onChange={(event) => setField('purpose', event.currentTarget.value)}
        />
        <Textarea
          label={t('visitNotes.form.notes')}
          description={t('visitNotes.form.notesHint')}
          autosize
          minRows={4}
          maxRows={14}
          value={values.notes}
          error={message('notes')}
          onChange={(event) => setField('notes', event.currentTarget.value)}
        />
        <SentimentField
          value={values.sentiment}
          onChange={(sentiment) => setField('sentiment', sentiment)}
          error={message('sentiment')}
        />
        <IssueRows rows={values.issues} onChange={updateList('issues')} errors={errors} />
        <AttachmentField
          value={values.attachments}
          onChange={updateList('attachments')}
          errors={errors}
          onBusyChange={onBusyChange}
        />
        {note ? null : (
          <>
            <Divider />
            <CommitmentRows
              rows={values.commitments}
              onChange={updateList('commitments')}
              errors={errors}
              owners={ownerOptions}
              defaultOwnerId={partner.ownerId ?? me}
            />
            <FollowUpRows
              rows={values.followUps}
              onChange={updateList('followUps')}
              errors={errors}
              owners={ownerOptions}
            />
          </>
        )}
        <FormFooter
          otherErrors={[]}
          failure={failure}
          saving={saving}
          onCancel={onCancel}
          saveDisabled={uploading}
          saveLabel={uploading ? t('visitNotes.form.waitForUploads') : undefined}
        />
      </Stack>
    </form>
  );
}

/** Drops the message of a field and of everything under it (rows of a list). */
function withoutField(errors: Record<string, FieldMessage>, field: string): Record<string, FieldMessage> {
  const kept = Object.entries(errors).filter(([path]) => path !== field && !path.startsWith(`${field}.`));
  return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
}

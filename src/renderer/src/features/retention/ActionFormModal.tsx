// Add a retention action to a case, or edit one (status, notes and what came of it), checked with
// the shared schema first and showing the core's messages at the fields.
import { Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import {
  retentionActionFieldsSchema,
  retentionActionKinds,
  retentionActionStatuses,
  type RetentionAction,
  type RetentionActionFieldsInput,
  type RetentionActionKind,
  type RetentionActionStatus,
} from '../../../../shared/retention';
import { useCoreMutation } from '../../api/core-queries';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { localToday } from '../visit-notes/local-day';
import { useAnnounceWrite } from '../history/use-undo';
import { isStale, StaleNotice } from './StaleNotice';
import { useOwnerOptions } from './use-owner-options';

const formFields = ['kind', 'title', 'ownerId', 'dueDate', 'status', 'notes', 'outcome'] as const;
type FormField = (typeof formFields)[number];

interface Values {
  kind: RetentionActionKind;
  title: string;
  ownerId: string | null;
  dueDate: string;
  status: RetentionActionStatus;
  notes: string;
  outcome: string;
  [key: string]: unknown;
}

export interface ActionFormModalProps {
  opened: boolean;
  onClose: () => void;
  caseId: string;
  partnerName: string;
  /** The action to edit; absent to add one. */
  action?: RetentionAction | null;
}

export function ActionFormModal({ opened, onClose, caseId, partnerName, action }: ActionFormModalProps) {
  const { t } = useTranslation();
  const title = action ? t('retention.actionForm.editTitle') : t('retention.actionForm.addTitle');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" closeOnClickOutside={false}>
      {opened ? (
        <ActionForm caseId={caseId} partnerName={partnerName} action={action ?? null} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

function ActionForm({
  caseId,
  partnerName,
  action,
  onClose,
}: {
  caseId: string;
  partnerName: string;
  action: RetentionAction | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const owners = useOwnerOptions();
  const create = useCoreMutation('retentionActions.create');
  const update = useCoreMutation('retentionActions.update');
  const form = useFormState<Values>(
    action
      ? {
          kind: action.kind,
          title: action.title,
          ownerId: action.ownerId,
          dueDate: action.dueDate,
          status: action.status,
          notes: action.notes,
          outcome: action.outcome,
        }
      : {
          kind: 'deep-communication',
          title: '',
          ownerId: null,
          dueDate: localToday(),
          status: 'planned',
          notes: '',
          outcome: '',
        },
  );
  const { values, setField, errors } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const errorOf = (field: FormField) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };
  const formTitle = action ? t('retention.actionForm.editTitle') : t('retention.actionForm.addTitle');

  async function save() {
    setFailure(null);
    setStale(null);
    const input: RetentionActionFieldsInput = {
      kind: values.kind,
      title: values.title,
      ownerId: values.ownerId,
      dueDate: values.dueDate,
      status: values.status,
      notes: values.notes,
      outcome: values.outcome,
    };
    const invalid = validateWith(retentionActionFieldsSchema, input, formFields);
    if (invalid) {
      form.showErrors(invalid);
      return;
    }
    form.clearErrors();
    try {
      const result = action
        ? await update.mutateAsync({ id: action.id, revision: action.revision, action: input })
        : await create.mutateAsync({ caseId, action: input });
      announce(
        t(action ? 'retention.actionForm.saved' : 'retention.actionForm.added', {
          title: values.title.trim(),
          partner: partnerName,
        }),
        result.batchId,
      );
      onClose();
    } catch (error) {
      if (isStale(error)) setStale(errorText(t, error));
      else if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        form.showErrors(formErrorsFrom(error.fields, formFields));
      } else setFailure(errorText(t, error));
    }
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={formTitle}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            {...requiredLabel(t('retention.fields.kind'))}
            data={retentionActionKinds.map((kind) => ({
              value: kind,
              label: t(`retention.actionKind.${kind}`),
            }))}
            value={values.kind}
            onChange={(kind) => kind && setField('kind', kind as RetentionActionKind)}
            allowDeselect={false}
            error={errorOf('kind')}
          />
          <Select
            label={t('retention.fields.status')}
            data={retentionActionStatuses.map((status) => ({
              value: status,
              label: t(`retention.actionStatus.${status}`),
            }))}
            value={values.status}
            onChange={(status) => status && setField('status', status as RetentionActionStatus)}
            allowDeselect={false}
            error={errorOf('status')}
          />
        </SimpleGrid>
        <TextInput
          {...requiredLabel(t('retention.fields.actionTitle'))}
          data-autofocus
          value={values.title}
          error={errorOf('title')}
          onChange={(event) => setField('title', event.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('retention.fields.owner')}
            placeholder={t('retention.partnersOwner')}
            data={owners.options}
            value={values.ownerId}
            onChange={(ownerId) => setField('ownerId', ownerId)}
            error={errorOf('ownerId')}
            clearable
            searchable
          />
          <TextInput
            type="date"
            {...requiredLabel(t('retention.fields.dueDate'))}
            value={values.dueDate}
            error={errorOf('dueDate')}
            onChange={(event) => setField('dueDate', event.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          label={t('retention.fields.notes')}
          autosize
          minRows={2}
          maxRows={6}
          value={values.notes}
          error={errorOf('notes')}
          onChange={(event) => setField('notes', event.currentTarget.value)}
        />
        <Textarea
          label={t('retention.fields.actionOutcome')}
          description={t('retention.actionForm.outcomeHint')}
          autosize
          minRows={2}
          maxRows={6}
          value={values.outcome}
          error={errorOf('outcome')}
          onChange={(event) => setField('outcome', event.currentTarget.value)}
        />
        {stale ? <StaleNotice message={stale} onReload={onClose} /> : null}
        <FormFooter
          otherErrors={errors.other}
          failure={failure}
          saving={create.isPending || update.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}

// "Add commitment": a promise made outside a visit note (a call, a message), by us or the partner.
import { Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commitmentInputSchema, type CommitmentInput } from '../../../../shared/care';
import { CoreError } from '../../../../shared/errors';
import type { Partner } from '../../../../shared/partners';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { FormFooter } from '../../components/FormFooter/FormFooter';

const formFields = ['description', 'madeBy', 'ownerId', 'dueDate', 'note'] as const;
type FormField = (typeof formFields)[number];

interface Values {
  description: string;
  madeBy: 'us' | 'partner';
  ownerId: string | null;
  dueDate: string;
  note: string;
  [key: string]: unknown;
}

export interface CommitmentFormModalProps {
  opened: boolean;
  onClose: () => void;
  partner: Partner;
}

export function CommitmentFormModal({ opened, onClose, partner }: CommitmentFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('visitNotes.commitments.addTitle')}
      size="lg"
      closeOnClickOutside={false}
    >
      {opened ? <CommitmentForm partner={partner} onClose={onClose} /> : null}
    </Modal>
  );
}

function CommitmentForm({ partner, onClose }: { partner: Partner; onClose: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const owners = useCoreQuery('owners.list', {});
  const create = useCoreMutation('commitments.create');
  const form = useFormState<Values>({
    description: '',
    madeBy: 'us',
    ownerId: partner.ownerId,
    dueDate: '',
    note: '',
  });
  const { values, setField, errors } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const ownerOptions = useMemo(
    () => (owners.data ?? []).map((o) => ({ value: o.id, label: o.name })),
    [owners.data],
  );
  const errorOf = (field: FormField) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };

  async function save() {
    setFailure(null);
    const input: CommitmentInput = {
      partnerId: partner.id,
      description: values.description,
      madeBy: values.madeBy,
      ownerId: values.ownerId,
      dueDate: values.dueDate,
      note: values.note,
    };
    const invalid = validateWith(commitmentInputSchema, input, formFields);
    if (invalid) {
      form.showErrors(invalid);
      return;
    }
    form.clearErrors();
    try {
      const result = await create.mutateAsync(input);
      announce(t('visitNotes.commitments.added', { description: values.description.trim() }), result.batchId);
      onClose();
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        form.showErrors(formErrorsFrom(error.fields, formFields));
      } else setFailure(errorText(t, error));
    }
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={t('visitNotes.commitments.addTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <TextInput
          {...requiredLabel(t('visitNotes.commitments.description'))}
          placeholder={t('visitNotes.form.commitmentPlaceholder')}
          data-autofocus
          value={values.description}
          error={errorOf('description')}
          onChange={(event) => setField('description', event.currentTarget.value)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="commitment-made-by">
            {t('visitNotes.form.madeBy')}
          </Text>
          <SegmentedControl
            aria-labelledby="commitment-made-by"
            value={values.madeBy}
            onChange={(value) => setField('madeBy', value === 'partner' ? 'partner' : 'us')}
            data={[
              { value: 'us', label: t('visitNotes.madeBy.us') },
              { value: 'partner', label: t('visitNotes.madeBy.partner') },
            ]}
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('visitNotes.form.owner')}
            data={ownerOptions}
            value={values.ownerId}
            onChange={(ownerId) => setField('ownerId', ownerId)}
            error={errorOf('ownerId')}
            clearable
            searchable
          />
          <TextInput
            type="date"
            {...requiredLabel(t('visitNotes.form.dueDate'))}
            value={values.dueDate}
            error={errorOf('dueDate')}
            onChange={(event) => setField('dueDate', event.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          label={t('visitNotes.commitments.note')}
          autosize
          minRows={2}
          maxRows={6}
          value={values.note}
          error={errorOf('note')}
          onChange={(event) => setField('note', event.currentTarget.value)}
        />
        <FormFooter
          otherErrors={errors.other}
          failure={failure}
          saving={create.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}

// "Record outcome": retained or churned, on a day, with a note. Churned marks the partner churned
// and retained makes a churned partner active again, in the same change.
import { Checkbox, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import { retentionOutcomeInputSchema, type RetentionCaseSummary } from '../../../../shared/retention';
import { useCoreMutation } from '../../api/core-queries';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { localToday } from '../visit-notes/local-day';
import { isStale, StaleNotice } from './StaleNotice';

const formFields = ['outcome', 'on', 'note'] as const;
type FormField = (typeof formFields)[number];

interface Values {
  outcome: 'retained' | 'churned';
  on: string;
  note: string;
  cancelOpenActions: boolean;
  [key: string]: unknown;
}

export interface OutcomeModalProps {
  opened: boolean;
  onClose: () => void;
  retentionCase: RetentionCaseSummary;
}

export function OutcomeModal({ opened, onClose, retentionCase }: OutcomeModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('retention.outcomeForm.title')}
      size="md"
      closeOnClickOutside={false}
    >
      {opened ? <OutcomeForm retentionCase={retentionCase} onClose={onClose} /> : null}
    </Modal>
  );
}

function OutcomeForm({ retentionCase, onClose }: Omit<OutcomeModalProps, 'opened'>) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const setOutcome = useCoreMutation('retentionCases.setOutcome');
  const form = useFormState<Values>({
    outcome: 'retained',
    on: localToday(),
    note: '',
    cancelOpenActions: true,
  });
  const { values, setField, errors } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const errorOf = (field: FormField) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };

  async function save() {
    setFailure(null);
    setStale(null);
    const input = {
      id: retentionCase.id,
      revision: retentionCase.revision,
      outcome: values.outcome,
      on: values.on,
      note: values.note,
      cancelOpenActions: retentionCase.actionsOpen > 0 && values.cancelOpenActions,
    };
    const invalid = validateWith(retentionOutcomeInputSchema, input, formFields);
    if (invalid) {
      form.showErrors(invalid);
      return;
    }
    form.clearErrors();
    try {
      const result = await setOutcome.mutateAsync(input);
      announce(
        t(`retention.outcomeForm.recorded.${values.outcome}`, { name: retentionCase.partnerName }),
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
      aria-label={t('retention.outcomeForm.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="retention-outcome-label">
            {t('retention.fields.outcome')}
          </Text>
          <SegmentedControl
            aria-labelledby="retention-outcome-label"
            value={values.outcome}
            onChange={(outcome) => setField('outcome', outcome === 'churned' ? 'churned' : 'retained')}
            data={[
              { value: 'retained', label: t('retention.outcome.retained') },
              { value: 'churned', label: t('retention.outcome.churned') },
            ]}
            color={values.outcome === 'churned' ? 'red' : 'teal'}
          />
          <Text size="xs" c="dimmed">
            {values.outcome === 'churned'
              ? t('retention.outcomeForm.churnedHint', { name: retentionCase.partnerName })
              : t('retention.outcomeForm.retainedHint')}
          </Text>
        </Stack>
        <TextInput
          type="date"
          {...requiredLabel(t('retention.fields.outcomeOn'))}
          value={values.on}
          error={errorOf('on')}
          onChange={(event) => setField('on', event.currentTarget.value)}
        />
        <Textarea
          label={t('retention.fields.outcomeNote')}
          autosize
          minRows={2}
          maxRows={6}
          value={values.note}
          error={errorOf('note')}
          onChange={(event) => setField('note', event.currentTarget.value)}
        />
        {retentionCase.actionsOpen > 0 ? (
          <Checkbox
            label={t('retention.outcomeForm.cancelOpen', { count: retentionCase.actionsOpen })}
            checked={values.cancelOpenActions}
            onChange={(event) => setField('cancelOpenActions', event.currentTarget.checked)}
          />
        ) : null}
        {stale ? <StaleNotice message={stale} onReload={onClose} /> : null}
        <FormFooter
          otherErrors={errors.other}
          failure={failure}
          saving={setOutcome.isPending}
          onCancel={onClose}
          saveLabel={t('retention.outcomeForm.save')}
        />
      </Stack>
    </form>
  );
}

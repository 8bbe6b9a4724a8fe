// "Reject" a redemption: a note saying why is required; the points go back to the partner with a
// reversing entry. A stale revision (someone decided first) shows the conflict notice.
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announcePermanent } from '../history/announce-permanent';
import { CoreError } from '../../../../shared/errors';
import type { Redemption } from '../../../../shared/rewards';
import { fieldMessage } from '../../../../shared/validation';
import { useCoreMutation } from '../../api/core-queries';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { formErrorsFrom } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { formatPoints } from '../ledger/ledger-format';
import { isStale, StaleNotice } from '../retention/StaleNotice';
import { localToday } from '../visit-notes/local-day';

const formFields = ['notes', 'decision'] as const;

export function RejectRedemptionModal({
  redemption,
  onClose,
}: {
  redemption: Redemption | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={redemption !== null}
      onClose={onClose}
      title={redemption ? t('ledger.redemptions.rejectTitle', { reward: redemption.rewardName }) : ''}
      closeOnClickOutside={false}
    >
      {redemption ? <RejectForm redemption={redemption} onClose={onClose} /> : null}
    </Modal>
  );
}

function RejectForm({ redemption, onClose }: { redemption: Redemption; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const decide = useCoreMutation('redemptions.decide');
  const form = useFormState<{ notes: string; decision: string }>({ notes: '', decision: 'reject' });
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);

  async function save() {
    setFailure(null);
    setStale(null);
    if (!form.values.notes.trim()) {
      return form.showErrors({ byField: { notes: fieldMessage('validation.reasonRequired') }, other: [] });
    }
    try {
      await decide.mutateAsync({
        id: redemption.id,
        revision: redemption.revision,
        decision: 'reject',
        notes: form.values.notes,
        today: localToday(),
      });
      announcePermanent(
        t('ledger.redemptions.rejected', { reward: redemption.rewardName, name: redemption.partnerName }),
      );
      onClose();
    } catch (error) {
      if (isStale(error)) setStale(errorText(t, error));
      else if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        form.showErrors(formErrorsFrom(error.fields, formFields));
      } else setFailure(errorText(t, error));
    }
  }

  const notesError = form.errors.byField.notes;
  const decisionError = form.errors.byField.decision;
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={t('ledger.redemptions.rejectTitle', { reward: redemption.rewardName })}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          {t('ledger.redemptions.rejectHint', {
            points: formatPoints(redemption.points, i18n.language),
            name: redemption.partnerName,
          })}
        </Text>
        <Textarea
          {...requiredLabel(t('ledger.redemptions.rejectNote'))}
          data-autofocus
          autosize
          minRows={2}
          value={form.values.notes}
          error={notesError ? fieldMessageText(t, notesError) : undefined}
          onChange={(event) => form.setField('notes', event.currentTarget.value)}
        />
        {stale ? <StaleNotice message={stale} onReload={onClose} /> : null}
        <FormFooter
          otherErrors={[...(decisionError ? [decisionError] : []), ...form.errors.other]}
          failure={failure}
          saving={decide.isPending}
          onCancel={onClose}
          saveLabel={t('ledger.redemptions.rejectSave')}
        />
      </Stack>
    </form>
  );
}

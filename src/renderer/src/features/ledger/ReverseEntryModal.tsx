// "Reverse" an award or adjustment: an equal and opposite entry with a reason. The core refuses a
// second reversal or one that would overdraw the balance; its message shows here.
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announcePermanent } from '../history/announce-permanent';
import type { LedgerEntry } from '../../../../shared/claims';
import { CoreError } from '../../../../shared/errors';
import { ledgerReverseInputSchema } from '../../../../shared/ledger';
import { useCoreMutation } from '../../api/core-queries';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { calendarDate } from '../../i18n/date-format';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { localToday } from '../visit-notes/local-day';
import { formatEntryAmount } from './ledger-format';

const formFields = ['reason', 'entryId'] as const;

export function ReverseEntryModal({
  entry,
  currency,
  onClose,
}: {
  entry: LedgerEntry | null;
  currency: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      title={t('ledger.reverse.title')}
      closeOnClickOutside={false}
    >
      {entry ? <ReverseForm entry={entry} currency={currency} onClose={onClose} /> : null}
    </Modal>
  );
}

function ReverseForm({
  entry,
  currency,
  onClose,
}: {
  entry: LedgerEntry;
  currency: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const reverse = useCoreMutation('ledger.reverse');
  const form = useFormState<{ reason: string; entryId: string }>({ reason: '', entryId: entry.id });
  const [failure, setFailure] = useState<string | null>(null);
  const amount = formatEntryAmount(entry, currency, locale);

  async function save() {
    setFailure(null);
    const input = { entryId: entry.id, reason: form.values.reason, today: localToday() };
    const invalid = validateWith(ledgerReverseInputSchema, input, formFields);
    if (invalid) return form.showErrors(invalid);
    try {
      await reverse.mutateAsync(input);
      announcePermanent(t('ledger.reverse.saved', { amount }));
      onClose();
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        form.showErrors(formErrorsFrom(error.fields, formFields));
      } else setFailure(errorText(t, error));
    }
  }

  const entryError = form.errors.byField.entryId;
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={t('ledger.reverse.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          {t('ledger.reverse.what', {
            what: t(`ledger.kind.${entry.kind}`),
            amount,
            date: calendarDate(entry.postedOn, locale),
          })}
        </Text>
        <Textarea
          {...requiredLabel(t('ledger.reverse.reason'))}
          data-autofocus
          autosize
          minRows={2}
          value={form.values.reason}
          error={form.errors.byField.reason ? fieldMessageText(t, form.errors.byField.reason) : undefined}
          onChange={(event) => form.setField('reason', event.currentTarget.value)}
        />
        <FormFooter
          otherErrors={[...(entryError ? [entryError] : []), ...form.errors.other]}
          failure={failure}
          saving={reverse.isPending}
          onCancel={onClose}
          saveLabel={t('ledger.reverse.save')}
        />
      </Stack>
    </form>
  );
}

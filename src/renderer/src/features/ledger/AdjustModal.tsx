// "Adjust": a signed correction of a partner's points or money in a program, with a reason. Taking
// away more than the balance is refused by the core at the amount.
import { Modal, NumberInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announcePermanent } from '../history/announce-permanent';
import { CoreError } from '../../../../shared/errors';
import { ledgerAdjustInputSchema, type PartnerIncentives } from '../../../../shared/ledger';
import { minorDigits } from '../../../../shared/money';
import { useCoreMutation } from '../../api/core-queries';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { minorOfDecimal } from '../disputes/money';
import { localToday } from '../visit-notes/local-day';
import { formatEntryAmount, formatLedgerMoney, formatPoints } from './ledger-format';

type ProgramRow = PartnerIncentives['programs'][number];
const formFields = ['unit', 'amount', 'reason'] as const;

interface Values {
  unit: 'points' | 'money';
  amount: number | string;
  reason: string;
  [key: string]: unknown;
}

export interface AdjustModalProps {
  program: ProgramRow | null;
  partnerId: string;
  partnerName: string;
  onClose: () => void;
}

export function AdjustModal({ program, partnerId, partnerName, onClose }: AdjustModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={program !== null}
      onClose={onClose}
      title={t('ledger.adjust.title', { name: partnerName })}
      closeOnClickOutside={false}
    >
      {program ? (
        <AdjustForm program={program} partnerId={partnerId} partnerName={partnerName} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

function AdjustForm({
  program,
  partnerId,
  partnerName,
  onClose,
}: Omit<AdjustModalProps, 'program'> & { program: ProgramRow }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const adjust = useCoreMutation('ledger.adjust');
  const form = useFormState<Values>({ unit: 'points', amount: '', reason: '' });
  const { values, setField, errors } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const errorOf = (field: (typeof formFields)[number]) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };
  const money = values.unit === 'money';
  const balance = money
    ? formatLedgerMoney(program.moneyMinor, program.currency, locale)
    : formatPoints(program.points, locale);

  async function save() {
    setFailure(null);
    const typed = typeof values.amount === 'number' ? values.amount : Number.NaN;
    const amount = money ? minorOfDecimal(typed, program.currency) : typed;
    const input = {
      programId: program.programId,
      partnerId,
      unit: values.unit,
      amount,
      reason: values.reason,
      today: localToday(),
    };
    const invalid = validateWith(ledgerAdjustInputSchema, input, formFields);
    if (invalid) return form.showErrors(invalid);
    try {
      await adjust.mutateAsync(input);
      announcePermanent(
        t('ledger.adjust.saved', {
          name: partnerName,
          amount: formatEntryAmount({ unit: values.unit, amount }, program.currency, locale),
        }),
      );
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
      aria-label={t('ledger.adjust.title', { name: partnerName })}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('ledger.adjust.unit')}
          </Text>
          <SegmentedControl
            aria-label={t('ledger.adjust.unit')}
            value={values.unit}
            onChange={(unit) => setField('unit', unit as Values['unit'])}
            data={[
              { value: 'points', label: t('ledger.adjust.points') },
              { value: 'money', label: t('ledger.adjust.money', { currency: program.currency }) },
            ]}
          />
        </Stack>
        <NumberInput
          {...requiredLabel(t('ledger.adjust.amount'))}
          data-autofocus
          description={t('ledger.adjust.amountHint', { balance })}
          value={values.amount}
          onChange={(value) => setField('amount', value)}
          decimalScale={money ? minorDigits(program.currency) : 0}
          thousandSeparator=","
          allowDecimal={money}
          error={errorOf('amount')}
        />
        <Textarea
          {...requiredLabel(t('ledger.adjust.reason'))}
          placeholder={t('ledger.adjust.reasonPlaceholder')}
          autosize
          minRows={2}
          value={values.reason}
          error={errorOf('reason')}
          onChange={(event) => setField('reason', event.currentTarget.value)}
        />
        <Text size="xs" c="dimmed">
          {t('ledger.adjust.permanent')}
        </Text>
        <FormFooter
          otherErrors={errors.other}
          failure={failure}
          saving={adjust.isPending}
          onCancel={onClose}
          saveLabel={t('ledger.adjust.save')}
        />
      </Stack>
    </form>
  );
}

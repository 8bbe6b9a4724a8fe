// Add or edit a partner's month: partner, month, revenue as a decimal in the workspace currency,
// units, orders, note. Entering a month that already has figures replaces them (one per month),
// which the form says. Checked here with the shared schema, then by the core; errors at the field.
import { Alert, Modal, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import { minorDigits } from '../../../../shared/money';
import { salesRecordInputSchema, type SalesRecordInput } from '../../../../shared/sales';
import { fieldMessage } from '../../../../shared/validation';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { CurrencyAmountInput } from '../../components/CurrencyAmountInput';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { PartnerSelect } from '../calendar/PartnerSelect';
import { useAnnounceWrite } from '../history/use-undo';
import { localToday } from '../visit-notes/local-day';
import { decimalTextOfMinor, minorOfDecimalText, monthLabel } from './sales-money';

const formFields = ['partnerId', 'period', 'revenueMinor', 'units', 'orders', 'note'] as const;
type FormField = (typeof formFields)[number];

/** What the form starts from: a month being edited, or a partner and/or month to add. */
export interface SalesMonthDraft {
  partnerId: string | null;
  period: string;
  /** Opened on the partner's own page: the partner is not a choice. */
  partnerFixed?: boolean;
  /** Present when the month has figures (they are edited, partner and month stay fixed). */
  existing?: { revenueMinor: number; units: number; orders: number; note: string; currency: string };
}

interface Values {
  partnerId: string | null;
  period: string;
  revenueMinor: string;
  units: number | string;
  orders: number | string;
  note: string;
  [key: string]: unknown;
}

export interface SalesRecordModalProps {
  draft: SalesMonthDraft | null;
  onClose: () => void;
}

export function SalesRecordModal({ draft, onClose }: SalesRecordModalProps) {
  const { t } = useTranslation();
  const title = draft?.existing ? t('sales.form.editTitle') : t('sales.form.addTitle');
  return (
    <Modal opened={draft !== null} onClose={onClose} title={title} size="lg" closeOnClickOutside={false}>
      {draft ? <SalesRecordForm draft={draft} title={title} onClose={onClose} /> : null}
    </Modal>
  );
}

function SalesRecordForm({
  draft,
  title,
  onClose,
}: {
  draft: SalesMonthDraft;
  title: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounceWrite();
  const workspace = useCoreQuery('workspace.get', {});
  const save = useCoreMutation('sales.save');
  const currency = draft.existing?.currency ?? workspace.data?.currency ?? '';
  const form = useFormState<Values>({
    partnerId: draft.partnerId,
    period: draft.period,
    revenueMinor: draft.existing ? decimalTextOfMinor(draft.existing.revenueMinor, currency) : '',
    units: draft.existing?.units ?? 0,
    orders: draft.existing?.orders ?? 0,
    note: draft.existing?.note ?? '',
  });
  const { values, setField, errors } = form;
  const partner = useCoreQuery(
    'partners.get',
    { id: values.partnerId ?? '' },
    { enabled: values.partnerId !== null },
  );
  const [failure, setFailure] = useState<string | null>(null);
  const editing = draft.existing !== undefined;
  const partnerFixed = editing || draft.partnerFixed === true;
  const errorOf = (field: FormField) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };

  async function submit() {
    setFailure(null);
    const revenueMinor = minorOfDecimalText(values.revenueMinor, currency);
    const input: SalesRecordInput = {
      partnerId: values.partnerId ?? '',
      period: values.period,
      revenueMinor: revenueMinor ?? Number.NaN,
      units: typeof values.units === 'number' ? values.units : Number.NaN,
      orders: typeof values.orders === 'number' ? values.orders : Number.NaN,
      note: values.note,
      today: localToday(),
    };
    const invalid = validateWith(salesRecordInputSchema, input, formFields);
    if (invalid || revenueMinor === null || values.partnerId === null) {
      const byField = { ...invalid?.byField };
      if (revenueMinor === null) {
        byField.revenueMinor =
          values.revenueMinor.trim() === ''
            ? fieldMessage('validation.required')
            : fieldMessage('validation.amount');
      }
      if (values.partnerId === null) byField.partnerId = fieldMessage('validation.required');
      form.showErrors({ byField, other: invalid?.other ?? [] });
      return;
    }
    form.clearErrors();
    try {
      const result = await save.mutateAsync(input);
      announce(
        t('sales.form.saved', {
          partner: partner.data?.name ?? '',
          month: monthLabel(values.period, i18n.language, 'long'),
        }),
        result.batchId,
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
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <PartnerSelect
            {...requiredLabel(t('sales.fields.partner'))}
            value={values.partnerId}
            onChange={(partnerId) => setField('partnerId', partnerId)}
            error={errorOf('partnerId')}
            disabled={partnerFixed}
            data-autofocus={partnerFixed ? undefined : true}
          />
          <TextInput
            type="month"
            {...requiredLabel(t('sales.fields.period'))}
            value={values.period}
            error={errorOf('period')}
            disabled={editing}
            onChange={(event) => setField('period', event.currentTarget.value)}
          />
        </SimpleGrid>
        <CurrencyAmountInput
          currency={currency}
          {...requiredLabel(t('sales.fields.revenue'))}
          description={t('sales.form.revenueHint', {
            currency,
            example: decimalTextOfMinor(150_000 * 10 ** Math.max(0, minorDigits(currency) - 2), currency),
          })}
          value={values.revenueMinor}
          error={errorOf('revenueMinor')}
          data-autofocus={partnerFixed ? true : undefined}
          onChange={(event) => setField('revenueMinor', event.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            label={t('sales.fields.units')}
            value={values.units}
            onChange={(value) => setField('units', value)}
            error={errorOf('units')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
          />
          <NumberInput
            label={t('sales.fields.orders')}
            value={values.orders}
            onChange={(value) => setField('orders', value)}
            error={errorOf('orders')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
          />
        </SimpleGrid>
        <Textarea
          label={t('sales.fields.note')}
          autosize
          minRows={2}
          maxRows={5}
          value={values.note}
          error={errorOf('note')}
          onChange={(event) => setField('note', event.currentTarget.value)}
        />
        {!editing ? (
          <Alert variant="light" color="gray" p="xs">
            <Text size="xs">{t('sales.form.oneRecordPerMonth')}</Text>
          </Alert>
        ) : null}
        <FormFooter otherErrors={errors.other} failure={failure} saving={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}

// "Override tier": keep a partner in a tier the score would not give it, with a reason and an
// expiry after today. Messages land at their fields; a stale override (someone changed it
// meanwhile) gets the same conflict notice with Reload as the other screens.
import { Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import { tierOverrideInputSchema, type PartnerLoyalty, type Tier } from '../../../../shared/loyalty';
import { fieldMessage } from '../../../../shared/validation';
import { useCoreMutation } from '../../api/core-queries';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { calendarDate } from '../../i18n/date-format';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { isStale, StaleNotice } from '../retention/StaleNotice';
import { localToday } from '../visit-notes/local-day';

const formFields = ['tier', 'reason', 'expiresOn'] as const;
type FormField = (typeof formFields)[number];

interface Values {
  tier: string;
  reason: string;
  expiresOn: string;
  [key: string]: unknown;
}

export interface OverrideTierModalProps {
  opened: boolean;
  onClose: () => void;
  partnerName: string;
  loyalty: PartnerLoyalty;
  tiers: readonly Tier[];
}

export function OverrideTierModal(props: OverrideTierModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('loyalty.override.title', { name: props.partnerName })}
      size="lg"
      closeOnClickOutside={false}
    >
      {props.opened ? <OverrideTierForm {...props} /> : null}
    </Modal>
  );
}

/** Ninety days on: a quarter is the usual horizon of a negotiated exception. */
function defaultExpiry(today: string): string {
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 90);
  return day.toISOString().slice(0, 10);
}

function OverrideTierForm({ onClose, partnerName, loyalty, tiers }: Omit<OverrideTierModalProps, 'opened'>) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounceWrite();
  const setOverride = useCoreMutation('loyalty.setOverride');
  const today = localToday();
  const form = useFormState<Values>({
    tier: loyalty.override?.tier.key ?? loyalty.tier?.key ?? tiers[0]?.key ?? '',
    reason: loyalty.override?.reason ?? '',
    expiresOn: loyalty.override?.expiresOn ?? defaultExpiry(today),
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
      partnerId: loyalty.partnerId,
      tier: values.tier,
      reason: values.reason,
      expiresOn: values.expiresOn,
      today,
      revision: loyalty.override?.revision ?? null,
    };
    const invalid = validateWith(tierOverrideInputSchema, input, formFields) ?? {
      byField: {},
      other: [],
    };
    // The schema checks the form of the day; "after today" is the rule the core applies too.
    if (!invalid.byField.expiresOn && values.expiresOn <= today) {
      invalid.byField.expiresOn = fieldMessage('validation.overrideExpiry');
    }
    if (Object.keys(invalid.byField).length > 0 || invalid.other.length > 0) {
      form.showErrors(invalid);
      return;
    }
    form.clearErrors();
    try {
      const result = await setOverride.mutateAsync(input);
      const tierName = tiers.find((tier) => tier.key === values.tier)?.name ?? values.tier;
      announce(
        t('loyalty.override.saved', {
          name: partnerName,
          tier: tierName,
          date: calendarDate(values.expiresOn, i18n.language),
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
      aria-label={t('loyalty.override.title', { name: partnerName })}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <Select
          {...requiredLabel(t('loyalty.override.tier'))}
          data={tiers.map((tier) => ({ value: tier.key, label: tier.name }))}
          value={values.tier}
          onChange={(tier) => tier && setField('tier', tier)}
          allowDeselect={false}
          error={errorOf('tier')}
        />
        <Textarea
          {...requiredLabel(t('loyalty.override.reason'))}
          placeholder={t('loyalty.override.reasonPlaceholder')}
          data-autofocus
          autosize
          minRows={3}
          maxRows={8}
          value={values.reason}
          error={errorOf('reason')}
          onChange={(event) => setField('reason', event.currentTarget.value)}
        />
        <TextInput
          type="date"
          {...requiredLabel(t('loyalty.override.expiresOn'))}
          description={t('loyalty.override.expiresHint')}
          value={values.expiresOn}
          min={today}
          error={errorOf('expiresOn')}
          onChange={(event) => setField('expiresOn', event.currentTarget.value)}
        />
        <Text size="xs" c="dimmed">
          {t('loyalty.override.audited')}
        </Text>
        {stale ? <StaleNotice message={stale} onReload={onClose} /> : null}
        <FormFooter
          otherErrors={errors.other}
          failure={failure}
          saving={setOverride.isPending}
          onCancel={onClose}
          saveLabel={t('loyalty.override.save')}
        />
      </Stack>
    </form>
  );
}

// A workflow move that takes words: resolve (resolution, compensation, root cause), close (lessons
// learned), reopen (why), escalate or propose (optional). The message the core gives for a missing
// text is shown at the field; a stale case offers Reload and keeps what was typed.
import { Modal, NumberInput, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  disputeRootCauses,
  type Dispute,
  type DisputeRootCause,
  type DisputeStatus,
} from '../../../../shared/disputes';
import { CoreError, type FieldMessage } from '../../../../shared/errors';
import { fieldMessage } from '../../../../shared/validation';
import { call } from '../../api/client';
import { useCoreMutation } from '../../api/core-queries';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { requiredLabel } from '../../forms/required-label';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { ConflictAlert } from './ConflictAlert';
import { currencyOfCountry } from '../../../../shared/money';
import { currencyChoices, decimalOfMinor, minorOfDecimal } from './money';

/** Moves that open this modal, and the validation key of their required text (null: optional). */
export const textMoves: Partial<Record<DisputeStatus, string | null>> = {
  'resolution-proposed': null,
  escalated: null,
  resolved: 'validation.resolutionRequired',
  closed: 'validation.lessonsRequired',
  open: 'validation.reasonRequired',
};
type TextMove = 'resolution-proposed' | 'escalated' | 'resolved' | 'closed' | 'open';

export function isTextMove(to: DisputeStatus): to is TextMove {
  return to in textMoves;
}

export interface TransitionModalProps {
  dispute: Dispute;
  /** The move being made; null keeps the modal closed. */
  to: TextMove | null;
  onClose: () => void;
}

export function TransitionModal({ dispute, to, onClose }: TransitionModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={to !== null}
      onClose={onClose}
      title={to ? t(`disputes.transition.title.${to}`) : ''}
      size="lg"
      closeOnClickOutside={false}
    >
      {to ? <TransitionForm dispute={dispute} to={to} onClose={onClose} /> : null}
    </Modal>
  );
}

function TransitionForm({ dispute, to, onClose }: { dispute: Dispute; to: TextMove; onClose: () => void }) {
  const { t } = useTranslation();
  const move = useCoreMutation('disputes.transition');
  // The revision the user decided on; a change by someone else meanwhile is a conflict.
  const [revision, setRevision] = useState(dispute.revision);
  const [text, setText] = useState('');
  const [amount, setAmount] = useState<number | string>(
    dispute.compensation
      ? decimalOfMinor(dispute.compensation.amountMinor, dispute.compensation.currency)
      : '',
  );
  const [currency, setCurrency] = useState(
    dispute.compensation?.currency ?? currencyOfCountry(dispute.partners[0]?.country),
  );
  const [rootCause, setRootCause] = useState<DisputeRootCause | null>(dispute.rootCause);
  const [errors, setErrors] = useState<Record<string, FieldMessage>>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const required = textMoves[to] ?? null;
  const currencyOptions = useMemo(() => currencyChoices(currency), [currency]);
  const errorAt = (field: string) => {
    const message = errors[field];
    return message ? fieldMessageText(t, message) : undefined;
  };

  async function submit() {
    setFailure(null);
    setConflict(null);
    if (required && text.trim() === '') {
      setErrors({ text: fieldMessage(required) });
      return;
    }
    const hasAmount = amount !== '' && amount !== '-';
    if (to === 'resolved' && hasAmount && typeof amount === 'number' && amount < 0) {
      setErrors({ amountMinor: fieldMessage('validation.negativeAmount') });
      return;
    }
    setErrors({});
    try {
      await move.mutateAsync({
        id: dispute.id,
        revision,
        to,
        text,
        ...(to === 'resolved'
          ? {
              rootCause,
              compensation:
                hasAmount && typeof amount === 'number'
                  ? { amountMinor: minorOfDecimal(amount, currency), currency }
                  : null,
            }
          : {}),
      });
      notifications.show({ color: 'teal', message: t(`disputes.moved.${to}`, { title: dispute.title }) });
      onClose();
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        // Compensation paths arrive as "compensation.amountMinor"; the field is the last part.
        setErrors(
          Object.fromEntries(
            Object.entries(error.fields).map(([path, message]) => [path.split('.').at(-1) ?? path, message]),
          ),
        );
        if (error.fields.to) setFailure(fieldMessageText(t, error.fields.to));
      } else if (error instanceof CoreError && error.code === 'CONFLICT') {
        setConflict(error.message);
      } else setFailure(errorText(t, error));
    }
  }

  async function reload() {
    try {
      const latest = await call('disputes.get', { id: dispute.id });
      setRevision(latest.revision);
      setConflict(null);
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  const label = t(`disputes.transition.text.${to}`);
  return (
    <form
      noValidate
      aria-label={t(`disputes.transition.title.${to}`)}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Textarea
          {...(required ? requiredLabel(label) : { label })}
          description={t(`disputes.transition.hint.${to}`)}
          data-autofocus
          autosize
          minRows={3}
          maxRows={10}
          value={text}
          error={errorAt('text')}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setErrors(({ text: _dropped, ...rest }) => rest);
          }}
        />
        {to === 'resolved' ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NumberInput
              label={t('disputes.form.amount')}
              value={amount}
              decimalScale={2}
              thousandSeparator=","
              error={errorAt('amountMinor')}
              onChange={(value) => {
                setAmount(value);
                setErrors(({ amountMinor: _dropped, ...rest }) => rest);
              }}
            />
            <Select
              label={t('disputes.form.currency')}
              data={currencyOptions}
              value={currency}
              allowDeselect={false}
              searchable
              error={errorAt('currency')}
              onChange={(code) => code && setCurrency(code)}
            />
            <Select
              label={t('disputes.form.rootCause')}
              placeholder={t('disputes.form.rootCauseUnknown')}
              data={disputeRootCauses.map((c) => ({ value: c, label: t(`disputes.rootCause.${c}`) }))}
              value={rootCause}
              clearable
              onChange={(cause) => setRootCause(cause as DisputeRootCause | null)}
            />
          </SimpleGrid>
        ) : null}
        {conflict ? <ConflictAlert message={conflict} onReload={() => void reload()} /> : null}
        <FormFooter
          otherErrors={[]}
          failure={failure}
          saving={move.isPending}
          onCancel={onClose}
          saveLabel={t(`disputes.transition.confirm.${to}`)}
        />
      </Stack>
    </form>
  );
}

// A partner's request for funds: the planned activity, its day and the amount asked.
import { Alert, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { formatMinor } from '../sales/sales-money';
import { localToday } from '../visit-notes/local-day';
import { MoneyField } from './MoneyField';
import { ParticipantSelect, type ChosenPartner } from './ParticipantSelect';
import { useAmountEntry } from './use-amount-entry';
import { useFundWrite } from './use-fund-write';

export interface NewRequestModalProps {
  opened: boolean;
  onClose: () => void;
  programId: string;
  currency: string;
}

export function NewRequestModal({ opened, onClose, programId, currency }: NewRequestModalProps) {
  const { t, i18n } = useTranslation();
  const [partner, setPartner] = useState<ChosenPartner | null>(null);
  const [activity, setActivity] = useState('');
  const [plannedOn, setPlannedOn] = useState(localToday());
  const amount = useAmountEntry();
  const [note, setNote] = useState('');
  const write = useFundWrite('fundRequests.create');
  const { reset } = write;
  const { reset: resetAmount } = amount;

  useEffect(() => {
    if (!opened) return;
    setPartner(null);
    setActivity('');
    setPlannedOn(localToday());
    resetAmount('');
    setNote('');
    reset();
  }, [opened, reset, resetAmount]);

  async function save() {
    const amountMinor = amount.read(currency);
    if (amountMinor === null) return;
    const name = partner?.name ?? '';
    const saved = await write.send(
      {
        programId,
        partnerId: partner?.id ?? '',
        activity,
        plannedOn,
        amountMinor,
        note,
        today: localToday(),
      },
      t('funds.form.created', { name, amount: formatMinor(amountMinor, currency, i18n.language) }),
    );
    if (saved) onClose();
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('funds.form.newTitle')}
      size="lg"
      closeOnClickOutside={false}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          {write.fieldError('programId') ? (
            <Alert color="red" role="alert">
              {write.fieldError('programId')}
            </Alert>
          ) : null}
          <ParticipantSelect
            programId={programId}
            enabled={opened}
            value={partner}
            onChange={setPartner}
            error={write.fieldError('partnerId')}
          />
          <TextInput
            label={t('funds.form.activity')}
            placeholder={t('funds.form.activityPlaceholder')}
            required
            value={activity}
            onChange={(event) => setActivity(event.currentTarget.value)}
            error={write.fieldError('activity')}
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('funds.form.plannedOn')}
              required
              value={plannedOn}
              onChange={(event) => setPlannedOn(event.currentTarget.value)}
              error={write.fieldError('plannedOn')}
            />
            <MoneyField
              label={t('funds.form.amount', { currency })}
              value={amount.text}
              onChange={amount.setText}
              required
              error={amount.problem ?? write.fieldError('amountMinor')}
            />
          </Group>
          <Textarea
            label={t('funds.form.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={write.fieldError('note')}
            autosize
            minRows={2}
          />
          <FormFooter
            otherErrors={[]}
            failure={write.failure}
            saving={write.busy}
            onCancel={onClose}
            saveLabel={t('funds.form.submit')}
            saveDisabled={!partner}
          />
        </Stack>
      </form>
    </Modal>
  );
}

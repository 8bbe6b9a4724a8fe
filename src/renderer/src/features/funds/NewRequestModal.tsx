// A partner's request for funds: the planned activity, its day and the amount asked.
import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';
import { formatMinor } from '../sales/sales-money';
import { localToday } from '../visit-notes/local-day';
import { MoneyField, minorOf } from './MoneyField';
import { useFundWrite } from './use-fund-write';

export interface NewRequestModalProps {
  opened: boolean;
  onClose: () => void;
  programId: string;
  currency: string;
}

export function NewRequestModal({ opened, onClose, programId, currency }: NewRequestModalProps) {
  const { t, i18n } = useTranslation();
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [activity, setActivity] = useState('');
  const [plannedOn, setPlannedOn] = useState(localToday());
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [amountProblem, setAmountProblem] = useState<string | null>(null);
  const write = useFundWrite('fundRequests.create');
  const participants = useCoreQuery('programs.participants', { programId, limit: 500 }, { enabled: opened });
  const { reset } = write;

  useEffect(() => {
    if (!opened) return;
    setPartnerId(null);
    setActivity('');
    setPlannedOn(localToday());
    setAmount('');
    setNote('');
    setAmountProblem(null);
    reset();
  }, [opened, reset]);

  async function save() {
    const amountMinor = minorOf(amount, currency);
    if (amountMinor === null) {
      setAmountProblem(t('funds.amountInvalid', { currency }));
      return;
    }
    setAmountProblem(null);
    const name = participants.data?.rows.find((row) => row.partnerId === partnerId)?.partnerName ?? '';
    const saved = await write.send(
      { programId, partnerId: partnerId ?? '', activity, plannedOn, amountMinor, note, today: localToday() },
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
      <Stack gap="sm">
        {write.failure ? (
          <Alert color="red" role="alert">
            {write.failure}
          </Alert>
        ) : null}
        {write.fieldError('programId') ? (
          <Alert color="red" role="alert">
            {write.fieldError('programId')}
          </Alert>
        ) : null}
        <Select
          label={t('funds.allocate.partner')}
          placeholder={t('funds.allocate.partnerPlaceholder')}
          searchable
          required
          data={(participants.data?.rows ?? []).map((row) => ({
            value: row.partnerId,
            label: row.partnerName,
          }))}
          value={partnerId}
          onChange={setPartnerId}
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
            value={amount}
            onChange={setAmount}
            required
            error={amountProblem ?? write.fieldError('amountMinor')}
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={write.busy} disabled={!partnerId}>
            {t('funds.form.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

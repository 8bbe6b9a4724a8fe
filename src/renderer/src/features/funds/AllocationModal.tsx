// Sets a partner's allocation of the program's fund (0 removes it).
import { Alert, Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';
import { decimalTextOfMinor, formatMinor } from '../sales/sales-money';
import { MoneyField, minorOf } from './MoneyField';
import { useFundWrite } from './use-fund-write';

export interface AllocationModalProps {
  opened: boolean;
  onClose: () => void;
  programId: string;
  currency: string;
  /** Editing one partner's allocation; null: choose the partner. */
  current: { partnerId: string; partnerName: string; allocatedMinor: number; note: string } | null;
}

export function AllocationModal({ opened, onClose, programId, currency, current }: AllocationModalProps) {
  const { t, i18n } = useTranslation();
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [amountProblem, setAmountProblem] = useState<string | null>(null);
  const write = useFundWrite('funds.allocate');
  const participants = useCoreQuery('programs.participants', { programId, limit: 500 }, { enabled: opened });
  const { reset } = write;

  useEffect(() => {
    if (!opened) return;
    setPartnerId(current?.partnerId ?? null);
    setAmount(current ? decimalTextOfMinor(current.allocatedMinor, currency) : '');
    setNote(current?.note ?? '');
    setAmountProblem(null);
    reset();
  }, [opened, current, currency, reset]);

  async function save() {
    const amountMinor = minorOf(amount, currency);
    if (amountMinor === null) {
      setAmountProblem(t('funds.amountInvalid', { currency }));
      return;
    }
    setAmountProblem(null);
    const name =
      current?.partnerName ??
      participants.data?.rows.find((row) => row.partnerId === partnerId)?.partnerName ??
      '';
    const saved = await write.send(
      { programId, partnerId: partnerId ?? '', amountMinor, note },
      t('funds.allocate.saved', { amount: formatMinor(amountMinor, currency, i18n.language), name }),
    );
    if (saved) onClose();
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        current ? t('funds.allocate.editTitle', { name: current.partnerName }) : t('funds.allocate.title')
      }
      closeOnClickOutside={false}
    >
      <Stack gap="sm">
        {write.failure ? (
          <Alert color="red" role="alert">
            {write.failure}
          </Alert>
        ) : null}
        {current ? null : (
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
            nothingFoundMessage={t('gamification.leaderboard.empty')}
          />
        )}
        <MoneyField
          label={t('funds.allocate.amount', { currency })}
          description={t('funds.allocate.amountHint')}
          value={amount}
          onChange={setAmount}
          required
          error={amountProblem ?? write.fieldError('amountMinor') ?? write.fieldError('programId')}
        />
        <Textarea
          label={t('funds.allocate.note')}
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
          <Button onClick={() => void save()} loading={write.busy} disabled={!current && !partnerId}>
            {t('funds.allocate.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

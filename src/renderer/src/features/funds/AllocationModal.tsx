// Sets a partner's allocation of the program's fund (0 removes it).
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decimalTextOfMinor, formatMinor } from '../sales/sales-money';
import { MoneyField } from './MoneyField';
import { ParticipantSelect, type ChosenPartner } from './ParticipantSelect';
import { useAmountEntry } from './use-amount-entry';
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
  const [partner, setPartner] = useState<ChosenPartner | null>(null);
  const amount = useAmountEntry();
  const [note, setNote] = useState('');
  const write = useFundWrite('funds.allocate');
  const { reset } = write;
  const { reset: resetAmount } = amount;

  useEffect(() => {
    if (!opened) return;
    setPartner(current ? { id: current.partnerId, name: current.partnerName } : null);
    resetAmount(current ? decimalTextOfMinor(current.allocatedMinor, currency) : '');
    setNote(current?.note ?? '');
    reset();
  }, [opened, current, currency, reset, resetAmount]);

  async function save() {
    const amountMinor = amount.read(currency);
    if (amountMinor === null) return;
    const name = partner?.name ?? '';
    const saved = await write.send(
      { programId, partnerId: partner?.id ?? '', amountMinor, note },
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
          <ParticipantSelect
            programId={programId}
            enabled={opened}
            value={partner}
            onChange={setPartner}
            error={write.fieldError('partnerId')}
            nothingFoundMessage={t('gamification.leaderboard.empty')}
          />
        )}
        <MoneyField
          label={t('funds.allocate.amount', { currency })}
          description={t('funds.allocate.amountHint')}
          value={amount.text}
          onChange={amount.setText}
          required
          error={amount.problem ?? write.fieldError('amountMinor') ?? write.fieldError('programId')}
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
          <Button onClick={() => void save()} loading={write.busy} disabled={!current && !partner}>
            {t('funds.allocate.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

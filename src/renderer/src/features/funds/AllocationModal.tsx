// Sets a partner's allocation of the program's fund (0 removes it).
import { Modal, Stack, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../components/FormFooter/FormFooter';
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
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          {current ? null : (
            <ParticipantSelect
              programId={programId}
              enabled={opened}
              value={partner}
              onChange={setPartner}
              error={write.fieldError('partnerId')}
              nothingFoundMessage={t('funds.allocate.noParticipants')}
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
          <FormFooter
            otherErrors={[]}
            failure={write.failure}
            saving={write.busy}
            onCancel={onClose}
            saveLabel={t('funds.allocate.save')}
            saveDisabled={!current && !partner}
          />
        </Stack>
      </form>
    </Modal>
  );
}

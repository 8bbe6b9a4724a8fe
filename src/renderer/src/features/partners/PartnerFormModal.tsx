// The partner form in a dialog, used to add a partner (from anywhere) and to edit one.
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WriteResult } from '../../../../shared/history';
import type { Partner } from '../../../../shared/partners';
import { useAnnounceWrite } from '../history/use-undo';
import { PartnerForm } from './PartnerForm';

export interface PartnerFormModalProps {
  opened: boolean;
  onClose: () => void;
  partner?: Partner;
  onSaved?: (result: WriteResult) => void;
}

export function PartnerFormModal({ opened, onClose, partner, onSaved }: PartnerFormModalProps) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={partner ? t('partners.form.editTitle') : t('partners.form.addTitle')}
      size="xl"
      closeOnClickOutside={false}
    >
      <PartnerForm
        partner={partner}
        onCancel={onClose}
        onSaved={(result, input) => {
          announce(
            t(partner ? 'partners.saved' : 'partners.added', { name: input.name.trim() }),
            result.batchId,
          );
          onClose();
          onSaved?.(result);
        }}
      />
    </Modal>
  );
}

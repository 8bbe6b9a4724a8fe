// The contact form in a dialog, for adding a person to a partner or editing one.
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/contacts';
import { useAnnounceWrite } from '../history/use-undo';
import { ContactForm } from './ContactForm';

export interface ContactFormModalProps {
  opened: boolean;
  onClose: () => void;
  partnerId: string;
  contact?: Contact;
}

export function ContactFormModal({ opened, onClose, partnerId, contact }: ContactFormModalProps) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={contact ? t('contacts.form.editTitle') : t('contacts.form.addTitle')}
      size="lg"
      closeOnClickOutside={false}
    >
      <ContactForm
        partnerId={partnerId}
        contact={contact}
        onCancel={onClose}
        onSaved={(result, input) => {
          announce(
            t(contact ? 'contacts.saved' : 'contacts.added', { name: input.name.trim() }),
            result.batchId,
          );
          onClose();
        }}
      />
    </Modal>
  );
}

// The visit-note form in a dialog ("Write visit note" or "Edit visit note").
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../../shared/partners';
import type { VisitNote } from '../../../../shared/visit-notes';
import { calendarDate } from '../../i18n/date-format';
import { useAnnounceWrite } from '../history/use-undo';
import { localToday } from './local-day';
import { VisitNoteForm } from './VisitNoteForm';

export interface VisitNoteFormModalProps {
  opened: boolean;
  onClose: () => void;
  partner: Partner;
  note?: VisitNote | undefined;
}

export function VisitNoteFormModal({ opened, onClose, partner, note }: VisitNoteFormModalProps) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounceWrite();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={note ? t('visitNotes.form.editTitle') : t('visitNotes.form.addTitle')}
      size="xl"
      closeOnClickOutside={false}
    >
      {opened ? (
        <VisitNoteForm
          key={note?.id ?? 'new'}
          partner={partner}
          note={note}
          today={localToday()}
          onCancel={onClose}
          onSaved={(result) => {
            const date = calendarDate(note?.date ?? localToday(), i18n.language);
            announce(
              note ? t('visitNotes.saved', { date }) : t('visitNotes.written', { name: partner.name }),
              result.batchId,
            );
            onClose();
          }}
        />
      ) : null}
    </Modal>
  );
}

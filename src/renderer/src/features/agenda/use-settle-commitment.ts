// "Mark kept" / "Mark broken" from the agenda: one write (the commitment's status), announced with
// Undo; the agenda refreshes and the row leaves it.
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/agenda';
import { call } from '../../api/client';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';

export function useSettleCommitment() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const announce = useAnnounceWrite();
  const [settling, setSettling] = useState<string | null>(null);

  async function settle(item: AgendaItem, status: 'kept' | 'broken'): Promise<void> {
    const id = item.commitmentId;
    if (!id) return;
    setSettling(id);
    try {
      const { partnerId, description, madeBy, ownerId, dueDate, note, careEventId } = await call(
        'commitments.get',
        { id },
      );
      const result = await call('commitments.update', {
        id,
        partnerId,
        description,
        madeBy,
        ownerId,
        dueDate,
        note,
        careEventId,
        status,
      });
      await queryClient.invalidateQueries();
      announce(t(`agenda.marked.${status}`, { title: description }), result.batchId);
    } catch (error) {
      notifications.show({ color: 'red', title: t('agenda.markFailed'), message: errorText(t, error) });
    } finally {
      setSettling(null);
    }
  }

  return { settle, settling };
}

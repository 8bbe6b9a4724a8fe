// A sales month's row actions (edit, delete) and the delete itself, with an Undo notice: shared by
// the sales list and the partner page.
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { monthLabel } from './sales-money';

export function SalesRowActions({
  label,
  onEdit,
  onDelete,
}: {
  label: string;
  onEdit: () => void;
  onDelete?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Tooltip label={t('sales.list.edit')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('sales.list.editRow', { row: label })}
          onClick={onEdit}
        >
          <IconPencil size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      {onDelete ? (
        <Tooltip label={t('sales.list.delete')}>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('sales.list.deleteRow', { row: label })}
            onClick={onDelete}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      ) : null}
    </Group>
  );
}

/** Deletes a month with an Undo notice (nothing to confirm: Undo brings it back). */
export function useDeleteSalesMonth() {
  const { t, i18n } = useTranslation();
  const announce = useAnnounceWrite();
  return async (id: string, partnerName: string, period: string) => {
    try {
      const result = await call('sales.delete', { id });
      announce(
        t('sales.list.deleted', { partner: partnerName, month: monthLabel(period, i18n.language, 'long') }),
        result.batchId,
      );
    } catch (error) {
      notifications.show({ color: 'red', title: t('sales.list.deleteFailed'), message: errorText(t, error) });
    }
  };
}

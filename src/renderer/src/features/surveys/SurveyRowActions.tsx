// A survey answer's actions (edit, delete with an Undo notice), for the list and the partner page.
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SurveyResponse } from '../../../../shared/surveys';
import { call } from '../../api/client';
import { calendarDate } from '../../i18n/date-format';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';

export function SurveyRowActions({ answer, onEdit }: { answer: SurveyResponse; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounceWrite();
  const who = answer.contactName ?? answer.partnerName;
  const row = t('surveys.list.rowLabel', { who, day: calendarDate(answer.answeredOn, i18n.language) });

  async function remove() {
    try {
      const result = await call('surveys.delete', { id: answer.id });
      announce(t('surveys.list.deleted', { who }), result.batchId);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('surveys.list.deleteFailed'),
        message: errorText(t, error),
      });
    }
  }

  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Tooltip label={t('surveys.list.edit')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('surveys.list.editRow', { row })}
          onClick={onEdit}
        >
          <IconPencil size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('surveys.list.delete')}>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('surveys.list.deleteRow', { row })}
          onClick={() => void remove()}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

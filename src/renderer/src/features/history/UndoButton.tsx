// The header's Undo button: undoes the last change, like Ctrl+Z.
import { ActionIcon, Tooltip } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useUndo } from './use-undo';

export function UndoButton({ shortcut }: { shortcut: string }) {
  const { t } = useTranslation();
  const undo = useUndo();
  return (
    <Tooltip label={t('history.undoTooltip', { shortcut })}>
      <ActionIcon variant="default" size="lg" aria-label={t('history.undoLast')} onClick={() => void undo()}>
        <IconArrowBackUp size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

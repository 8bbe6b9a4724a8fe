// The header's Undo button: undoes the last change, like Ctrl+Z, and says which one it would undo.
import { ActionIcon, Tooltip } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';
import { useUndo } from './use-undo';

export function UndoButton({ shortcut }: { shortcut: string }) {
  const { t } = useTranslation();
  const undo = useUndo();
  const status = useCoreQuery('history.status', {});
  const label = status.data?.label;
  return (
    <Tooltip
      label={
        label
          ? t('history.undoNamedTooltip', { label, shortcut })
          : status.data
            ? t('history.nothingToUndo')
            : t('history.undoTooltip', { shortcut })
      }
    >
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={label ? t('history.undoNamed', { label }) : t('history.undoLast')}
        disabled={status.data?.canUndo === false}
        onClick={() => void undo()}
      >
        <IconArrowBackUp size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

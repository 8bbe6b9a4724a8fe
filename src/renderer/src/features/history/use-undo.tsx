// Undo, as the user meets it: the Undo button of a "saved"/"deleted" notification undoes exactly
// that change (its batch); Ctrl+Z and the header button undo the last change, whatever it was.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../i18n/error-text';

export function useUndo(): (batchId?: string) => Promise<void> {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useCallback(
    async (batchId?: string) => {
      try {
        const result = await call('history.undo', batchId ? { batchId } : {});
        await queryClient.invalidateQueries();
        notifications.show({
          color: result.undone ? 'teal' : 'gray',
          message: result.undone
            ? result.label
              ? t('history.undone', { label: result.label })
              : t('history.undoneWithoutLabel')
            : t('history.nothingToUndo'),
        });
      } catch (error) {
        notifications.show({ color: 'red', title: t('history.undoFailed'), message: errorText(t, error) });
      }
    },
    [t, queryClient],
  );
}

/** Announces a completed write with an Undo button for exactly that write. */
export function useAnnounceWrite(): (message: string, batchId: string) => void {
  const { t } = useTranslation();
  const undo = useUndo();
  return useCallback(
    (message: string, batchId: string) => {
      // A save that changed nothing made no batch (''): there is nothing of its own to undo, and
      // undo('') would undo whatever the last change was.
      if (!batchId) {
        notifications.show({ color: 'teal', message });
        return;
      }
      const id = `write-${batchId}`;
      notifications.show({
        id,
        color: 'teal',
        autoClose: 10_000,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {message}
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              data-testid="notification-undo"
              onClick={() => {
                notifications.hide(id);
                void undo(batchId);
              }}
            >
              {t('actions.undo')}
            </Button>
          </Group>
        ),
      });
    },
    [t, undo],
  );
}

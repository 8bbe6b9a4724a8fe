// Asks before a restore, saying what replaces the current data and that the current data is backed
// up first; shows progress while it runs and, at the same place, why a file was refused.
import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type RestoreSource = { kind: 'backup'; fileName: string; date: string } | { kind: 'file'; file: File };

export interface RestoreConfirmModalProps {
  source: RestoreSource | null;
  /** Upload progress 0..1, or 'restoring' once the core works on it; null before confirming. */
  progress: number | 'restoring' | null;
  error: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}

export function RestoreConfirmModal({
  source,
  progress,
  error,
  onCancel,
  onConfirm,
}: RestoreConfirmModalProps) {
  const { t } = useTranslation();
  const busy = progress !== null;
  const title =
    source?.kind === 'file'
      ? t('backups.confirm.titleFile', { file: source.file.name })
      : t('backups.confirm.title');
  const what =
    source?.kind === 'file'
      ? t('backups.confirm.whatFile')
      : t('backups.confirm.whatBackup', { date: source?.date ?? '' });
  return (
    <Modal
      opened={source !== null}
      onClose={busy ? () => undefined : onCancel}
      title={title}
      centered
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm">{t('backups.confirm.message', { what })}</Text>
        {source?.kind === 'file' ? (
          <Text size="sm" c="dimmed">
            {t('backups.confirm.archiveNote')}
          </Text>
        ) : null}
        {error ? (
          <Alert color="red" title={t('backups.restoreFailed')} role="alert">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {error}
            </Text>
          </Alert>
        ) : null}
        {typeof progress === 'number' ? (
          <Stack gap={4}>
            <Text size="sm">{t('backups.progress.uploading', { percent: Math.round(progress * 100) })}</Text>
            <Progress
              value={progress * 100}
              aria-label={t('backups.progress.uploading', { percent: Math.round(progress * 100) })}
            />
          </Stack>
        ) : progress === 'restoring' ? (
          <Stack gap={4}>
            <Text size="sm">{t('backups.progress.restoring')}</Text>
            <Progress value={100} animated aria-label={t('backups.progress.restoring')} />
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>
            {t('actions.cancel')}
          </Button>
          <Button
            color="red"
            onClick={onConfirm}
            loading={busy}
            disabled={error !== null && source?.kind === 'file'}
          >
            {t('backups.confirm.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

// Settings → Backups: where backups go, the list of backups, back up now, restore (from the list or
// a file the user picks: a backup or an archive from another computer), and export everything as
// one archive.
import {
  Alert,
  Button,
  Card,
  FileButton,
  Group,
  Progress,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreOutput } from '../../../../shared/backups';
import { CoreError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { dateTime } from '../../i18n/date-format';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { BackupFolderForm } from './BackupFolderForm';
import { BackupsTable } from './BackupsTable';
import { downloadTransfer, uploadFile } from './file-transfer';
import { RestoreConfirmModal, type RestoreSource } from './RestoreConfirmModal';

export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const overview = useCoreQuery('backups.overview', {});
  const [backingUp, setBackingUp] = useState(false);
  const [source, setSource] = useState<RestoreSource | null>(null);
  const [progress, setProgress] = useState<number | 'restoring' | null>(null);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [restored, setRestored] = useState<RestoreOutput | null>(null);
  const [exporting, setExporting] = useState<number | 'building' | null>(null);
  const data = overview.data;
  const busy = backingUp || progress !== null || exporting !== null;

  async function backUpNow() {
    setBackingUp(true);
    try {
      const next = await call('backups.backUpNow', {});
      await overview.refetch();
      notifications.show({
        color: 'green',
        message: t('backups.backedUp', { file: next.backups[0]?.fileName ?? '' }),
      });
    } catch (error) {
      notifications.show({ color: 'red', title: t('backups.backUpFailed'), message: failureText(error) });
    } finally {
      setBackingUp(false);
    }
  }

  function failureText(error: unknown): string {
    if (error instanceof CoreError && error.fields) {
      const field = error.fields.file ?? error.fields.fileName ?? error.fields.folder;
      if (field) return fieldMessageText(t, field);
    }
    return errorText(t, error);
  }

  function ask(next: RestoreSource) {
    setRestoreError(null);
    setProgress(null);
    setSource(next);
  }

  async function restore() {
    if (!source) return;
    setRestoreError(null);
    try {
      let outcome: RestoreOutput;
      if (source.kind === 'backup') {
        setProgress('restoring');
        outcome = await call('backups.restore', { fileName: source.fileName });
      } else {
        setProgress(0);
        const transferId = await uploadFile(source.file, setProgress);
        setProgress('restoring');
        outcome = await call('backups.restoreUpload', { transferId });
      }
      setSource(null);
      setRestored(outcome);
      await overview.refetch();
    } catch (error) {
      setRestoreError(failureText(error));
    } finally {
      setProgress(null);
    }
  }

  async function exportArchive() {
    setExporting('building');
    try {
      const transfer = await call('backups.exportArchive', {});
      setExporting(0);
      await downloadTransfer(transfer, setExporting);
      notifications.show({ color: 'green', message: t('backups.exported', { file: transfer.fileName }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('backups.exportFailed'), message: errorText(t, error) });
    } finally {
      setExporting(null);
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="backups-title" id="backups">
      <Title order={2} size="h4" id="backups-title" mb="xs">
        {t('backups.section.title')}
      </Title>
      {overview.error ? (
        <QueryErrorAlert
          error={overview.error}
          onRetry={() => void overview.refetch()}
          title={t('backups.section.loadFailed')}
        />
      ) : !data ? (
        <Skeleton height={220} />
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('backups.section.intro', { daily: data.keep.daily, weekly: data.keep.weekly })}
          </Text>
          {restored ? (
            <Alert
              color="green"
              title={t('backups.restored.title')}
              withCloseButton
              closeButtonLabel={t('actions.close')}
              onClose={() => setRestored(null)}
              role="status"
            >
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('backups.restored.message', { file: baseName(restored.safetyBackup) })}
                {restored.attachments > 0
                  ? ` ${t('backups.restored.attachments', { count: restored.attachments })}`
                  : ''}
              </Text>
            </Alert>
          ) : null}
          <BackupFolderForm overview={data} onSaved={() => void overview.refetch()} />
          <Group gap="sm">
            <Button
              leftSection={<IconDatabaseExport size={16} aria-hidden />}
              onClick={() => void backUpNow()}
              loading={backingUp}
              disabled={busy && !backingUp}
            >
              {t('backups.actions.backUpNow')}
            </Button>
            <FileButton
              accept=".sqlite3,.sqlite,.db,.zip"
              onChange={(file) => file && ask({ kind: 'file', file })}
            >
              {(props) => (
                <Button
                  {...props}
                  variant="default"
                  leftSection={<IconRestore size={16} aria-hidden />}
                  disabled={busy}
                >
                  {t('backups.actions.restoreFromFile')}
                </Button>
              )}
            </FileButton>
            <Button
              variant="default"
              leftSection={<IconArchive size={16} aria-hidden />}
              onClick={() => void exportArchive()}
              loading={exporting !== null}
              disabled={busy && exporting === null}
            >
              {t('backups.actions.exportArchive')}
            </Button>
          </Group>
          {exporting !== null ? (
            <Stack gap={4}>
              <Text size="sm">
                {exporting === 'building'
                  ? t('backups.progress.exporting')
                  : t('backups.progress.downloading', { percent: Math.round(exporting * 100) })}
              </Text>
              <Progress
                value={exporting === 'building' ? 100 : exporting * 100}
                animated={exporting === 'building'}
                aria-label={t('backups.progress.exporting')}
              />
            </Stack>
          ) : null}
          <Text size="xs" c="dimmed">
            {t('backups.actionsHelp')}
          </Text>
          <BackupsTable
            backups={data.backups}
            disabled={busy}
            onRestore={(backup) =>
              ask({
                kind: 'backup',
                fileName: backup.fileName,
                date: dateTime(backup.createdAt, i18n.language),
              })
            }
          />
        </Stack>
      )}
      <RestoreConfirmModal
        source={source}
        progress={progress}
        error={restoreError}
        onCancel={() => setSource(null)}
        onConfirm={() => void restore()}
      />
    </Card>
  );
}

function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}

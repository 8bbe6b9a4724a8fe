// The startup screen after the integrity check found the data file damaged: what happened, the
// newest good backup, and the button that restores it (the damaged file is kept aside).
import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupRecovery as Recovery } from '../../../../shared/backups';
import { call } from '../../api/client';
import { FullPageMessage } from '../../components/FullPageMessage';
import { dateTime } from '../../i18n/date-format';
import { errorText } from '../../i18n/error-text';

export interface StartupRecoveryProps {
  recovery: Recovery;
  onRecovered: () => void;
}

export function StartupRecovery({ recovery, onRecovered }: StartupRecoveryProps) {
  const { t, i18n } = useTranslation();
  const [restoring, setRestoring] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const newest = recovery.newestBackup;

  async function restore() {
    setRestoring(true);
    setFailure(null);
    try {
      await call('backups.recoverAtStartup', {});
      onRecovered();
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setRestoring(false);
    }
  }

  return (
    <FullPageMessage
      title={t('backups.recovery.title')}
      message={
        newest
          ? t('backups.recovery.message')
          : `${t('backups.recovery.message')}\n\n${t('backups.recovery.noBackup')}`
      }
      detail={t('backups.recovery.file', { file: recovery.dataFile })}
    >
      {newest ? (
        <Text size="sm">
          {t('backups.recovery.newest', {
            kind: t(`backups.kinds.${newest.kind}`),
            date: dateTime(newest.createdAt, i18n.language),
          })}
        </Text>
      ) : null}
      {failure ? (
        <Text size="sm" c="red" role="alert">
          {t('backups.recovery.failed')}: {failure}
        </Text>
      ) : null}
      {newest ? (
        <Button onClick={() => void restore()} loading={restoring} style={{ alignSelf: 'flex-start' }}>
          {t('backups.recovery.restore')}
        </Button>
      ) : null}
    </FullPageMessage>
  );
}

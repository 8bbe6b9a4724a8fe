// Asks the core for its status before showing the app. When the database could not be opened
// (locked, read-only, corrupt, failed migration) every call answers UNAVAILABLE with a message
// naming the file: that message fills the window instead of a blank or broken app.
import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { startupRecoveryKey, startupRecoverySchema } from '../../../shared/backups';
import { CoreError } from '../../../shared/errors';
import { useCoreQuery } from '../api/core-queries';
import { FullPageMessage } from '../components/FullPageMessage';
import { StartupRecovery } from '../features/backups/StartupRecovery';
import { errorText } from '../i18n/error-text';

export function StartupGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const status = useCoreQuery('app.status', {});

  if (status.data) return children;
  if (status.error) {
    // The integrity check after an unclean shutdown found damage: offer the newest good backup.
    const recovery =
      status.error instanceof CoreError
        ? startupRecoverySchema.safeParse(status.error.details?.[startupRecoveryKey])
        : null;
    if (recovery?.success) {
      return <StartupRecovery recovery={recovery.data} onRecovered={() => void status.refetch()} />;
    }
    const code = status.error instanceof CoreError ? status.error.code : 'INTERNAL';
    const title =
      code === 'UNAVAILABLE'
        ? t('startup.unavailableTitle')
        : code === 'UNAUTHORIZED'
          ? t('startup.unauthorizedTitle')
          : t('startup.failedTitle');
    return (
      <FullPageMessage
        title={title}
        message={errorText(t, status.error)}
        actionLabel={t('actions.retry')}
        onAction={() => void status.refetch()}
      />
    );
  }
  return (
    <Center mih="100dvh">
      <Loader aria-label={t('startup.loading')} />
    </Center>
  );
}

// Asks the core for its status before showing the app. When the database could not be opened
// (locked, read-only, corrupt, failed migration) every call answers UNAVAILABLE with a message
// naming the file: that message fills the window instead of a blank or broken app.
import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../shared/errors';
import { useCoreQuery } from '../api/core-queries';
import { FullPageMessage } from '../components/FullPageMessage';
import { errorText } from '../i18n/error-text';

export function StartupGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const status = useCoreQuery('app.status', {});

  if (status.data) return children;
  if (status.error) {
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

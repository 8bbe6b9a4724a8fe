// Settings → Team sync once connected: which workspace, who, what they see, how fresh the data is,
// "Sync now", "Disconnect" (local data stays) and the changes the server refused, with why.
import { Alert, Badge, Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlugConnectedX, IconRefresh } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/sync';
import { call } from '../../api/client';
import { dateTime, relativeTime } from '../../i18n/date-format';
import { errorText } from '../../i18n/error-text';
import { indicatorLook } from './indicator-look';
import { ConfirmDisconnectModal } from './ConfirmDisconnectModal';
import { DownloadProgressBar } from './DownloadProgressBar';

export interface ConnectedSummaryProps {
  status: SyncStatus;
  now: Date;
  onStatus: (status: SyncStatus) => void;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

export function ConnectedSummary({ status, now, onStatus }: ConnectedSummaryProps) {
  const { t, i18n } = useTranslation();
  const [syncing, setSyncing] = useState(false);
  const [syncFailure, setSyncFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [disconnecting, setDisconnecting] = useState(false);
  const look = indicatorLook(status.state);
  const user = status.user;

  async function syncNow() {
    setSyncing(true);
    setSyncFailure(null);
    try {
      onStatus(await call('sync.now', {}));
    } catch (error) {
      setSyncFailure(errorText(t, error));
    } finally {
      setSyncing(false);
    }
  }

  async function disconnect() {
    setDisconnecting(true);
    try {
      onStatus(await call('sync.disconnect', {}));
      notifications.show({ color: 'teal', message: t('sync.connected.disconnected') });
      setConfirming(false);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('sync.connected.disconnectFailed'),
        message: errorText(t, error),
      });
    } finally {
      setDisconnecting(false);
    }
  }

  const regions =
    user?.role === 'admin'
      ? t('sync.connected.allRegions')
      : user && user.regions.length > 0
        ? user.regions.join(', ')
        : t('sync.connected.noRegions');

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm">
        <Fact label={t('sync.connected.workspace')}>
          <Group gap="xs">
            <span>{status.workspace?.name}</span>
            {look ? (
              <Badge color={look.color} variant="light" leftSection={<look.icon size={12} aria-hidden />}>
                {t(`sync.indicator.state.${look.state}`)}
              </Badge>
            ) : null}
          </Group>
        </Fact>
        <Fact label={t('sync.connected.server')}>{status.serverUrl}</Fact>
        {user ? (
          <Fact label={t('sync.connected.user')}>
            {user.name} ({user.email})
          </Fact>
        ) : null}
        {user ? <Fact label={t('sync.connected.role')}>{t(`sync.role.${user.role}`)}</Fact> : null}
        {user ? <Fact label={t('sync.connected.regions')}>{regions}</Fact> : null}
        <Fact label={t('sync.connected.lastSync')}>
          {status.lastSyncAt ? (
            <time dateTime={status.lastSyncAt} title={dateTime(status.lastSyncAt, i18n.language)}>
              {relativeTime(status.lastSyncAt, now, i18n.language)}
            </time>
          ) : (
            t('sync.connected.never')
          )}
        </Fact>
        <Fact label={t('sync.connected.waiting')}>
          {status.waiting > 0
            ? t('sync.connected.waitingCount', { count: status.waiting })
            : t('sync.connected.waitingNone')}
        </Fact>
      </SimpleGrid>
      <DownloadProgressBar download={status.download} />
      {status.state === 'error' && status.error ? (
        <Alert color="red" role="alert" title={t('sync.indicator.state.error')}>
          {status.error}
        </Alert>
      ) : null}
      {syncFailure ? (
        <Alert color="red" role="alert" title={t('sync.connected.syncFailed')}>
          {syncFailure}
        </Alert>
      ) : null}
      {status.refused.length > 0 ? (
        <Alert color="orange" title={t('sync.connected.refusedTitle')}>
          <Text size="sm" mb="xs">
            {t('sync.connected.refusedDescription')}
          </Text>
          <List size="sm" spacing={4} aria-label={t('sync.connected.refusedTitle')}>
            {status.refused.map((refused) => (
              <List.Item key={refused.batchId} style={{ overflowWrap: 'anywhere' }}>
                <Text span fw={600} size="sm">
                  {refused.label}
                </Text>
                {': '}
                {refused.reason}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button
          variant="default"
          color="red"
          leftSection={<IconPlugConnectedX size={16} aria-hidden />}
          onClick={() => setConfirming(true)}
        >
          {t('sync.connected.disconnect')}
        </Button>
        {status.state !== 'signedOut' ? (
          <Button
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => void syncNow()}
            loading={syncing}
          >
            {t('sync.connected.syncNow')}
          </Button>
        ) : null}
      </Group>
      <ConfirmDisconnectModal
        opened={confirming}
        workspace={status.workspace?.name ?? ''}
        loading={disconnecting}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void disconnect()}
      />
    </Stack>
  );
}

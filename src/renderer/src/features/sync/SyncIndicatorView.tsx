// The header's sync indicator as drawn: the state in an icon and a word, and on click the
// details (last sync, changes waiting, the error) with "Sync now". Data in, events out, so every
// state is tested without a core.
import { Alert, Anchor, Button, Group, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SyncStatus } from '../../../../shared/sync';
import { dateTime, relativeTime } from '../../i18n/date-format';
import { DownloadProgressBar } from './DownloadProgressBar';
import { downloadPercent } from './download-percent';
import { indicatorLook } from './indicator-look';
import classes from './SyncIndicator.module.css';

export interface SyncIndicatorViewProps {
  status: SyncStatus;
  now: Date;
  onSyncNow: () => void;
  /** A "Sync now" the user asked for is under way. */
  syncingNow: boolean;
  /** Why the last "Sync now" failed, in words. */
  syncNowFailure: string | null;
}

export function SyncIndicatorView({
  status,
  now,
  onSyncNow,
  syncingNow,
  syncNowFailure,
}: SyncIndicatorViewProps) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const look = indicatorLook(status.state);
  if (!look) return null;
  const stateText = t(`sync.indicator.state.${look.state}`);
  // A long download shows how far it has come in the header too, not only behind the click.
  const buttonText = status.download
    ? t('sync.indicator.syncingShare', { percent: downloadPercent(status.download.share, i18n.language) })
    : stateText;
  const Icon = look.icon;
  const canSync = status.state !== 'signedOut' && status.state !== 'choose';

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={300} shadow="md" withArrow>
      <Popover.Target>
        <UnstyledButton
          onClick={() => setOpened((open) => !open)}
          aria-label={t('sync.indicator.label', { state: stateText })}
          aria-expanded={opened}
          data-testid="sync-indicator"
          data-state={status.state}
          px="xs"
          py={4}
          style={{
            borderRadius: 'var(--mantine-radius-sm)',
            border: `1px solid var(--mantine-color-${look.color}-${look.attention ? 6 : 3})`,
            background: look.attention ? `var(--mantine-color-${look.color}-light)` : undefined,
          }}
        >
          <Group gap={6} wrap="nowrap">
            <Icon
              size={18}
              aria-hidden
              color={`var(--mantine-color-${look.color}-${look.attention ? 7 : 6})`}
              className={status.state === 'syncing' ? classes.turning : undefined}
            />
            {/* Digits of one width: the button keeps its size while the percentage moves. */}
            <Text size="sm" fw={500} visibleFrom="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {buttonText}
            </Text>
          </Group>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown data-testid="sync-details">
        <Stack gap="xs">
          <Group gap={6} wrap="nowrap">
            <Icon size={18} aria-hidden color={`var(--mantine-color-${look.color}-6)`} />
            <Text fw={600} size="sm">
              {stateText}
            </Text>
          </Group>
          {status.workspace ? (
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {status.workspace.name}
            </Text>
          ) : null}
          <DownloadProgressBar download={status.download} />
          {status.lastSyncAt ? (
            <Text size="sm" title={dateTime(status.lastSyncAt, i18n.language)}>
              {t('sync.indicator.lastSync', { when: relativeTime(status.lastSyncAt, now, i18n.language) })}
            </Text>
          ) : (
            <Text size="sm">{t('sync.indicator.lastSyncNever')}</Text>
          )}
          <Text size="sm" data-testid="sync-waiting">
            {status.waiting > 0
              ? t('sync.indicator.waiting', { count: status.waiting })
              : t('sync.indicator.waitingNone')}
          </Text>
          {status.refused.length > 0 ? (
            <Text size="sm" c="red.7">
              {t('sync.indicator.refused', { count: status.refused.length })}
            </Text>
          ) : null}
          {status.state === 'offline' ? (
            <Text size="sm" c="dimmed">
              {t('sync.indicator.offlineHint')}
            </Text>
          ) : null}
          {status.state === 'signedOut' ? (
            <Text size="sm" c="dimmed">
              {t('sync.indicator.signedOutHint')}
            </Text>
          ) : null}
          {status.state === 'error' && status.error ? (
            <Alert color="red" p="xs" role="alert">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {status.error}
              </Text>
            </Alert>
          ) : null}
          {syncNowFailure ? (
            <Alert color="red" p="xs" role="alert" title={t('sync.connected.syncFailed')}>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {syncNowFailure}
              </Text>
            </Alert>
          ) : null}
          <Group justify="space-between" mt={4}>
            <Anchor component={Link} to="/settings#team-sync" size="sm" onClick={() => setOpened(false)}>
              {t('sync.indicator.openSettings')}
            </Anchor>
            {canSync ? (
              <Button
                size="xs"
                leftSection={<IconRefresh size={14} aria-hidden />}
                onClick={onSyncNow}
                loading={syncingNow}
              >
                {t('sync.connected.syncNow')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

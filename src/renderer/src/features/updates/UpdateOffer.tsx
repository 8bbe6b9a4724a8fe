// A newer version as the person meets it, in the banner and in Settings → Updates: its number,
// date and release notes (plain text, never HTML), and the only buttons that fetch or install
// anything: Download, then Restart and install. Later puts the prompt off.
import { Alert, Button, Group, Progress, ScrollArea, Stack, Text } from '@mantine/core';
import { IconDownload, IconRefresh } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdatePhase, UpdateRequest } from '../../../../shared/updates';
import { calendarDate } from '../../i18n/date-format';

type OfferPhase = Extract<UpdatePhase, { kind: 'available' | 'downloading' | 'downloaded' }>;

export function isOffer(phase: UpdatePhase): phase is OfferPhase {
  return phase.kind === 'available' || phase.kind === 'downloading' || phase.kind === 'downloaded';
}

export interface UpdateOfferProps {
  phase: OfferPhase;
  request: (request: UpdateRequest) => Promise<unknown>;
  /** Shown with the Later button (the banner); Settings keeps the offer without it. */
  onLater?: () => void;
}

export function UpdateOffer({ phase, request, onLater }: UpdateOfferProps) {
  const { t, i18n } = useTranslation();
  const notesId = useId();
  const [busy, setBusy] = useState(false);
  const { update } = phase;

  async function run(action: 'download' | 'install') {
    setBusy(true);
    try {
      await request({ action });
    } finally {
      setBusy(false);
    }
  }

  const released = update.releaseDate
    ? t('updates.offer.released', { date: calendarDate(update.releaseDate.slice(0, 10), i18n.language) })
    : null;

  return (
    <Stack gap="sm">
      <div>
        <Text fw={600}>
          {phase.kind === 'downloaded'
            ? t('updates.offer.readyTitle', { version: update.version })
            : t('updates.offer.title', { version: update.version })}
        </Text>
        {released ? (
          <Text size="sm" c="dimmed">
            {released}
          </Text>
        ) : null}
      </div>
      <ScrollArea.Autosize
        mah={220}
        type="auto"
        role="region"
        aria-label={t('updates.offer.notesLabel', { version: update.version })}
        id={notesId}
        tabIndex={0}
      >
        {/* Plain text: the notes are never read as markup. */}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="release-notes">
          {update.releaseNotes || t('updates.offer.noNotes')}
        </Text>
      </ScrollArea.Autosize>
      {phase.kind === 'available' && phase.downloadFailed ? (
        <Alert color="red" variant="light" role="alert">
          {phase.downloadFailed === 'offline'
            ? t('updates.offer.downloadFailedOffline')
            : t('updates.offer.downloadFailed')}
        </Alert>
      ) : null}
      {phase.kind === 'downloading' ? (
        <Stack gap={4}>
          <Text size="sm">
            {t('updates.phase.downloading', { version: update.version, percent: phase.percent })}
          </Text>
          <Progress value={phase.percent} aria-label={t('updates.offer.downloadingLabel')} animated />
        </Stack>
      ) : null}
      {phase.kind === 'downloaded' ? (
        <Text size="sm" c="dimmed">
          {t('updates.offer.readyText')}
        </Text>
      ) : null}
      <Group gap="sm">
        {phase.kind === 'available' ? (
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={busy}
            onClick={() => void run('download')}
            aria-describedby={notesId}
          >
            {t('updates.offer.download')}
          </Button>
        ) : null}
        {phase.kind === 'downloaded' ? (
          <Button
            leftSection={<IconRefresh size={16} aria-hidden />}
            loading={busy}
            onClick={() => void run('install')}
          >
            {t('updates.offer.install')}
          </Button>
        ) : null}
        {onLater && phase.kind !== 'downloading' ? (
          <Button variant="default" onClick={onLater}>
            {t('updates.offer.later')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

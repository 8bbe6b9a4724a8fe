// How far a long download has come (joining a workspace, catching up after weeks away): the step
// in words with its percentage, and a bar. Nothing while no download of several pages runs.
import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DownloadProgress } from '../../../../shared/sync';
import { downloadPercent } from './download-percent';

export function DownloadProgressBar({ download }: { download: DownloadProgress | null }) {
  const { t, i18n } = useTranslation();
  if (!download) return null;
  const label = t(`sync.download.${download.step}`, {
    percent: downloadPercent(download.share, i18n.language),
  });
  return (
    <Stack gap={4} data-testid="sync-download">
      <Text size="sm">{label}</Text>
      <Progress
        value={Math.floor(download.share * 100)}
        size="sm"
        aria-label={label}
        transitionDuration={200}
      />
    </Stack>
  );
}

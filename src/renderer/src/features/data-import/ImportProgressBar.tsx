// How far a long preview or import is (reading, checking rows, writing), with the button that
// cancels it: a cancelled import leaves nothing behind.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../../shared/data-import';

export interface ImportProgressBarProps {
  progress: ImportProgress | null;
  /** What is running: checking the file, or importing it. */
  activity: 'checking' | 'importing';
  onCancel: () => void;
}

export function ImportProgressBar({ progress, activity, onCancel }: ImportProgressBarProps) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language);
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  const cancelling = progress?.cancelled ?? false;
  const phase = progress?.phase ?? 'reading';
  const label = cancelling
    ? t('dataImport.progress.cancelling')
    : phase === 'reading' || percent === null
      ? t('dataImport.progress.reading')
      : t(`dataImport.progress.${phase}`, {
          done: number(progress?.done ?? 0),
          total: number(progress?.total ?? 0),
        });
  return (
    <Stack gap={6} data-testid="import-progress" aria-live="polite">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Button size="xs" variant="default" color="red" onClick={onCancel} disabled={cancelling}>
          {activity === 'importing'
            ? t('dataImport.progress.cancelImport')
            : t('dataImport.progress.cancelCheck')}
        </Button>
      </Group>
      <Progress
        value={percent ?? 100}
        animated={percent === null || cancelling}
        striped={percent === null}
        aria-label={label}
        transitionDuration={200}
      />
    </Stack>
  );
}

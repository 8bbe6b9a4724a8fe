// The bar under the plan: how many visits are picked, and scheduling them all at once.
import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n/error-text';

/** visits.schedule takes at most this many visits in one go. */
export const maxVisitsPerSchedule = 200;

export interface ScheduleBarProps {
  count: number;
  saving: boolean;
  error: unknown;
  onClear: () => void;
  onSchedule: () => void;
}

export function ScheduleBar({ count, saving, error, onClear, onSchedule }: ScheduleBarProps) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      shadow="md"
      p="sm"
      pos="sticky"
      bottom={0}
      style={{ zIndex: 2 }}
      role="region"
      aria-label={t('visitPlanner.summary.label')}
    >
      {error ? (
        <Alert color="red" title={t('visitPlanner.summary.failed')} mb="sm" role="alert">
          {errorText(t, error)}
        </Alert>
      ) : null}
      <Group justify="space-between">
        <Text
          fw={count ? 600 : 400}
          c={count ? undefined : 'dimmed'}
          aria-live="polite"
          data-testid="planner-selected"
        >
          {count ? t('visitPlanner.summary.selected', { count }) : t('visitPlanner.summary.none')}
          {count > maxVisitsPerSchedule ? (
            <Text span c="red" size="sm" fw={400} ml="sm">
              {t('visitPlanner.summary.tooMany', { max: maxVisitsPerSchedule })}
            </Text>
          ) : null}
        </Text>
        <Group gap="xs">
          {count ? (
            <Button variant="subtle" color="gray" onClick={onClear} disabled={saving}>
              {t('visitPlanner.summary.clear')}
            </Button>
          ) : null}
          <Button
            leftSection={<IconCalendarCheck size={16} aria-hidden />}
            disabled={count === 0 || count > maxVisitsPerSchedule}
            loading={saving}
            onClick={onSchedule}
          >
            {t('visitPlanner.summary.schedule')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

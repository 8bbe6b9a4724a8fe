// NPS at a glance: the score (−100..100), promoters / passives / detractors with a bar of their
// shares, and the average satisfaction. Used by the survey list and the partner page.
import { Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NpsTally } from '../../../../shared/surveys';
import { categoryColors } from './NpsCategoryBadge';

export interface NpsSummaryProps {
  nps: number | null;
  tally: NpsTally;
  satisfactionAverage: number | null;
  /** "12 answers": how many the figures cover. */
  answers: number;
  compact?: boolean;
}

export function NpsSummary({ nps, tally, satisfactionAverage, answers, compact = false }: NpsSummaryProps) {
  const { t, i18n } = useTranslation();
  const withNps = tally.promoters + tally.passives + tally.detractors;
  const share = (count: number) => (withNps ? (count * 100) / withNps : 0);
  const satisfaction =
    satisfactionAverage === null
      ? '–'
      : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
          satisfactionAverage,
        );
  const counts = [
    { key: 'promoter', count: tally.promoters },
    { key: 'passive', count: tally.passives },
    { key: 'detractor', count: tally.detractors },
  ] as const;
  return (
    <SimpleGrid
      cols={{ base: 1, sm: compact ? 2 : 3 }}
      spacing="sm"
      role="group"
      aria-label={t('surveys.summary.label')}
    >
      <Paper withBorder p="md" radius="md">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('surveys.summary.nps')}
        </Text>
        <Text
          size="xl"
          fw={700}
          mt={4}
          data-testid="nps-score"
          c={nps === null ? 'dimmed' : nps < 0 ? 'red' : undefined}
        >
          {nps === null ? '–' : nps > 0 ? `+${nps}` : String(nps)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('surveys.summary.npsAnswers', { count: withNps })}
        </Text>
      </Paper>
      <Paper withBorder p="md" radius="md" style={compact ? undefined : { gridColumn: 'span 1' }}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('surveys.summary.satisfaction')}
        </Text>
        <Text size="xl" fw={700} mt={4} data-testid="satisfaction-average">
          {satisfaction}
          {satisfactionAverage !== null ? (
            <Text span size="sm" c="dimmed" fw={400}>
              {' / 5'}
            </Text>
          ) : null}
        </Text>
        <Text size="xs" c="dimmed">
          {t('surveys.summary.answers', { count: answers })}
        </Text>
      </Paper>
      <Paper withBorder p="md" radius="md" style={compact ? { gridColumn: '1 / -1' } : undefined}>
        <Stack gap={6}>
          <Progress.Root size="lg" aria-hidden>
            {counts.map(({ key, count }) => (
              <Progress.Section key={key} value={share(count)} color={categoryColors[key]} />
            ))}
          </Progress.Root>
          <Group gap="md" data-testid="nps-tally">
            {counts.map(({ key, count }) => (
              <Text key={key} size="sm">
                <Text span fw={700} c={categoryColors[key] === 'gray' ? undefined : categoryColors[key]}>
                  {count}
                </Text>{' '}
                {t(`surveys.summary.${key}`, { count })}
              </Text>
            ))}
          </Group>
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}

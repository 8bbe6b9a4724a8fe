// The last full recompute and "Recompute all now", with what it found: partners scored, tier
// changes, partners newly at risk, retention cases opened and how long it took.
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoyaltySettings, RecomputeOutput } from '../../../../shared/loyalty';
import { useCoreMutation } from '../../api/core-queries';
import { calendarDate } from '../../i18n/date-format';
import { errorText } from '../../i18n/error-text';
import { localToday } from '../visit-notes/local-day';

export function RecomputeCard({ settings }: { settings: LoyaltySettings | undefined }) {
  const { t, i18n } = useTranslation();
  const recompute = useCoreMutation('loyalty.recomputeAll');
  const [result, setResult] = useState<RecomputeOutput | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function run() {
    setFailure(null);
    setResult(null);
    try {
      setResult(await recompute.mutateAsync({ today: localToday() }));
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  const count = settings?.scoredPartners ?? 0;
  /** "240 ms" under a second, "3.4 s" above. */
  const durationText = (milliseconds: number) => {
    const format = (value: number) =>
      new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value);
    return milliseconds < 1000
      ? t('loyalty.settings.recompute.milliseconds', { value: format(Math.round(milliseconds)) })
      : t('loyalty.settings.recompute.seconds', { value: format(milliseconds / 1000) });
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="loyalty-recompute-title">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Title order={2} size="h4" id="loyalty-recompute-title">
            {t('loyalty.settings.recompute.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('loyalty.settings.recompute.description')}
          </Text>
          {settings ? (
            <Text size="sm" data-testid="last-recompute">
              {settings.lastFullRecomputeOn
                ? t('loyalty.settings.recompute.last', {
                    date: calendarDate(settings.lastFullRecomputeOn, i18n.language),
                    count,
                  })
                : t('loyalty.settings.recompute.never', { count })}
            </Text>
          ) : null}
        </Stack>
        <Button
          variant="light"
          leftSection={<IconRefresh size={16} aria-hidden />}
          loading={recompute.isPending}
          onClick={() => void run()}
        >
          {t('loyalty.settings.recompute.button')}
        </Button>
      </Group>
      {result ? (
        <Alert
          color="teal"
          mt="md"
          title={t('loyalty.settings.recompute.done', {
            count: result.partners,
            duration: durationText(result.milliseconds),
          })}
          data-testid="recompute-result"
        >
          {t('loyalty.settings.recompute.result', {
            tierChanges: result.tierChanges,
            newlyAtRisk: result.newlyAtRisk,
            casesOpened: result.casesOpened,
          })}
        </Alert>
      ) : null}
      {failure ? (
        <Alert color="red" role="alert" mt="md" title={t('loyalty.settings.recompute.failed')}>
          {failure}
        </Alert>
      ) : null}
    </Card>
  );
}

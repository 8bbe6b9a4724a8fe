// A program's results: participants, claims, awards, cost, revenue uplift and ROI (in plain words),
// with the budget's burn month by month and the comparison period stated.
import { LineChart } from '@mantine/charts';
import { Alert, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert/QueryErrorAlert';
import { formatMinor, formatMinorCompact, monthLabel } from '../sales/sales-money';
import { localToday } from '../visit-notes/local-day';
import { moneyPerUnitSpent } from './roi-sentence';

function Kpi({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: string;
  detail?: ReactNode;
  testId: string;
}) {
  return (
    <Card withBorder radius="md" padding="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} mt={4}>
        {value}
      </Text>
      {detail ? (
        <Text size="xs" c="dimmed" mt={4}>
          {detail}
        </Text>
      ) : null}
    </Card>
  );
}

export function ProgramResults({ programId }: { programId: string }) {
  const { t, i18n } = useTranslation();
  const results = useCoreQuery('programs.results', { programId, today: localToday() });
  if (results.error) {
    return (
      <QueryErrorAlert
        error={results.error}
        onRetry={() => void results.refetch()}
        title={t('gamification.results.loadFailed')}
      />
    );
  }
  if (!results.data) {
    return (
      <SimpleGrid cols={{ base: 1, sm: 3 }} aria-busy="true">
        {[0, 1, 2, 3, 4, 5].map((n) => (
          <Skeleton key={n} height={96} radius="md" />
        ))}
      </SimpleGrid>
    );
  }
  const r = results.data;
  const locale = i18n.language;
  const money = (minor: number) => formatMinor(minor, r.currency, locale);
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  const month = (period: string) => monthLabel(period, locale);
  const started = r.period.from <= r.period.to;
  const uplift = r.revenueMinor - r.comparisonRevenueMinor;
  const roiText =
    r.roi === null
      ? '—'
      : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(r.roi);
  const noSales = r.revenueMinor === 0 && r.comparisonRevenueMinor === 0;
  const roiDetail =
    r.roi !== null && noSales
      ? t('gamification.results.roiNoSales')
      : r.roi !== null
        ? t('gamification.results.roiSentence', moneyPerUnitSpent(r.roi, r.currency, locale))
        : r.costMinor > 0
          ? t('gamification.results.roiCurrency', { currency: r.currency })
          : t('gamification.results.roiNoCost');
  let spent = 0;
  const burn = r.burn.map((point) => {
    spent += point.costMinor;
    return { month: month(point.period), cumulative: spent, monthly: point.costMinor, budget: r.budgetMinor };
  });

  return (
    <Stack gap="md">
      {!started ? (
        <Alert color="gray" icon={<IconInfoCircle aria-hidden />} data-testid="results-not-started">
          {t('gamification.results.notStarted')}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed" data-testid="results-period">
          {t('gamification.results.period', {
            from: month(r.period.from),
            to: month(r.period.to),
            cfrom: month(r.comparison.from),
            cto: month(r.comparison.to),
          })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        <Kpi
          testId="kpi-participants"
          label={t('gamification.results.participants')}
          value={count(r.participants)}
        />
        <Kpi
          testId="kpi-claims"
          label={t('gamification.results.claims')}
          value={count(r.claims.approved + r.claims.submitted + r.claims.rejected)}
          detail={t('gamification.results.claimsDetail', {
            approved: count(r.claims.approved),
            submitted: count(r.claims.submitted),
            rejected: count(r.claims.rejected),
          })}
        />
        <Kpi
          testId="kpi-awards"
          label={t('gamification.results.awards')}
          // A points program headlines its points; money awards show as money.
          value={
            r.awardedMinor === 0 && r.awardedPoints !== 0
              ? t('gamification.results.pointsValue', { points: count(r.awardedPoints) })
              : money(r.awardedMinor)
          }
          detail={t('gamification.results.awardsDetail', {
            points: count(r.awardedPoints),
            redeemed: count(r.redeemedPoints),
            money: money(r.awardedMinor),
          })}
        />
        <Kpi
          testId="kpi-cost"
          label={t('gamification.results.cost')}
          value={money(r.costMinor)}
          detail={t('gamification.results.costDetail')}
        />
        <Kpi
          testId="kpi-uplift"
          label={t('gamification.results.uplift')}
          value={`${uplift > 0 ? '+' : ''}${money(uplift)}`}
          detail={t('gamification.results.upliftDetail', {
            revenue: money(r.revenueMinor),
            comparison: money(r.comparisonRevenueMinor),
          })}
        />
        <Kpi testId="kpi-roi" label={t('gamification.results.roi')} value={roiText} detail={roiDetail} />
      </SimpleGrid>
      <Card withBorder radius="md" padding="md">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h5">
            {t('gamification.results.burnTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {r.burnPercent !== null
              ? t('gamification.results.burnOf', {
                  cost: money(r.costMinor),
                  budget: money(r.budgetMinor),
                  percent: new Intl.NumberFormat(locale, {
                    style: 'percent',
                    maximumFractionDigits: 1,
                  }).format(r.burnPercent / 100),
                })
              : t('gamification.results.burnNoBudget', { cost: money(r.costMinor) })}
          </Text>
        </Group>
        {burn.length && spent !== 0 ? (
          <LineChart
            h={220}
            data={burn}
            dataKey="month"
            series={[
              { name: 'cumulative', label: t('gamification.results.cumulative'), color: 'blue.6' },
              { name: 'monthly', label: t('gamification.results.monthly'), color: 'teal.5' },
              ...(r.budgetMinor > 0
                ? [
                    {
                      name: 'budget',
                      label: t('gamification.results.budget'),
                      color: 'red.5',
                      strokeDasharray: '5 5',
                    },
                  ]
                : []),
            ]}
            curveType="linear"
            withLegend
            valueFormatter={(value) => formatMinorCompact(value, r.currency, locale)}
            yAxisProps={{ width: 80 }}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('gamification.results.burnEmpty')}
          </Text>
        )}
      </Card>
    </Stack>
  );
}

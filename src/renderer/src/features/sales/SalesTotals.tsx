// The figures at the top of the sales list: revenue, units and orders over every matching month.
import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SalesListOutput } from '../../../../shared/sales';
import { formatMinor } from './sales-money';

export function SalesTotals({ totals }: { totals: SalesListOutput | undefined }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const figures = totals
    ? [
        {
          key: 'revenue',
          label: t('sales.totals.revenue'),
          value: formatMinor(totals.revenueMinor, totals.currency, i18n.language),
        },
        { key: 'units', label: t('sales.totals.units'), value: number.format(totals.units) },
        { key: 'orders', label: t('sales.totals.orders'), value: number.format(totals.orders) },
        { key: 'months', label: t('sales.totals.records'), value: number.format(totals.total) },
      ]
    : null;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" aria-label={t('sales.totals.label')} role="group">
      {figures
        ? figures.map((figure) => (
            <Paper key={figure.key} withBorder p="md" radius="md" data-testid={`sales-total-${figure.key}`}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {figure.label}
              </Text>
              <Text size="xl" fw={700} mt={4} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {figure.value}
              </Text>
            </Paper>
          ))
        : [0, 1, 2, 3].map((i) => <Skeleton key={i} height={76} radius="md" />)}
    </SimpleGrid>
  );
}

// A partner's monthly sales: a chart of the last 24 months, the last 12 months against the 12
// before, the months with figures in a compact table (edit, delete), and "Add month".
import { BarChart } from '@mantine/charts';
import { Badge, Button, Card, Group, ScrollArea, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerSales as PartnerSalesData } from '../../../../shared/sales';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { CaptionedFigure } from '../../components/CaptionedFigure';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { localToday } from '../visit-notes/local-day';
import { SalesRecordModal, type SalesMonthDraft } from './SalesRecordModal';
import { SalesRowActions, useDeleteSalesMonth } from './SalesRowActions';
import { formatMinor, formatMinorCompact, monthLabel, percentChange } from './sales-money';

export function PartnerSales({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const today = localToday();
  const sales = useCoreQuery('sales.partner', { partnerId, today, months: 24 });
  const [draft, setDraft] = useState<SalesMonthDraft | null>(null);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-sales-title">
      <Group justify="space-between" align="flex-start" mb="md">
        <Title order={2} size="h4" id="partner-sales-title">
          {t('sales.partner.title')}
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setDraft({ partnerId, period: today.slice(0, 7), partnerFixed: true })}
        >
          {t('sales.partner.add')}
        </Button>
      </Group>
      {sales.error ? (
        <QueryErrorAlert error={sales.error} onRetry={() => void sales.refetch()} />
      ) : !sales.data ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={24} width="40%" />
          <Skeleton height={200} />
        </Stack>
      ) : sales.data.months.every((month) => month.recordId === null) ? (
        <Text size="sm" c="dimmed" data-testid="partner-sales-empty">
          {t('sales.partner.empty')}
        </Text>
      ) : (
        <PartnerSalesBody partnerId={partnerId} sales={sales.data} onEdit={(month) => setDraft(month)} />
      )}
      <SalesRecordModal draft={draft} onClose={() => setDraft(null)} />
    </Card>
  );
}

function PartnerSalesBody({
  partnerId,
  sales,
  onEdit,
}: {
  partnerId: string;
  sales: PartnerSalesData;
  onEdit: (draft: SalesMonthDraft) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const deleteMonth = useDeleteSalesMonth();
  const partner = useCoreQuery('partners.get', { id: partnerId });
  const change = percentChange(sales.last12RevenueMinor, sales.previous12RevenueMinor);
  const chartData = sales.months.map((month) => ({
    month: monthLabel(month.period, locale),
    revenue: month.revenueMinor,
  }));
  const recorded = sales.months.filter((month) => month.recordId !== null).reverse();
  const number = new Intl.NumberFormat(locale);
  return (
    <Stack gap="md">
      <Group gap="lg" align="flex-end">
        <CaptionedFigure
          caption={t('sales.partner.last12')}
          size="xl"
          weight={700}
          testId="partner-sales-last12"
        >
          {formatMinor(sales.last12RevenueMinor, sales.currency, locale)}
        </CaptionedFigure>
        <CaptionedFigure caption={t('sales.partner.previous12')} size="md" weight={500}>
          {formatMinor(sales.previous12RevenueMinor, sales.currency, locale)}
        </CaptionedFigure>
        {change !== null ? (
          <Badge
            size="lg"
            variant="light"
            color={change < 0 ? 'red' : change > 0 ? 'teal' : 'gray'}
            data-testid="partner-sales-change"
          >
            {t('sales.partner.change', { change: `${change > 0 ? '+' : ''}${change}` })}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('sales.partner.noPreviousYear')}
          </Text>
        )}
      </Group>
      <BarChart
        h={220}
        data={chartData}
        dataKey="month"
        series={[{ name: 'revenue', label: t('sales.partner.revenue'), color: 'blue.6' }]}
        valueFormatter={(value) => formatMinorCompact(value, sales.currency, locale)}
        tickLine="y"
        gridAxis="y"
        xAxisProps={{ interval: 2 }}
        role="img"
        aria-label={t('sales.partner.chartLabel')}
      />
      <ScrollArea.Autosize mah={260}>
        <Table
          verticalSpacing={4}
          fz="sm"
          aria-label={t('sales.partner.tableLabel')}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sales.fields.period')}</Table.Th>
              <Table.Th ta="right">{t('sales.fields.revenue')}</Table.Th>
              <Table.Th ta="right">{t('sales.fields.units')}</Table.Th>
              <Table.Th ta="right">{t('sales.fields.orders')}</Table.Th>
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {recorded.map((month) => (
              <Table.Tr key={month.period} data-testid="partner-sales-month">
                <Table.Td>{monthLabel(month.period, locale, 'long')}</Table.Td>
                <Table.Td ta="right">{formatMinor(month.revenueMinor, sales.currency, locale)}</Table.Td>
                <Table.Td ta="right">{number.format(month.units)}</Table.Td>
                <Table.Td ta="right">{number.format(month.orders)}</Table.Td>
                <Table.Td>
                  <SalesRowActions
                    label={monthLabel(month.period, locale, 'long')}
                    onEdit={() => void editMonth(month.period)}
                    onDelete={
                      month.recordId
                        ? () => void deleteMonth(month.recordId ?? '', partner.data?.name ?? '', month.period)
                        : undefined
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );

  /** The month's note is not in the series: read the record before editing it. */
  async function editMonth(period: string) {
    const found = await call('sales.list', { partnerId, from: period, to: period, limit: 1 });
    const record = found.rows[0];
    onEdit({
      partnerId,
      period,
      ...(record
        ? {
            existing: {
              revenueMinor: record.revenueMinor,
              units: record.units,
              orders: record.orders,
              note: record.note,
              currency: record.currency,
            },
          }
        : {}),
    });
  }
}

// The dashboard's six charts. Each segment, bar and point opens the records behind it (recharts
// click handlers), and each chart carries the same figures as a table of links (ChartCard).
import { AreaChart, BarChart, DonutChart, LineChart } from '@mantine/charts';
import { Group, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Dashboard, DashboardTable } from '../../../../shared/dashboard';
import type { CsvExport } from '../../../../shared/disputes';
import { ChartCard } from './ChartCard';
import type { DashboardFormats } from './dashboard-format';
import { monthLabel } from './dashboard-format';
import { calendarHref, partnersHref, salesHref, surveysHref } from './dashboard-links';
import type { DashboardView } from './dashboard-period';

const tierColors = ['violet.6', 'yellow.6', 'gray.5', 'orange.7', 'teal.6', 'blue.6', 'pink.6', 'cyan.6'];
/** The same colours as CSS, for the swatches in the tier table. */
const tierSwatch = (index: number) =>
  `var(--mantine-color-${tierColors[index % tierColors.length]!.replace('.', '-')})`;

export interface DashboardChartsProps {
  data: Dashboard;
  view: DashboardView;
  formats: DashboardFormats;
  exportCsv: (table: DashboardTable) => Promise<CsvExport>;
}

/** The index of the clicked point of a cartesian chart (recharts 3 passes its tooltip index). */
function clickedIndex(state: { activeTooltipIndex?: unknown; activeIndex?: unknown }): number | null {
  const index = Number(state.activeTooltipIndex ?? state.activeIndex);
  return Number.isInteger(index) && index >= 0 ? index : null;
}

export function DashboardCharts({ data, view, formats: f, exportCsv }: DashboardChartsProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const locale = i18n.language;
  const month = (period: string) => monthLabel(period, locale);
  const go = (href: string) => void navigate(href);
  const activeTiers = data.tiers.reduce((sum, tier) => sum + tier.partners, 0);
  const tierHref = (key: string) => partnersHref(view, { tiers: [key] });
  const atRiskHref = partnersHref(view, { risk: ['at-risk', 'critical'] });
  const hasSales = data.sales.trend.some((p) => p.revenueMinor !== 0 || p.orders !== 0);
  const hasAnswers = data.nps.trend.some((p) => p.answers > 0);
  const hasSnapshots = data.risk.trend.some((p) => p.atRisk !== null);
  const hasEngagement = data.engagement.trend.some((p) => p.visits + p.meetings + p.trainings > 0);

  return (
    <SimpleGrid type="container" cols={{ base: 1, '700px': 2, '1100px': 3 }} spacing="md">
      <ChartCard
        id="tiers"
        title={t('dashboard.charts.tiers')}
        subtitle={t('dashboard.charts.tiersSubtitle')}
        exportCsv={exportCsv}
        tableOpen
        empty={activeTiers === 0 ? t('dashboard.charts.tiersEmpty') : null}
        chart={
          <Group justify="center">
            <DonutChart
              size={180}
              thickness={28}
              styles={{ label: { fontSize: 22, fontWeight: 700 } }}
              paddingAngle={2}
              withTooltip
              tooltipDataSource="segment"
              chartLabel={f.count(activeTiers)}
              valueFormatter={f.count}
              data={data.tiers.map((tier, index) => ({
                name: tier.name,
                value: tier.partners,
                color: tierColors[index % tierColors.length]!,
              }))}
              pieProps={{
                style: { cursor: 'pointer' },
                onClick: (_entry: unknown, index: number) => {
                  const tier = data.tiers[index];
                  if (tier) go(tierHref(tier.key));
                },
              }}
            />
          </Group>
        }
        table={{
          columns: [t('dashboard.columns.tier'), t('dashboard.columns.partners')],
          rows: data.tiers.map((tier, index) => ({
            key: tier.key,
            cells: [
              { text: tier.name, swatch: tierSwatch(index) },
              {
                text: f.count(tier.partners),
                href: tierHref(tier.key),
                label: t('dashboard.links.tier', { count: tier.partners, tier: tier.name }),
              },
            ],
          })),
        }}
      />
      <ChartCard
        id="at-risk-trend"
        title={t('dashboard.charts.atRisk')}
        subtitle={t('dashboard.charts.atRiskSubtitle')}
        exportCsv={exportCsv}
        empty={hasSnapshots ? null : t('dashboard.charts.atRiskEmpty')}
        chart={
          <LineChart
            h={200}
            data={data.risk.trend.map((p) => ({ month: month(p.period), atRisk: p.atRisk }))}
            dataKey="month"
            series={[{ name: 'atRisk', label: t('dashboard.charts.atRiskSeries'), color: 'orange.6' }]}
            curveType="linear"
            connectNulls
            valueFormatter={f.count}
            withLegend={false}
            lineChartProps={{ onClick: () => go(atRiskHref), style: { cursor: 'pointer' } }}
          />
        }
        table={{
          columns: [t('dashboard.columns.month'), t('dashboard.columns.atRisk')],
          rows: data.risk.trend.map((p) => ({
            key: p.period,
            cells: [{ text: month(p.period) }, { text: p.atRisk === null ? '—' : f.count(p.atRisk) }],
          })),
        }}
      />
      <ChartCard
        id="sales-by-region"
        title={t('dashboard.charts.salesByRegion')}
        subtitle={t('dashboard.charts.inCurrency', { currency: data.currency })}
        exportCsv={exportCsv}
        tableOpen
        empty={data.sales.byRegion.length === 0 ? t('dashboard.charts.salesEmpty') : null}
        chart={
          <BarChart
            h={200}
            data={data.sales.byRegion.map((r) => ({
              region: r.region || t('dashboard.noRegion'),
              revenue: r.revenueMinor,
            }))}
            dataKey="region"
            series={[{ name: 'revenue', label: t('dashboard.charts.revenue'), color: 'blue.6' }]}
            valueFormatter={f.compactMoney}
            barChartProps={{
              onClick: (state) => {
                const index = clickedIndex(state);
                const region = index === null ? undefined : data.sales.byRegion[index];
                if (region) go(salesHref(view, view, { region: region.region }));
              },
              style: { cursor: 'pointer' },
            }}
          />
        }
        table={{
          columns: [
            t('dashboard.columns.region'),
            t('dashboard.columns.revenue'),
            t('dashboard.columns.activePartners'),
          ],
          rows: data.sales.byRegion.map((r) => {
            const name = r.region || t('dashboard.noRegion');
            return {
              key: r.region || '\u0000',
              cells: [
                { text: name },
                {
                  text: f.money(r.revenueMinor),
                  href: salesHref(view, view, { region: r.region }),
                  label: t('dashboard.links.salesIn', { region: name }),
                },
                {
                  text: f.count(r.partners),
                  href: partnersHref({ regions: [r.region], ownerIds: view.ownerIds }),
                  label: t('dashboard.links.activeIn', { count: r.partners, region: name }),
                },
              ],
            };
          }),
        }}
      />
      <ChartCard
        id="sales-trend"
        title={t('dashboard.charts.salesTrend')}
        subtitle={t('dashboard.charts.inCurrency', { currency: data.currency })}
        exportCsv={exportCsv}
        empty={hasSales ? null : t('dashboard.charts.salesEmpty')}
        chart={
          <AreaChart
            h={200}
            data={data.sales.trend.map((p) => ({ month: month(p.period), revenue: p.revenueMinor }))}
            dataKey="month"
            series={[{ name: 'revenue', label: t('dashboard.charts.revenue'), color: 'blue.6' }]}
            curveType="monotone"
            valueFormatter={f.compactMoney}
            yAxisProps={{ width: 70 }}
            areaChartProps={{
              onClick: (state) => {
                const index = clickedIndex(state);
                const point = index === null ? undefined : data.sales.trend[index];
                if (point) go(salesHref(view, view, { month: point.period }));
              },
              style: { cursor: 'pointer' },
            }}
          />
        }
        table={{
          columns: [
            t('dashboard.columns.month'),
            t('dashboard.columns.revenue'),
            t('dashboard.columns.orders'),
          ],
          rows: data.sales.trend.map((p) => ({
            key: p.period,
            cells: [
              { text: month(p.period) },
              {
                text: f.money(p.revenueMinor),
                href: salesHref(view, view, { month: p.period }),
                label: t('dashboard.links.salesOf', { month: month(p.period) }),
              },
              { text: f.count(p.orders) },
            ],
          })),
        }}
      />
      <ChartCard
        id="nps-trend"
        title={t('dashboard.charts.nps')}
        subtitle={t('dashboard.charts.npsSubtitle')}
        exportCsv={exportCsv}
        empty={hasAnswers ? null : t('dashboard.charts.npsEmpty')}
        chart={
          <LineChart
            h={200}
            data={data.nps.trend.map((p) => ({ month: month(p.period), nps: p.nps }))}
            dataKey="month"
            series={[{ name: 'nps', label: t('dashboard.charts.npsSeries'), color: 'teal.6' }]}
            curveType="linear"
            connectNulls
            yAxisProps={{ domain: [-100, 100] }}
            referenceLines={[{ y: 0, color: 'gray.4' }]}
            valueFormatter={(value) => f.nps(value)}
            lineChartProps={{
              onClick: (state) => {
                const index = clickedIndex(state);
                const point = index === null ? undefined : data.nps.trend[index];
                if (point) go(surveysHref(view, view, { month: point.period }));
              },
              style: { cursor: 'pointer' },
            }}
          />
        }
        table={{
          columns: [t('dashboard.columns.month'), t('dashboard.columns.nps'), t('dashboard.columns.answers')],
          rows: data.nps.trend.map((p) => ({
            key: p.period,
            cells: [
              { text: month(p.period) },
              { text: f.nps(p.nps) },
              {
                text: f.count(p.answers),
                href: p.answers ? surveysHref(view, view, { month: p.period }) : null,
                label: t('dashboard.links.answersOf', { count: p.answers, month: month(p.period) }),
              },
            ],
          })),
        }}
      />
      <ChartCard
        id="engagement"
        title={t('dashboard.charts.engagement')}
        subtitle={t('dashboard.charts.engagementSubtitle')}
        exportCsv={exportCsv}
        empty={hasEngagement ? null : t('dashboard.charts.engagementEmpty')}
        chart={
          <BarChart
            h={200}
            type="stacked"
            data={data.engagement.trend.map((p) => ({
              month: month(p.period),
              visits: p.visits,
              meetings: p.meetings,
              trainings: p.trainings,
            }))}
            dataKey="month"
            series={[
              { name: 'visits', label: t('dashboard.engagement.visits'), color: 'indigo.6' },
              { name: 'meetings', label: t('dashboard.engagement.meetings'), color: 'cyan.5' },
              { name: 'trainings', label: t('dashboard.engagement.trainings'), color: 'grape.5' },
            ]}
            withLegend
            legendProps={{ verticalAlign: 'bottom', height: 30 }}
            valueFormatter={f.count}
            barChartProps={{
              onClick: (state) => {
                const index = clickedIndex(state);
                const point = index === null ? undefined : data.engagement.trend[index];
                if (point) go(calendarHref(view, { month: point.period }));
              },
              style: { cursor: 'pointer' },
            }}
          />
        }
        table={{
          columns: [
            t('dashboard.columns.month'),
            t('dashboard.engagement.visits'),
            t('dashboard.engagement.meetings'),
            t('dashboard.engagement.trainings'),
          ],
          rows: data.engagement.trend.map((p) => ({
            key: p.period,
            cells: [
              { text: month(p.period) },
              ...(['visit', 'meeting', 'training'] as const).map((kind) => {
                const value = kind === 'visit' ? p.visits : kind === 'meeting' ? p.meetings : p.trainings;
                return {
                  text: f.count(value),
                  href: value ? calendarHref(view, { month: p.period, kind }) : null,
                  label: t(`dashboard.links.engagement.${kind}`, { count: value, month: month(p.period) }),
                };
              }),
            ],
          })),
        }}
      />
    </SimpleGrid>
  );
}

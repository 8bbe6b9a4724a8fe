// The home dashboard: the channel's health over a period for a region and owner selection (kept
// in the address), as headline figures, care this week, and charts whose every number opens the
// records behind it. Exports each table to CSV and the whole dashboard to PNG or PDF.
import { Alert, Anchor, Button, Group, Menu, Skeleton, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconFileTypePdf, IconPhoto, IconPlus } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { DashboardTable } from '../../../../shared/dashboard';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText } from '../../i18n/error-text';
import { localToday } from '../visit-notes/local-day';
import { DashboardCharts } from './DashboardCharts';
import { DashboardFigures, DashboardSecondRow } from './DashboardFigures';
import { DashboardFilters } from './DashboardFilters';
import { dashboardFormats, monthLabel } from './dashboard-format';
import { downloadPdf, downloadPng } from './dashboard-image';
import { paramsFromView, viewFromParams, type DashboardView } from './dashboard-period';

function DashboardSkeleton() {
  return (
    <Stack gap="md" data-testid="dashboard-loading" aria-busy="true">
      <SimpleGrid type="container" cols={{ base: 1, '480px': 2, '760px': 3, '1280px': 6 }} spacing="md">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} height={116} radius="md" />
        ))}
      </SimpleGrid>
      <SimpleGrid type="container" cols={{ base: 1, '620px': 2, '900px': 3 }} spacing="md">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} height={170} radius="md" />
        ))}
      </SimpleGrid>
      <SimpleGrid type="container" cols={{ base: 1, '700px': 2, '1100px': 3 }} spacing="md">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} height={290} radius="md" />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function NoSalesOrSurveys() {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" title={t('dashboard.empty.title')} data-testid="dashboard-empty">
      <Text size="sm">{t('dashboard.empty.body')}</Text>
      <Group gap="sm" mt="sm" data-export-hide>
        <Button component={Link} to="/sales" size="xs" leftSection={<IconPlus size={14} aria-hidden />}>
          {t('dashboard.empty.enterSales')}
        </Button>
        <Button component={Link} to="/import/sales" size="xs" variant="light">
          {t('dashboard.empty.importSales')}
        </Button>
        <Button component={Link} to="/surveys" size="xs" variant="light">
          {t('dashboard.empty.enterSurveys')}
        </Button>
      </Group>
    </Alert>
  );
}

export function HomeDashboard() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = localToday();
  const view = useMemo(() => viewFromParams(params, today), [params, today]);
  const input = { from: view.from, to: view.to, regions: view.regions, ownerIds: view.ownerIds, today };
  const dashboard = useCoreQuery('dashboard.get', input, { placeholderData: (previous) => previous });
  const owners = useCoreQuery('owners.list', {});
  const captureRef = useRef<HTMLDivElement>(null);
  const [exporting, setExporting] = useState(false);

  const setView = (next: DashboardView) => setParams(paramsFromView(next), { replace: true });
  const data = dashboard.data;
  const formats = dashboardFormats(i18n.language, data?.currency ?? 'USD');
  const periodText = t('dashboard.period', {
    from: monthLabel(view.from, i18n.language),
    to: monthLabel(view.to, i18n.language),
  });
  const scopeText = [
    view.regions.length
      ? view.regions.map((region) => region || t('dashboard.noRegion')).join(', ')
      : t('dashboard.filters.allRegions'),
    view.ownerIds.length
      ? view.ownerIds
          .map((id) =>
            id === 'none' ? t('dashboard.noOwner') : (owners.data?.find((o) => o.id === id)?.name ?? id),
          )
          .join(', ')
      : t('dashboard.filters.allOwners'),
  ].join(' · ');

  const exportCsv = (table: DashboardTable) => call('dashboard.exportCsv', { ...input, table });

  async function exportImage(kind: 'png' | 'pdf') {
    const node = captureRef.current;
    if (!node) return;
    setExporting(true);
    const fileName = `dashboard-${view.from}-to-${view.to}.${kind}`;
    try {
      if (kind === 'png') await downloadPng(node, fileName);
      else
        await downloadPdf(node, fileName, {
          title: t('dashboard.title'),
          filters: `${periodText} · ${scopeText}`,
          date: t('dashboard.exportedOn', { date: new Date().toLocaleString(i18n.language) }),
        });
      notifications.show({ color: 'teal', message: t('dashboard.exported', { file: fileName }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('dashboard.exportFailed'), message: errorText(t, error) });
    } finally {
      setExporting(false);
    }
  }

  const noSalesOrSurveys =
    data !== undefined &&
    data.sales.trend.every((p) => p.revenueMinor === 0 && p.orders === 0) &&
    data.sales.previousRevenueMinor === 0 &&
    data.nps.trend.every((p) => p.answers === 0);

  return (
    <Stack
      gap="md"
      component="section"
      aria-labelledby="dashboard-title"
      ref={captureRef}
      data-testid="home-dashboard"
    >
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={2} size="h3" id="dashboard-title">
            {t('dashboard.title')}
          </Title>
          <Text size="sm" c="dimmed" data-testid="dashboard-scope">
            {periodText} · {scopeText}
          </Text>
        </div>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="default"
              loading={exporting}
              disabled={!data}
              rightSection={<IconChevronDown size={14} aria-hidden />}
              data-export-hide
            >
              {t('dashboard.export')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconPhoto size={16} aria-hidden />}
              onClick={() => void exportImage('png')}
            >
              {t('dashboard.exportPng')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconFileTypePdf size={16} aria-hidden />}
              onClick={() => void exportImage('pdf')}
            >
              {t('dashboard.exportPdf')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <DashboardFilters view={view} today={today} onChange={setView} />
      {dashboard.error && !data ? (
        <QueryErrorAlert
          error={dashboard.error}
          onRetry={() => void dashboard.refetch()}
          title={t('dashboard.loadFailed')}
        />
      ) : !data ? (
        <DashboardSkeleton />
      ) : (
        <Stack
          gap="md"
          style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}
        >
          {noSalesOrSurveys ? <NoSalesOrSurveys /> : null}
          <DashboardFigures data={data} view={view} formats={formats} today={today} />
          <DashboardSecondRow data={data} view={view} formats={formats} today={today} />
          <DashboardCharts data={data} view={view} formats={formats} exportCsv={exportCsv} />
          <Text size="xs" c="dimmed">
            {t('dashboard.footnote')}{' '}
            <Anchor component={Link} to="/settings/loyalty" inherit>
              {t('dashboard.loyaltySettings')}
            </Anchor>
          </Text>
        </Stack>
      )}
    </Stack>
  );
}

// Reports on disputes and retention for a period and scope: open disputes by kind, age and owner;
// time to resolve; SLA breaches by region; retention success by playbook and region. Every number
// opens the list behind it; every table exports to CSV.
import { Alert, Card, Select, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DisputeAgeBucket, DisputeKind, DisputeReport } from '../../../../shared/disputes';
import type { RetentionReport } from '../../../../shared/retention';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useOwnerOptions } from '../retention/use-owner-options';
import { localToday } from '../visit-notes/local-day';
import { FigureLink, ReportTable, type Figure, type ReportRow } from './ReportTable';
import {
  openCasesHref,
  openedCasesHref,
  paramsFromScope,
  resolvedCasesHref,
  retentionHref,
  scopeFromParams,
  type ReportScope,
} from './report-links';

/** The region choice for partners without a region. */
const noRegionValue = '\u0000none';

function useFormats() {
  const { i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  return {
    count: (value: number) => number.format(value),
    days: (value: number | null) => (value === null ? '—' : number.format(value)),
    rate: (value: number | null) => (value === null ? '—' : percent.format(value)),
  };
}

function HeadlineFigure({ label, figure, testId }: { label: string; figure: Figure; testId: string }) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} lh={1.3} component="div">
        <FigureLink figure={figure} size="28px" />
      </Text>
    </Card>
  );
}

function OpenDisputes({ scope, report }: { scope: ReportScope; report: DisputeReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const countColumn = t('caseReports.reports.openCases');
  const row = (key: string, label: string, count: number, href: string): ReportRow => ({
    key,
    label,
    csvLabel: label,
    figures: [{ text: f.count(count), href, label: t('caseReports.reports.openOf', { count, label }) }],
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="report-open">
      <Title order={2} size="h4" id="report-open">
        {t('caseReports.reports.openTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <HeadlineFigure
          testId="report-open-total"
          label={t('caseReports.reports.openTotal')}
          figure={{
            text: f.count(report.openTotal),
            href: openCasesHref(scope),
            label: t('caseReports.reports.openOf', {
              count: report.openTotal,
              label: t('caseReports.reports.all'),
            }),
          }}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md">
        <ReportTable
          id="report-open-by-kind"
          title={t('caseReports.reports.byKind')}
          firstColumn={t('caseReports.list.kind')}
          columns={[countColumn]}
          csvName="open-disputes-by-kind"
          empty={t('caseReports.reports.noOpen')}
          rows={report.openByKind
            .filter((r) => r.count > 0)
            .map((r) =>
              row(
                r.key,
                t(`disputes.kind.${r.key}`),
                r.count,
                openCasesHref(scope, { kind: r.key as DisputeKind }),
              ),
            )}
        />
        <ReportTable
          id="report-open-by-age"
          title={t('caseReports.reports.byAge')}
          firstColumn={t('caseReports.reports.age')}
          columns={[countColumn]}
          csvName="open-disputes-by-age"
          empty={t('caseReports.reports.noOpen')}
          rows={
            report.openTotal === 0
              ? []
              : report.openByAge.map((r) =>
                  row(
                    r.key,
                    t(`caseReports.ageBucket.${r.key}`),
                    r.count,
                    openCasesHref(scope, { ageBucket: r.key as DisputeAgeBucket }),
                  ),
                )
          }
        />
        <ReportTable
          id="report-open-by-owner"
          title={t('caseReports.reports.byOwner')}
          firstColumn={t('caseReports.list.owner')}
          columns={[countColumn]}
          csvName="open-disputes-by-owner"
          empty={t('caseReports.reports.noOpen')}
          rows={report.openByOwner.map((r) =>
            row(
              r.key || 'nobody',
              r.key === '' ? t('caseReports.list.nobody') : r.label,
              r.count,
              openCasesHref(scope, { owner: r.key }),
            ),
          )}
        />
      </SimpleGrid>
    </Stack>
  );
}

function TimeToResolve({ scope, report }: { scope: ReportScope; report: DisputeReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const href = resolvedCasesHref(scope);
  const { count, meanDays, medianDays } = report.resolution;
  return (
    <Stack gap="sm" component="section" aria-labelledby="report-resolution">
      <Title order={2} size="h4" id="report-resolution">
        {t('caseReports.reports.resolutionTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <HeadlineFigure
          testId="report-resolved-count"
          label={t('caseReports.reports.resolvedCount')}
          figure={{ text: f.count(count), href, label: t('caseReports.reports.resolvedOf', { count }) }}
        />
        <HeadlineFigure
          testId="report-mean-days"
          label={t('caseReports.reports.meanDays')}
          figure={{
            text: f.days(meanDays),
            href: count ? href : null,
            label: t('caseReports.reports.resolvedOf', { count }),
          }}
        />
        <HeadlineFigure
          testId="report-median-days"
          label={t('caseReports.reports.medianDays')}
          figure={{
            text: f.days(medianDays),
            href: count ? href : null,
            label: t('caseReports.reports.resolvedOf', { count }),
          }}
        />
      </SimpleGrid>
    </Stack>
  );
}

function SlaByRegion({ scope, report }: { scope: ReportScope; report: DisputeReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  return (
    <Stack gap="sm" component="section" aria-labelledby="report-sla">
      <Title order={2} size="h4" id="report-sla">
        {t('caseReports.reports.slaTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('caseReports.reports.slaHint')}
      </Text>
      <ReportTable
        id="report-sla-by-region"
        title={t('caseReports.reports.byRegion')}
        firstColumn={t('caseReports.reports.region')}
        columns={[
          t('caseReports.reports.opened'),
          t('caseReports.reports.breached'),
          t('caseReports.reports.breachRate'),
        ]}
        csvName="sla-breaches-by-region"
        empty={t('caseReports.reports.noneOpened')}
        rows={report.slaByRegion.map((r) => {
          const name = r.region || t('caseReports.list.noRegion');
          const breachedHref = openedCasesHref(scope, r.region, true);
          return {
            key: r.region || 'none',
            label: name,
            csvLabel: name,
            figures: [
              {
                text: f.count(r.total),
                href: openedCasesHref(scope, r.region, false),
                label: t('caseReports.reports.openedIn', { count: r.total, region: name }),
              },
              {
                text: f.count(r.breached),
                href: breachedHref,
                tone: r.breached > 0 ? 'red' : undefined,
                label: t('caseReports.reports.breachedIn', { count: r.breached, region: name }),
              },
              {
                text: f.rate(r.rate),
                href: breachedHref,
                label: t('caseReports.reports.breachRateIn', { region: name }),
              },
            ],
          };
        })}
      />
    </Stack>
  );
}

function RetentionSuccess({ scope, report }: { scope: ReportScope; report: RetentionReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const rows = (tallies: RetentionReport['byPlaybook'], by: 'playbook' | 'region'): ReportRow[] =>
    tallies.map((tally) => {
      const name =
        tally.key === ''
          ? by === 'playbook'
            ? t('caseReports.reports.noPlaybook')
            : t('caseReports.list.noRegion')
          : tally.label;
      const filter = by === 'playbook' ? { playbookId: tally.key } : { region: tally.key };
      return {
        key: tally.key || 'none',
        label: name,
        csvLabel: name,
        figures: [
          {
            text: f.count(tally.retained),
            href: retentionHref(scope, { outcomes: ['retained'], ...filter }),
            label: t('caseReports.reports.retainedOf', { count: tally.retained, name }),
          },
          {
            text: f.count(tally.churned),
            href: retentionHref(scope, { outcomes: ['churned'], ...filter }),
            label: t('caseReports.reports.churnedOf', { count: tally.churned, name }),
          },
          {
            text: f.rate(tally.rate),
            href:
              tally.rate === null
                ? null
                : retentionHref(scope, { outcomes: ['retained', 'churned'], ...filter }),
            label: t('caseReports.reports.successOf', { name }),
          },
        ],
      };
    });
  const columns = [
    t('retention.outcome.retained'),
    t('retention.outcome.churned'),
    t('caseReports.reports.successRate'),
  ];
  return (
    <Stack gap="sm" component="section" aria-labelledby="report-retention">
      <Title order={2} size="h4" id="report-retention">
        {t('caseReports.reports.retentionTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <HeadlineFigure
          testId="report-retention-open"
          label={t('caseReports.reports.retentionOpen')}
          figure={{
            text: f.count(report.openCases),
            href: retentionHref(scope, { outcomes: ['open'] }),
            label: t('caseReports.reports.retentionOpenOf', { count: report.openCases }),
          }}
        />
        <HeadlineFigure
          testId="report-retention-decided"
          label={t('caseReports.reports.decided')}
          figure={{
            text: f.count(report.closed.retained + report.closed.churned),
            href: retentionHref(scope, { outcomes: ['retained', 'churned'] }),
            label: t('caseReports.reports.decidedOf', {
              count: report.closed.retained + report.closed.churned,
            }),
          }}
        />
        <HeadlineFigure
          testId="report-retention-rate"
          label={t('caseReports.reports.successRate')}
          figure={{
            text: f.rate(report.closed.rate),
            href: report.closed.rate === null ? null : retentionHref(scope, { outcomes: ['retained'] }),
            label: t('caseReports.reports.retainedOf', {
              count: report.closed.retained,
              name: t('caseReports.reports.all'),
            }),
          }}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ReportTable
          id="report-retention-by-playbook"
          title={t('caseReports.reports.byPlaybook')}
          firstColumn={t('caseReports.reports.playbook')}
          columns={columns}
          csvName="retention-success-by-playbook"
          empty={t('caseReports.reports.noneDecided')}
          rows={rows(report.byPlaybook, 'playbook')}
        />
        <ReportTable
          id="report-retention-by-region"
          title={t('caseReports.reports.byRegion')}
          firstColumn={t('caseReports.reports.region')}
          columns={columns}
          csvName="retention-success-by-region"
          empty={t('caseReports.reports.noneDecided')}
          rows={rows(report.byRegion, 'region')}
        />
      </SimpleGrid>
    </Stack>
  );
}

function SectionSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true">
      <Skeleton height={24} width={240} />
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md">
        <Skeleton height={140} />
        <Skeleton height={140} />
        <Skeleton height={140} />
      </SimpleGrid>
    </Stack>
  );
}

export function CaseReportsPage() {
  const { t } = useTranslation();
  const today = localToday();
  const [params, setParams] = useSearchParams();
  const scope = scopeFromParams(params, today);
  const owners = useOwnerOptions();
  const facets = useCoreQuery('partners.facets', {});
  const badPeriod = scope.from > scope.to;
  const disputes = useCoreQuery(
    'disputes.report',
    { from: scope.from, to: scope.to, region: scope.region, ownerId: scope.ownerId },
    { enabled: !badPeriod, placeholderData: (previous) => previous },
  );
  const retention = useCoreQuery(
    'retention.report',
    { from: scope.from, to: scope.to, region: scope.region },
    { enabled: !badPeriod, placeholderData: (previous) => previous },
  );
  const change = (next: Partial<ReportScope>) =>
    setParams(paramsFromScope({ ...scope, ...next }, today), { replace: true });
  const regions = (facets.data?.regions ?? []).filter((region) => region !== '');

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1} size="h2">
          {t('caseReports.reports.title')}
        </Title>
        <Card withBorder padding="md" component="section" aria-label={t('caseReports.reports.scope')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <TextInput
              type="date"
              label={t('caseReports.reports.from')}
              value={scope.from}
              onChange={(event) => event.currentTarget.value && change({ from: event.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('caseReports.reports.to')}
              value={scope.to}
              onChange={(event) => event.currentTarget.value && change({ to: event.currentTarget.value })}
              error={badPeriod ? t('validation.endBeforeStart') : undefined}
            />
            <Select
              label={t('caseReports.reports.region')}
              placeholder={t('caseReports.reports.allRegions')}
              data={[...regions, { value: noRegionValue, label: t('caseReports.list.noRegion') }]}
              value={scope.region === '' ? noRegionValue : scope.region}
              onChange={(region) => change({ region: region === noRegionValue ? '' : region })}
              clearable
              searchable
            />
            <Select
              label={t('caseReports.list.owner')}
              placeholder={t('caseReports.list.anyone')}
              data={owners.options}
              value={scope.ownerId}
              onChange={(ownerId) => change({ ownerId })}
              clearable
              searchable
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            {t('caseReports.reports.periodHint')}
          </Text>
        </Card>
      </Stack>
      {badPeriod ? null : disputes.error ? (
        <QueryErrorAlert
          error={disputes.error}
          onRetry={() => void disputes.refetch()}
          title={t('caseReports.reports.loadFailed')}
        />
      ) : !disputes.data ? (
        <SectionSkeleton />
      ) : (
        <>
          <OpenDisputes scope={scope} report={disputes.data} />
          <TimeToResolve scope={scope} report={disputes.data} />
          <SlaByRegion scope={scope} report={disputes.data} />
        </>
      )}
      {badPeriod ? null : retention.error ? (
        <QueryErrorAlert
          error={retention.error}
          onRetry={() => void retention.refetch()}
          title={t('caseReports.reports.loadFailed')}
        />
      ) : !retention.data ? (
        <SectionSkeleton />
      ) : (
        <>
          {scope.ownerId ? (
            <Alert variant="light" color="gray">
              {t('caseReports.reports.retentionEveryOwner')}
            </Alert>
          ) : null}
          <RetentionSuccess scope={scope} report={retention.data} />
        </>
      )}
    </Stack>
  );
}

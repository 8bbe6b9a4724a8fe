// The headline figures (partners, risk, retention, NPS, sales, disputes) and the second row (care
// this week, engagement, incentives). Every number links to the records it counts.
import { Anchor, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCalendarCheck,
  IconCoin,
  IconGavel,
  IconGift,
  IconHeartHandshake,
  IconMoodSmile,
  IconUsers,
} from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../../shared/dashboard';
import { nameWithVisibleText } from '../../i18n/accessible-name';
import { calendarDate } from '../../i18n/date-format';
import { growth, type DashboardFormats } from './dashboard-format';
import {
  calendarHref,
  churnedHref,
  disputeHrefs,
  partnersHref,
  salesHref,
  surveysHref,
  visitPlannerHref,
  type DisputeFigure,
} from './dashboard-links';
import type { DashboardView } from './dashboard-period';
import { DisputeFigureLink } from './DisputeFigureLink';
import { FigureCard } from './FigureCard';

interface Props {
  data: Dashboard;
  view: DashboardView;
  formats: DashboardFormats;
  today: string;
}

function InlineLink({ href, label, text }: { href: string; label: string; text: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={href} inherit fw={600} aria-label={nameWithVisibleText(text, label, t)}>
      {text}
    </Anchor>
  );
}

export function DashboardFigures({ data, view, formats: f, today }: Props) {
  const { t, i18n } = useTranslation();
  const critical = data.risk.byLevel.find((level) => level.level === 'critical')?.partners ?? 0;
  const change = growth(data.sales.revenueMinor, data.sales.previousRevenueMinor);
  const retentionInfo = t('dashboard.retention.definition', {
    start: calendarDate(data.retention.windowStart, i18n.language),
    today: calendarDate(today, i18n.language),
  });
  const disputeLinks = (figure: DisputeFigure) => disputeHrefs(view, view, figure);
  return (
    // Columns follow the dashboard's own width (container queries), not the window's: the
    // navigation bar takes a share of the window that a media query cannot see.
    <SimpleGrid type="container" cols={{ base: 1, '480px': 2, '760px': 3, '1280px': 6 }} spacing="md">
      <FigureCard
        testId="figure-active"
        label={t('dashboard.figures.active')}
        value={f.count(data.activePartners)}
        href={partnersHref(view)}
        linkLabel={t('dashboard.links.active', { count: data.activePartners })}
        icon={<IconUsers size={18} />}
        color="blue"
        detail={t('dashboard.figures.activeDetail', {
          count: data.tiers.reduce((s, tier) => s + tier.partners, 0),
        })}
      />
      <FigureCard
        testId="figure-at-risk"
        label={t('dashboard.figures.atRisk')}
        value={f.count(data.risk.atRisk)}
        href={partnersHref(view, { risk: ['at-risk', 'critical'] })}
        linkLabel={t('dashboard.links.atRisk', { count: data.risk.atRisk })}
        icon={<IconAlertTriangle size={18} />}
        color={data.risk.atRisk > 0 ? 'orange' : 'gray'}
        detail={
          <>
            <InlineLink
              href={partnersHref(view, { risk: ['critical'] })}
              label={t('dashboard.links.critical', { count: critical })}
              text={t('dashboard.figures.critical', { count: critical })}
            />
            {' · '}
            <InlineLink
              href={partnersHref(view, { risk: ['watch'] })}
              label={t('dashboard.links.watch', {
                count: data.risk.byLevel.find((l) => l.level === 'watch')?.partners ?? 0,
              })}
              text={t('dashboard.figures.watch', {
                count: data.risk.byLevel.find((l) => l.level === 'watch')?.partners ?? 0,
              })}
            />
          </>
        }
      />
      <FigureCard
        testId="figure-retention"
        label={t('dashboard.figures.retention')}
        value={f.percent(data.retention.rate)}
        href={churnedHref(view, { windowStart: data.retention.windowStart, today })}
        linkLabel={t('dashboard.links.churned', { count: data.retention.churnedSince })}
        icon={<IconHeartHandshake size={18} />}
        color="teal"
        info={retentionInfo}
        infoLabel={t('dashboard.retention.infoLabel')}
        detail={
          data.retention.activeAtStart === 0
            ? t('dashboard.retention.none')
            : t('dashboard.retention.detail', {
                lost: f.count(data.retention.churnedSince),
                count: data.retention.activeAtStart,
                total: f.count(data.retention.activeAtStart),
              })
        }
      />
      <FigureCard
        testId="figure-nps"
        label={t('dashboard.figures.nps')}
        value={f.nps(data.nps.score)}
        href={surveysHref(view, view)}
        linkLabel={t('dashboard.links.nps')}
        icon={<IconMoodSmile size={18} />}
        color="grape"
        detail={
          <>
            {(['promoter', 'passive', 'detractor'] as const).map((category, index) => {
              const count =
                category === 'promoter'
                  ? data.nps.promoters
                  : category === 'passive'
                    ? data.nps.passives
                    : data.nps.detractors;
              return (
                <Fragment key={category}>
                  {index > 0 ? ' · ' : ''}
                  <InlineLink
                    href={surveysHref(view, view, { category })}
                    label={t(`dashboard.links.category.${category}`, { count })}
                    text={t(`dashboard.figures.category.${category}`, { count })}
                  />
                </Fragment>
              );
            })}
            <br />
            {t('dashboard.figures.satisfaction', { value: f.decimal(data.nps.satisfactionAverage) })}
          </>
        }
      />
      <FigureCard
        testId="figure-sales"
        label={t('dashboard.figures.sales')}
        value={f.compactMoney(data.sales.revenueMinor)}
        href={salesHref(view, view)}
        linkLabel={t('dashboard.links.sales', { amount: f.money(data.sales.revenueMinor) })}
        icon={<IconCoin size={18} />}
        color="blue"
        detail={
          change === null ? (
            t('dashboard.figures.salesNoPrevious')
          ) : (
            <Text span inherit c={change >= 0 ? 'teal' : 'red'} fw={600}>
              {t('dashboard.figures.salesChange', {
                change: new Intl.NumberFormat(i18n.language, {
                  style: 'percent',
                  signDisplay: 'exceptZero',
                  maximumFractionDigits: 1,
                }).format(change),
              })}
            </Text>
          )
        }
      />
      <Card withBorder padding="md" radius="md" data-testid="figure-disputes">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text size="xs" c="dimmed" tt="uppercase" fw={700} lh={1.2}>
            {t('dashboard.figures.disputes')}
          </Text>
          <ThemeIcon
            variant="light"
            color={data.disputes.slaBreached > 0 ? 'red' : 'gray'}
            radius="md"
            aria-hidden
          >
            <IconGavel size={18} />
          </ThemeIcon>
        </Group>
        <Text fz={28} fw={700} lh={1.25} mt={4} component="div">
          <DisputeFigureLink
            links={disputeLinks('open')}
            text={f.count(data.disputes.open)}
            label={t('dashboard.links.openDisputes', { count: data.disputes.open })}
          />
        </Text>
        <Text size="xs" c="dimmed" mt={4} component="div">
          <Text span inherit c={data.disputes.slaBreached > 0 ? 'red' : undefined}>
            <DisputeFigureLink
              links={disputeLinks('breached')}
              text={t('dashboard.figures.slaBreached', { count: data.disputes.slaBreached })}
              label={t('dashboard.links.breached', { count: data.disputes.slaBreached })}
            />
          </Text>
          {' · '}
          <DisputeFigureLink
            links={disputeLinks('opened')}
            text={t('dashboard.figures.openedInPeriod', { count: data.disputes.openedInPeriod })}
            label={t('dashboard.links.opened', { count: data.disputes.openedInPeriod })}
          />
        </Text>
      </Card>
    </SimpleGrid>
  );
}

function CareRow({
  label,
  value,
  href,
  linkLabel,
  tone,
}: {
  label: string;
  value: number;
  href: string;
  linkLabel: string;
  tone?: 'red';
}) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm">{label}</Text>
      <Anchor
        component={Link}
        to={href}
        fw={700}
        c={value === 0 ? 'dimmed' : tone === 'red' ? 'red' : undefined}
        aria-label={linkLabel}
      >
        {value}
      </Anchor>
    </Group>
  );
}

export function DashboardSecondRow({ data, view, formats: f, today }: Props) {
  const { t, i18n } = useTranslation();
  const care = data.careThisWeek;
  const thisMonth = today.slice(0, 7);
  const agenda = (kind?: string) =>
    calendarHref(view, { month: thisMonth, view: 'agenda', ...(kind ? { kind } : {}) });
  const engagementRows = [
    { key: 'visit', value: data.engagement.visits },
    { key: 'meeting', value: data.engagement.meetings },
    { key: 'training', value: data.engagement.trainings },
  ] as const;
  return (
    <SimpleGrid type="container" cols={{ base: 1, '620px': 2, '900px': 3 }} spacing="md">
      <Card
        withBorder
        radius="md"
        padding="md"
        data-testid="figure-care"
        component="section"
        aria-labelledby="dashboard-care"
      >
        <Group gap="xs" mb="xs">
          <ThemeIcon variant="light" color="pink" radius="md" aria-hidden>
            <IconCalendarCheck size={18} />
          </ThemeIcon>
          <Title order={3} size="h5" id="dashboard-care">
            {t('dashboard.care.title')}
          </Title>
        </Group>
        <Stack gap={6}>
          <CareRow
            label={t('dashboard.care.greetings')}
            value={care.greetingsDue}
            href={agenda()}
            linkLabel={t('dashboard.links.greetingsDue', { count: care.greetingsDue })}
          />
          <CareRow
            label={t('dashboard.care.visits')}
            value={care.visitsDue}
            href={visitPlannerHref(view)}
            linkLabel={t('dashboard.links.visitsDue', { count: care.visitsDue })}
          />
          <CareRow
            label={t('dashboard.care.commitments')}
            value={care.commitmentsDue}
            href={agenda()}
            linkLabel={t('dashboard.links.commitmentsDue', { count: care.commitmentsDue })}
          />
          <CareRow
            label={t('dashboard.care.overdue')}
            value={care.overdueCommitments}
            href={agenda()}
            tone="red"
            linkLabel={t('dashboard.links.overdue', { count: care.overdueCommitments })}
          />
        </Stack>
      </Card>
      <Card
        withBorder
        radius="md"
        padding="md"
        data-testid="figure-engagement"
        component="section"
        aria-labelledby="dashboard-engaged"
      >
        <Group gap="xs" mb="xs">
          <ThemeIcon variant="light" color="indigo" radius="md" aria-hidden>
            <IconUsers size={18} />
          </ThemeIcon>
          <Title order={3} size="h5" id="dashboard-engaged">
            {t('dashboard.engagement.title')}
          </Title>
        </Group>
        <Stack gap={6}>
          {engagementRows.map((row) => (
            <CareRow
              key={row.key}
              label={t(`dashboard.engagement.${row.key}s`)}
              value={row.value}
              href={calendarHref(view, { month: view.from, kind: row.key })}
              linkLabel={t(`dashboard.links.engagementTotal.${row.key}`, { count: row.value })}
            />
          ))}
          <CareRow
            label={t('dashboard.engagement.greetings')}
            value={data.engagement.greetings}
            href={calendarHref(view, { month: view.from })}
            linkLabel={t('dashboard.links.greetingsSent', { count: data.engagement.greetings })}
          />
        </Stack>
      </Card>
      <Card
        withBorder
        radius="md"
        padding="md"
        data-testid="figure-incentives"
        // Muted in both schemes: a fixed light grey left the dark theme's light text unreadable.
        bg="light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-7))"
      >
        <Group gap="xs" mb="xs">
          <ThemeIcon variant="light" color="gray" radius="md" aria-hidden>
            <IconGift size={18} />
          </ThemeIcon>
          <Title order={3} size="h5" c="dimmed">
            {t('dashboard.incentives.title')}
          </Title>
        </Group>
        {data.incentives && data.incentives.roi !== null ? (
          <Text size="sm">
            {t('dashboard.incentives.roi', {
              roi: new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(data.incentives.roi),
              cost: f.money(data.incentives.costMinor),
            })}
          </Text>
        ) : data.incentives ? (
          <Text size="sm" c="dimmed">
            {data.incentives.costMinor > 0
              ? t('gamification.dashboard.roiUnknown', { cost: f.money(data.incentives.costMinor) })
              : t('gamification.dashboard.nothingSpent', { currency: data.currency })}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('dashboard.incentives.none')}
          </Text>
        )}
      </Card>
    </SimpleGrid>
  );
}

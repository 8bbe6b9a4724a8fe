// The statement itself, as a document in its own language: letterhead, partner and period, the
// balance summary, points expiring, progress, the entries with a running balance, and how each
// award was calculated. Dates and numbers are formatted in the statement's locale.
import { Box, Group, Progress, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerEntry } from '../../../../shared/claims';
import type { Statement } from '../../../../shared/ledger';
import { calendarDate } from '../../i18n/date-format';
import { countryName } from '../../i18n/display-names';
import { BadgeList } from '../gamification/BadgeList';
import { AwardExplanation } from '../incentives/AwardExplanation';
import { formatEntryAmount, formatLedgerMoney, formatPoints } from './ledger-format';

/** Intl locales of the statement languages (zh: simplified Chinese as used in Malaysia). */
const intlLocale: Record<Statement['language'], string> = {
  en: 'en-GB',
  zh: 'zh-Hans-MY',
  ms: 'ms-MY',
  id: 'id-ID',
  nl: 'nl-NL',
};

export function StatementSheet({ statement, ref }: { statement: Statement; ref?: Ref<HTMLDivElement> }) {
  const lng = statement.language;
  const { t } = useTranslation(undefined, { lng });
  const locale = intlLocale[lng];
  const { partner, program, balance } = statement;
  const date = (day: string) => calendarDate(day, locale);
  const points = (value: number) => formatPoints(value, locale);
  const hasMoney = balance.moneyMinor !== 0 || statement.entries.some((entry) => entry.unit === 'money');
  const awards = statement.entries.filter((entry) => entry.kind === 'earn' && entry.explanation);
  return (
    <div ref={ref} className="ck-statement-sheet" lang={lng} data-testid="statement-sheet">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={28}>
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon size={44} radius="md" color="indigo" variant="filled">
            <IconAward size={26} aria-hidden />
          </ThemeIcon>
          <Stack gap={0}>
            <Text fw={700} size="lg">
              {program.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t('statement.period')}:{' '}
              {t('statement.periodValue', { from: date(program.startsOn), to: date(program.endsOn) })}
            </Text>
          </Stack>
        </Group>
        <Stack gap={0} align="flex-end">
          <Title order={1} size={26} fw={700} style={{ letterSpacing: '-0.01em' }}>
            {t('statement.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('statement.statementDate')}: {date(statement.today)}
          </Text>
        </Stack>
      </Group>

      <Box mb={28} pb={20} style={{ borderBottom: '1px solid #e6e8eb' }}>
        <Text size="xs" tt="uppercase" fw={600} c="dimmed" style={{ letterSpacing: '0.04em' }}>
          {t('statement.partner')}
        </Text>
        <Text fw={700} size="md" data-testid="statement-partner">
          {partner.name}
        </Text>
        {partner.address ? <Text size="sm">{partner.address}</Text> : null}
        <Text size="sm">
          {[partner.city, countryName(partner.country, locale)].filter(Boolean).join(', ')}
        </Text>
      </Box>

      <section aria-label={t('statement.summary.balance')}>
        <SimpleGrid
          cols={hasMoney ? 6 : 5}
          spacing={0}
          mb={28}
          style={{ border: '1px solid #d9dce0', borderRadius: 6 }}
        >
          <SummaryCell
            label={t('statement.summary.balance')}
            value={points(balance.points)}
            strong
            testId="statement-balance"
          />
          <SummaryCell label={t('statement.summary.earned')} value={points(balance.earnedPoints)} />
          <SummaryCell label={t('statement.summary.redeemed')} value={points(balance.redeemedPoints)} />
          <SummaryCell label={t('statement.summary.expired')} value={points(balance.expiredPoints)} />
          <SummaryCell
            label={t('statement.summary.adjusted')}
            value={formatPoints(balance.adjustedPoints, locale, true)}
          />
          {hasMoney ? (
            <SummaryCell
              label={t('statement.summary.money')}
              value={formatLedgerMoney(balance.moneyMinor, program.currency, locale)}
            />
          ) : null}
        </SimpleGrid>
      </section>

      <SimpleGrid cols={2} spacing={32} mb={28}>
        <section>
          <SectionTitle>{t('statement.expiring.title')}</SectionTitle>
          {statement.expiring.length === 0 ? (
            <Text size="sm">{t('statement.expiring.none')}</Text>
          ) : (
            statement.expiring.slice(0, 5).map((day) => (
              <Text size="sm" key={day.on}>
                {t('statement.expiring.row', { points: points(day.points), date: date(day.on) })}
              </Text>
            ))
          )}
          <Text size="xs" c="dimmed" mt={6}>
            {program.pointsExpiryMonths
              ? t('statement.expiring.policy', { months: program.pointsExpiryMonths })
              : t('statement.expiring.never')}
          </Text>
        </section>
        <section>
          <SectionTitle>{t('statement.progress.title')}</SectionTitle>
          <Stack gap={6}>
            <Text size="sm">
              <b>{t('statement.progress.tier')}:</b> {statement.tier.name ?? t('statement.progress.tierNone')}
              {statement.tier.name
                ? ` · ${
                    statement.tier.nextName && statement.tier.pointsToNext !== null
                      ? t('statement.progress.tierNext', {
                          points: points(statement.tier.pointsToNext),
                          next: statement.tier.nextName,
                        })
                      : t('statement.progress.tierTop')
                  }`
                : ''}
            </Text>
            <Text size="sm">
              <b>{t('statement.progress.rank')}:</b>{' '}
              {statement.rank
                ? t('statement.progress.rankValue', {
                    position: statement.rank.position,
                    of: statement.rank.of,
                  })
                : t('statement.progress.rankNone')}
            </Text>
            <Box>
              <Text size="sm" fw={700}>
                {t('statement.progress.badges')}:
              </Text>
              {statement.badges.length ? (
                <BadgeList badges={statement.badges} language={lng} />
              ) : (
                <Text size="sm">{t('statement.progress.noBadges')}</Text>
              )}
            </Box>
          </Stack>
        </section>
      </SimpleGrid>

      {statement.targets.length > 0 ? (
        <section style={{ marginBottom: 28 }}>
          <SectionTitle>{t('statement.progress.targets')}</SectionTitle>
          <Stack gap="sm">
            {statement.targets.map((target) => (
              <TargetBar
                key={`${target.ruleKey}-${target.period}`}
                target={target}
                currency={program.currency}
                locale={locale}
                lng={lng}
              />
            ))}
          </Stack>
        </section>
      ) : null}

      <section>
        <SectionTitle>{t('statement.entries.title')}</SectionTitle>
        {statement.entries.length === 0 ? (
          <Text size="sm">{t('statement.entries.none')}</Text>
        ) : (
          <EntryTable entries={statement.entries} currency={program.currency} locale={locale} lng={lng} />
        )}
        {statement.truncated ? (
          <Text size="xs" c="dimmed" mt={6}>
            {t('statement.entries.truncated')}
          </Text>
        ) : null}
      </section>

      {awards.length > 0 ? (
        <section style={{ marginTop: 28 }}>
          <SectionTitle>{t('statement.explanations.title')}</SectionTitle>
          <Stack gap="md">
            {awards.map((entry) =>
              entry.explanation ? (
                <Box key={entry.id} pl="sm" style={{ borderLeft: '3px solid #c5cae9' }}>
                  <Text size="sm" fw={600}>
                    {date(entry.postedOn)} · {formatEntryAmount(entry, program.currency, locale)}
                  </Text>
                  <AwardExplanation
                    explanation={entry.explanation}
                    currency={program.currency}
                    language={lng}
                  />
                </Box>
              ) : null,
            )}
          </Stack>
        </section>
      ) : null}

      <Text size="xs" c="dimmed" mt={36} pt={12} style={{ borderTop: '1px solid #e6e8eb' }}>
        {t('statement.footer', { date: date(statement.today) })}
      </Text>
    </div>
  );
}

function SectionTitle({ children }: { children: string }) {
  return (
    <Text
      size="xs"
      tt="uppercase"
      fw={700}
      mb={8}
      pb={4}
      style={{ letterSpacing: '0.05em', borderBottom: '1px solid #d9dce0', color: '#3b4148' }}
    >
      {children}
    </Text>
  );
}

function SummaryCell({
  label,
  value,
  strong,
  testId,
}: {
  label: string;
  value: string;
  strong?: boolean;
  testId?: string;
}) {
  return (
    <Box p="sm" style={{ borderRight: '1px solid #e6e8eb', background: strong ? '#eef0fb' : undefined }}>
      <Text size="10px" tt="uppercase" fw={600} c="dimmed" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text
        fw={700}
        size={strong ? 'xl' : 'md'}
        data-testid={testId}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
      </Text>
    </Box>
  );
}

function TargetBar({
  target,
  currency,
  locale,
  lng,
}: {
  target: Statement['targets'][number];
  currency: string;
  locale: string;
  lng: string;
}) {
  const { t } = useTranslation(undefined, { lng });
  const show = (value: number) =>
    target.basis === 'amount' ? formatLedgerMoney(value, currency, locale) : formatPoints(value, locale);
  const bonus =
    target.award === 'money'
      ? formatLedgerMoney(target.bonus, currency, locale)
      : formatPoints(target.bonus, locale);
  const share = target.target > 0 ? Math.min(100, (target.reached / target.target) * 100) : 0;
  return (
    <Box>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600}>
          {target.ruleName} · {target.period}
        </Text>
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {share >= 100
            ? t('statement.progress.targetReached')
            : t('statement.progress.targetValue', {
                reached: show(target.reached),
                target: show(target.target),
              })}
        </Text>
      </Group>
      <Progress value={share} color={share >= 100 ? 'teal' : 'indigo'} size="md" radius="xl" />
      <Text size="xs" c="dimmed" mt={2}>
        {t('statement.progress.bonus', { bonus })}
      </Text>
    </Box>
  );
}

function EntryTable({
  entries,
  currency,
  locale,
  lng,
}: {
  entries: LedgerEntry[];
  currency: string;
  locale: string;
  lng: string;
}) {
  const { t } = useTranslation(undefined, { lng });
  let running = 0;
  return (
    <table aria-label={t('statement.entries.title')}>
      <thead>
        <tr>
          <th style={{ width: '18%' }}>{t('statement.entries.date')}</th>
          <th>{t('statement.entries.what')}</th>
          <th className="ck-num" style={{ width: '16%' }}>
            {t('statement.entries.amount')}
          </th>
          <th className="ck-num" style={{ width: '14%' }}>
            {t('statement.entries.balance')}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          if (entry.unit === 'points') running += entry.amount;
          const kind = entry.kind === 'earn' && entry.unit === 'money' ? 'earnMoney' : entry.kind;
          const detail = entry.explanation?.ruleName ?? entry.reason;
          return (
            <tr key={entry.id} data-testid="statement-entry">
              <td>{calendarDate(entry.postedOn, locale)}</td>
              <td>
                {t(`statement.kind.${kind}`)}
                {detail ? <span style={{ color: '#5c636b' }}> · {detail}</span> : null}
              </td>
              <td className="ck-num" style={{ color: entry.amount < 0 ? '#c92a2a' : undefined }}>
                {formatEntryAmount(entry, currency, locale)}
              </td>
              <td className="ck-num">{formatPoints(running, locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

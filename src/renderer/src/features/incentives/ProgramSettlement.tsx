// A program's month checked against its rules: every rule run again over the month's approved
// claims (quarter and program rules over their whole period), what that gives against what the
// ledger holds, partner by partner, each row opening the award explanations behind it.
import {
  ActionIcon,
  Anchor,
  Badge,
  EmptyState,
  Group,
  Pagination,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconChevronDown,
  IconChevronRight,
  IconCircleCheck,
  IconScale,
} from '@tabler/icons-react';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgramEvaluation } from '../../../../shared/programs';
import { monthRange } from '../../../../shared/periods';
import { useCoreQuery } from '../../api/core-queries';
import { CaptionedFigure } from '../../components/CaptionedFigure';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { localToday } from '../visit-notes/local-day';
import { AwardExplanation } from './AwardExplanation';
import { moneyText, numberText, periodText, type ExplanationFormat } from './explanation-sentences';

const pageSize = 50;

/** The program's months up to the current one, newest first. */
function programMonths(startsOn: string, endsOn: string, today: string): string[] {
  const last = endsOn.slice(0, 7) < today.slice(0, 7) ? endsOn.slice(0, 7) : today.slice(0, 7);
  const first = startsOn.slice(0, 7);
  return monthRange(first, last < first ? first : last).reverse();
}

export function ProgramSettlement({ programId }: { programId: string }) {
  const { t, i18n } = useTranslation();
  const today = localToday();
  const program = useCoreQuery('programs.get', { id: programId });
  const months = useMemo(
    () => (program.data ? programMonths(program.data.startsOn, program.data.endsOn, today) : []),
    [program.data, today],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const period = chosen ?? months[0] ?? today.slice(0, 7);
  const evaluation = useCoreQuery(
    'programs.evaluate',
    { programId, period, today, offset: (page - 1) * pageSize, limit: pageSize },
    // Another month keeps the last answer on screen (dimmed) until its own arrives.
    { enabled: program.data !== undefined, placeholderData: (previous) => previous },
  );
  const format: ExplanationFormat = { t, locale: i18n.language, currency: program.data?.currency ?? 'USD' };
  const monthOptions = months.map((month) => ({ value: month, label: periodText(month, format) }));

  const error = program.error ?? evaluation.error;
  return (
    <Stack gap="md" component="section" aria-labelledby="settlement-title">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div style={{ maxWidth: 680 }}>
          <Title order={2} size="h4" id="settlement-title">
            {t('incentives.settlement.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('incentives.settlement.intro')}
          </Text>
        </div>
        <Select
          label={t('incentives.settlement.month')}
          data={monthOptions}
          value={period}
          onChange={(value) => {
            if (value) {
              setChosen(value);
              setPage(1);
            }
          }}
          allowDeselect={false}
          disabled={monthOptions.length === 0}
          w={220}
        />
      </Group>
      {error ? (
        <QueryErrorAlert
          error={error}
          title={t('incentives.settlement.loadFailed')}
          onRetry={() => void (program.error ? program.refetch() : evaluation.refetch())}
        />
      ) : !evaluation.data ? (
        <Stack gap="sm" aria-busy="true" aria-label={t('incentives.settlement.loading')}>
          <Skeleton height={96} radius="md" />
          <Skeleton height={36} />
          <Skeleton height={44} />
          <Skeleton height={44} />
        </Stack>
      ) : evaluation.data.partners === 0 ? (
        <EmptyState
          icon={<IconScale size={28} aria-hidden />}
          withIndicatorBackground
          title={t('incentives.settlement.empty')}
          description={t('incentives.settlement.emptyBody')}
        />
      ) : (
        <SettlementResult
          evaluation={evaluation.data}
          format={format}
          page={page}
          onPage={setPage}
          stale={evaluation.isFetching}
        />
      )}
    </Stack>
  );
}

function awardsText(points: number, minor: number, format: ExplanationFormat): string {
  const parts: string[] = [];
  if (points !== 0 || minor === 0)
    parts.push(
      format.t('incentives.explanation.points', { count: points, value: numberText(points, format.locale) }),
    );
  if (minor !== 0) parts.push(moneyText(minor, format));
  return parts.join(' · ');
}

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

function SettlementResult({
  evaluation,
  format,
  page,
  onPage,
  stale,
}: {
  evaluation: ProgramEvaluation;
  format: ExplanationFormat;
  page: number;
  onPage: (page: number) => void;
  stale: boolean;
}) {
  const { t } = format;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const pointsDifference = evaluation.rulesPoints - evaluation.postedPoints;
  const moneyDifference = evaluation.rulesMinor - evaluation.postedMinor;
  const matches = pointsDifference === 0 && moneyDifference === 0;
  const differences = [
    pointsDifference !== 0
      ? signed(
          t('incentives.explanation.points', {
            count: Math.abs(pointsDifference),
            value: numberText(Math.abs(pointsDifference), format.locale),
          }),
          pointsDifference,
        )
      : null,
    moneyDifference !== 0 ? signed(moneyText(Math.abs(moneyDifference), format), moneyDifference) : null,
  ].filter((part) => part !== null);
  const toggle = (partnerId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(partnerId)) next.delete(partnerId);
      else next.add(partnerId);
      return next;
    });
  const count = (key: 'partners' | 'claims' | 'lines', value: number) =>
    t(`incentives.settlement.${key}`, { count: value, value: numberText(value, format.locale) });

  return (
    <Stack gap="md" style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}>
      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <CaptionedFigure
            caption={t('incentives.settlement.rulesGive')}
            size="lg"
            weight={700}
            testId="settlement-rules"
          >
            {awardsText(evaluation.rulesPoints, evaluation.rulesMinor, format)}
          </CaptionedFigure>
          <CaptionedFigure
            caption={t('incentives.settlement.ledgerHolds')}
            size="lg"
            weight={700}
            testId="settlement-ledger"
          >
            {awardsText(evaluation.postedPoints, evaluation.postedMinor, format)}
          </CaptionedFigure>
          <Group gap="sm" wrap="nowrap" align="flex-start" role="status">
            <ThemeIcon variant="light" color={matches ? 'teal' : 'orange'} size="lg" radius="xl">
              {matches ? (
                <IconCircleCheck size={20} aria-hidden />
              ) : (
                <IconAlertTriangle size={20} aria-hidden />
              )}
            </ThemeIcon>
            <div>
              <Text fw={600}>
                {matches ? t('incentives.settlement.matches') : t('incentives.settlement.differs')}
              </Text>
              {!matches ? (
                <Text size="sm" c="dimmed">
                  {t('incentives.settlement.differsBy', { difference: differences.join(' · ') })}
                </Text>
              ) : null}
            </div>
          </Group>
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="sm">
          {t('incentives.settlement.counts', {
            partners: count('partners', evaluation.partners),
            claims: count('claims', evaluation.claims),
            lines: count('lines', evaluation.lines),
            month: periodText(evaluation.period, format),
          })}
        </Text>
      </Paper>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label={t('incentives.settlement.tableLabel')} verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={44} />
              <Table.Th>{t('incentives.settlement.partner')}</Table.Th>
              <Table.Th ta="right">{t('incentives.settlement.rulesGive')}</Table.Th>
              <Table.Th ta="right">{t('incentives.settlement.ledgerHolds')}</Table.Th>
              <Table.Th>{t('incentives.settlement.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {evaluation.rows.map((row) => {
              const expanded = open.has(row.partnerId);
              const rowMatches = row.points === row.postedPoints && row.moneyMinor === row.postedMinor;
              return (
                <Fragment key={row.partnerId}>
                  <Table.Tr>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-expanded={expanded}
                        aria-label={t(
                          expanded ? 'incentives.settlement.hideAwards' : 'incentives.settlement.showAwards',
                          {
                            name: row.partnerName,
                          },
                        )}
                        onClick={() => toggle(row.partnerId)}
                      >
                        {expanded ? (
                          <IconChevronDown size={18} aria-hidden />
                        ) : (
                          <IconChevronRight size={18} aria-hidden />
                        )}
                      </ActionIcon>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/partners/${row.partnerId}`} fw={500}>
                        {row.partnerName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {awardsText(row.points, row.moneyMinor, format)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {awardsText(row.postedPoints, row.postedMinor, format)}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={rowMatches ? 'teal' : 'orange'}
                        leftSection={
                          rowMatches ? (
                            <IconCircleCheck size={12} aria-hidden />
                          ) : (
                            <IconAlertTriangle size={12} aria-hidden />
                          )
                        }
                      >
                        {rowMatches
                          ? t('incentives.settlement.rowMatches')
                          : t('incentives.settlement.rowDiffers')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                  {expanded ? (
                    <Table.Tr>
                      <Table.Td colSpan={5} bg="var(--mantine-color-default-hover)">
                        {row.awards.length === 0 ? (
                          <Text size="sm" c="dimmed" py="xs">
                            {t('incentives.settlement.noAwards', { name: row.partnerName })}
                          </Text>
                        ) : (
                          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" py="xs">
                            {row.awards.map((award) => (
                              <Paper
                                key={`${award.ruleKey}|${award.ruleVersion}|${award.period}`}
                                withBorder
                                p="sm"
                                radius="md"
                              >
                                <AwardExplanation explanation={award} currency={format.currency} />
                              </Paper>
                            ))}
                          </SimpleGrid>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ) : null}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {evaluation.total > pageSize ? (
        <Group justify="flex-end">
          <Pagination
            total={Math.ceil(evaluation.total / pageSize)}
            value={page}
            onChange={onPage}
            size="sm"
          />
        </Group>
      ) : null}
    </Stack>
  );
}

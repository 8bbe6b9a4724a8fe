// A program's leaderboard tab: who leads on points, sales growth or target attainment, with medals
// for the top three and each partner's badges; Export gives every participant's place on the chosen
// metric.
import {
  Alert,
  Anchor,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { IconInfoCircle, IconMedal } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LeaderboardMetric, LeaderboardRow } from '../../../../shared/program-results';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert/QueryErrorAlert';
import { ExportMenu } from '../data-export/ExportMenu';
import { formatMinor } from '../sales/sales-money';
import { localToday } from '../visit-notes/local-day';
import { PartnerBadges } from './PartnerBadges';

const medalColors = ['yellow', 'gray', 'orange'] as const;
/** The screen shows the top 50; a file has room for every participant (the query's maximum). */
const maxBoardRows = 1000;

export function ProgramLeaderboard({ programId }: { programId: string }) {
  const { t, i18n } = useTranslation();
  const [metric, setMetric] = useState<LeaderboardMetric>('points');
  const today = localToday();
  const board = useCoreQuery('programs.leaderboard', { programId, metric, today, limit: 50 });
  const currency = useCoreQuery('programs.results', { programId, today }).data?.currency;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });

  const valueText = (row: LeaderboardRow) => {
    if (metric === 'points') return number.format(row.value);
    if (metric === 'target') return `${number.format(row.value)}%`;
    if (!row.previousMinor) return t('gamification.leaderboard.noPrior');
    return `${row.value > 0 ? '+' : ''}${number.format(row.value)}%`;
  };
  const money = (minor: number | null) => formatMinor(minor ?? 0, currency ?? 'MYR', i18n.language);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          aria-label={t('gamification.leaderboard.metric')}
          value={metric}
          onChange={(value) => setMetric(value as LeaderboardMetric)}
          data={[
            { value: 'points', label: t('gamification.leaderboard.points') },
            { value: 'growth', label: t('gamification.leaderboard.growth') },
            { value: 'target', label: t('gamification.leaderboard.target') },
          ]}
        />
        <Group gap="sm">
          {board.data ? (
            <Text size="sm" c="dimmed">
              {t('gamification.leaderboard.participants', { count: board.data.participants })}
            </Text>
          ) : null}
          <ExportMenu
            request={{ view: 'leaderboard', filters: { programId, metric, today, limit: maxBoardRows } }}
            disabled={!board.data?.rows.length}
          />
        </Group>
      </Group>
      {board.error ? (
        <QueryErrorAlert
          error={board.error}
          onRetry={() => void board.refetch()}
          title={t('gamification.leaderboard.loadFailed')}
        />
      ) : !board.data ? (
        <Stack gap="xs" aria-busy="true">
          {[0, 1, 2, 3].map((n) => (
            <Skeleton key={n} height={36} />
          ))}
        </Stack>
      ) : metric === 'target' && !board.data.target ? (
        <Alert icon={<IconInfoCircle aria-hidden />} color="gray" data-testid="leaderboard-no-target">
          {t('gamification.leaderboard.noTarget')}
        </Alert>
      ) : board.data.participants === 0 ? (
        <Text c="dimmed" size="sm" data-testid="leaderboard-empty">
          {t('gamification.leaderboard.empty')}
        </Text>
      ) : (
        <Stack gap="xs">
          {metric === 'growth' ? (
            <Text size="sm" c="dimmed">
              {t('gamification.leaderboard.growthNote')}
            </Text>
          ) : null}
          {metric === 'target' && board.data.target ? (
            <Text size="sm" c="dimmed">
              {t('gamification.leaderboard.targetNote', {
                rule: board.data.target.ruleName,
                target: number.format(board.data.target.target),
                period: board.data.target.period,
              })}
            </Text>
          ) : null}
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" striped aria-label={t('gamification.leaderboard.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>{t('gamification.leaderboard.rank')}</Table.Th>
                  <Table.Th>{t('gamification.leaderboard.partner')}</Table.Th>
                  <Table.Th ta="right">{t(`gamification.leaderboard.${metric}Value`)}</Table.Th>
                  <Table.Th>{t('gamification.leaderboard.badges')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {board.data.rows.map((row) => (
                  <Table.Tr key={row.partnerId}>
                    <Table.Td>
                      {row.rank <= 3 && (metric === 'growth' ? Boolean(row.previousMinor) : row.value > 0) ? (
                        <Group
                          gap={4}
                          wrap="nowrap"
                          aria-label={t('gamification.leaderboard.medal', { rank: row.rank })}
                        >
                          <ThemeIcon size="sm" radius="xl" variant="light" color={medalColors[row.rank - 1]}>
                            <IconMedal size={14} aria-hidden />
                          </ThemeIcon>
                          <Text fw={700}>{row.rank}</Text>
                        </Group>
                      ) : (
                        <Text c="dimmed">{row.rank}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/partners/${row.partnerId}`} fw={500} size="sm">
                        {row.partnerName}
                      </Anchor>
                      {row.city || row.region ? (
                        <Text size="xs" c="dimmed">
                          {[row.city, row.region].filter(Boolean).join(' · ')}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text fw={600} size="sm">
                        {valueText(row)}
                      </Text>
                      {metric === 'growth' ? (
                        <Text size="xs" c="dimmed">
                          {t('gamification.leaderboard.growthDetail', {
                            current: money(row.currentMinor),
                            previous: money(row.previousMinor),
                          })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <PartnerBadges programId={programId} partnerId={row.partnerId} today={today} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Stack>
  );
}

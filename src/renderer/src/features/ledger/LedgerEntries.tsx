// A partner's ledger entries in one program, newest first: what expires soon, then each entry with
// its amount and who posted it; awards open their calculation, awards and adjustments can be
// reversed (once). Older entries load on demand; Export gives all of them, oldest first with the
// running balance.
import { Alert, Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerEntry } from '../../../../shared/claims';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { ExportMenu } from '../data-export/ExportMenu';
import { AwardExplanation } from '../incentives/AwardExplanation';
import { localToday } from '../visit-notes/local-day';
import { formatEntryAmount, formatPoints } from './ledger-format';
import { ReverseEntryModal } from './ReverseEntryModal';

const pageSize = 50;

export function LedgerEntries({
  programId,
  programName,
  partnerId,
  currency,
}: {
  programId: string;
  programName: string;
  partnerId: string;
  currency: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [limit, setLimit] = useState(pageSize);
  const ledger = useCoreQuery('ledger.partner', { programId, partnerId, today: localToday(), limit });
  const [expanded, setExpanded] = useState<string | null>(null);
  const [reversing, setReversing] = useState<LedgerEntry | null>(null);
  if (ledger.error) {
    return (
      <QueryErrorAlert
        error={ledger.error}
        title={t('ledger.entries.loadFailed')}
        onRetry={() => void ledger.refetch()}
      />
    );
  }
  if (!ledger.data) return <Skeleton height={120} aria-busy="true" />;
  const { entries, expiring, total } = ledger.data;
  const reversed = new Set(
    entries.map((entry) => entry.reversesId).filter((id): id is string => id !== null),
  );
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('ledger.entries.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <ExportMenu size="xs" request={{ view: 'ledger', filters: { programId, partnerId } }} />
      </Group>
      {expiring.slice(0, 2).map((day) => (
        <Alert key={day.on} color="orange" variant="light" icon={<IconClock size={18} aria-hidden />} py={6}>
          <Text size="sm">
            {t('ledger.entries.expiring', {
              points: formatPoints(day.points, locale),
              date: calendarDate(day.on, locale),
            })}
          </Text>
        </Alert>
      ))}
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} aria-label={t('ledger.entries.label', { program: programName })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ledger.entries.date')}</Table.Th>
              <Table.Th>{t('ledger.entries.what')}</Table.Th>
              <Table.Th ta="right">{t('ledger.entries.amount')}</Table.Th>
              <Table.Th>{t('ledger.entries.by')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Fragment key={entry.id}>
                <Table.Tr data-testid="ledger-entry" data-kind={entry.kind}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{calendarDate(entry.postedOn, locale)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {t(`ledger.kind.${entry.kind}`)}
                      {entry.explanation ? ` · ${entry.explanation.ruleName}` : ''}
                    </Text>
                    {entry.reason ? (
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {entry.reason}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" fw={600} c={entry.amount < 0 ? 'red.7' : 'teal.7'}>
                      {formatEntryAmount(entry, currency, locale)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {entry.actorName || t('ledger.entries.system')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {entry.explanation ? (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-expanded={expanded === entry.id}
                          onClick={() => setExpanded(expanded === entry.id ? null : entry.id)}
                        >
                          {expanded === entry.id
                            ? t('ledger.entries.hideExplanation')
                            : t('ledger.entries.showExplanation')}
                        </Button>
                      ) : null}
                      {entry.kind === 'earn' || entry.kind === 'adjust' ? (
                        reversed.has(entry.id) ? (
                          <Text size="xs" c="dimmed">
                            {t('ledger.entries.reversed')}
                          </Text>
                        ) : (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            onClick={() => setReversing(entry)}
                          >
                            {t('ledger.entries.reverse')}
                          </Button>
                        )
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {expanded === entry.id && entry.explanation ? (
                  <Table.Tr>
                    <Table.Td colSpan={5} bg="var(--mantine-color-gray-0)">
                      <AwardExplanation explanation={entry.explanation} currency={currency} />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > entries.length ? (
        <Group>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => setLimit((value) => Math.min(500, value + pageSize))}
          >
            {t('ledger.entries.more')}
          </Button>
        </Group>
      ) : null}
      <ReverseEntryModal entry={reversing} currency={currency} onClose={() => setReversing(null)} />
    </Stack>
  );
}

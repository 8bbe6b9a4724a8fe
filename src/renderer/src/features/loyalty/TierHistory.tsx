// A partner's tier changes, newest first: the day, from → to, the score then and why it changed.
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Tier, TierChange } from '../../../../shared/loyalty';
import { calendarDate } from '../../i18n/date-format';
import { tierColor } from './tier-colors';

export function TierHistory({
  history,
  tiers,
}: {
  history: readonly TierChange[];
  tiers: readonly Tier[] | undefined;
}) {
  const { t, i18n } = useTranslation();
  if (history.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="tier-history-empty">
        {t('loyalty.partner.historyEmpty')}
      </Text>
    );
  }
  const newestFirst = [...history].sort((a, b) => b.changedOn.localeCompare(a.changedOn));
  const tierBadge = (key: string, name: string) => (
    <Badge size="sm" variant="light" tt="none" color={tierColor(key, tiers)}>
      {name}
    </Badge>
  );
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table aria-label={t('loyalty.partner.historyTitle')} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('loyalty.partner.historyDate')}</Table.Th>
            <Table.Th>{t('loyalty.partner.historyChange')}</Table.Th>
            <Table.Th ta="right">{t('loyalty.partner.historyScore')}</Table.Th>
            <Table.Th>{t('loyalty.partner.historyCause')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {newestFirst.map((change) => (
            <Table.Tr key={change.id} data-testid="tier-change">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {calendarDate(change.changedOn, i18n.language)}
              </Table.Td>
              <Table.Td>
                {change.fromTier && change.fromName ? (
                  <>
                    {tierBadge(change.fromTier, change.fromName)}
                    <Text span size="sm" c="dimmed" mx={6} aria-label={t('loyalty.partner.to')}>
                      →
                    </Text>
                    {tierBadge(change.toTier, change.toName)}
                  </>
                ) : (
                  <Text span size="sm">
                    {t('loyalty.partner.firstTier', { to: change.toName })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{change.score ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm">{t(`loyalty.tierChangeCause.${change.cause}`)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

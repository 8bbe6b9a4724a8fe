// The score explained: per factor what it measured, its value as a bar, its share of the weights,
// the points it gave and what would raise it. The points add up to the score in the last row.
import { Progress, Table, Text } from '@mantine/core';
import { IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FactorResult, LoyaltyFactors } from '../../../../shared/loyalty';
import { factorMeasure, factorRaise, pointsText, type SentenceContext } from './loyalty-sentences';
import { factorShares } from './weight-shares';

export interface FactorTableProps {
  factors: readonly FactorResult[];
  score: number;
  settings: LoyaltyFactors | undefined;
  context: SentenceContext;
}

export function FactorTable({ factors, score, settings, context }: FactorTableProps) {
  const { t, i18n } = useTranslation();
  const shares = factorShares(factors);
  // Factors with data first, biggest part of the score first; the ones left out at the end.
  const ordered = [...factors].sort(
    (a, b) => Number(b.hasData) - Number(a.hasData) || b.contribution - a.contribution || b.weight - a.weight,
  );
  const percent = (value: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(value);
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table aria-label={t('loyalty.partner.explanationTitle')} verticalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('loyalty.partner.factorColumn')}</Table.Th>
            <Table.Th w={96}>{t('loyalty.partner.valueColumn')}</Table.Th>
            <Table.Th w={72} ta="right">
              {t('loyalty.partner.shareColumn')}
            </Table.Th>
            <Table.Th w={64} ta="right">
              {t('loyalty.partner.pointsColumn')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ordered.map((factor) => {
            const name = t(`loyalty.factor.${factor.key}`);
            const raise = factorRaise(factor, settings, context);
            const value = factor.value ?? 0;
            return (
              <Table.Tr key={factor.key} data-testid="loyalty-factor" data-factor={factor.key}>
                <Table.Td>
                  <Text size="sm" fw={600} c={factor.hasData ? undefined : 'dimmed'}>
                    {name}
                  </Text>
                  <Text size="xs" c="dimmed" data-testid="factor-measure">
                    {factorMeasure(factor, settings, context)}
                  </Text>
                  {raise ? (
                    <Text
                      size="xs"
                      c={factor.maxGain >= 0.05 ? 'teal' : 'dimmed'}
                      data-testid="factor-raise"
                      style={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}
                    >
                      {factor.maxGain >= 0.05 ? (
                        <IconArrowUpRight size={14} aria-hidden style={{ flexShrink: 0, marginTop: 1 }} />
                      ) : null}
                      <span>{raise}</span>
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {factor.hasData ? (
                    <Progress
                      value={value * 100}
                      size="md"
                      color={value >= 0.7 ? 'teal' : value >= 0.4 ? 'yellow' : 'red'}
                      aria-label={t('loyalty.partner.valueOf', { name, percent: Math.round(value * 100) })}
                    />
                  ) : (
                    <Text size="xs" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" c={factor.hasData ? undefined : 'dimmed'}>
                    {factor.hasData
                      ? `${percent(shares.get(factor.key) ?? 0)}%`
                      : t('loyalty.partner.noDataShare')}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text
                    size="sm"
                    fw={600}
                    data-testid="factor-points"
                    c={factor.hasData ? undefined : 'dimmed'}
                  >
                    {factor.hasData ? pointsText(factor.contribution, i18n.language) : '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={3}>{t('loyalty.partner.total')}</Table.Th>
            <Table.Th ta="right" data-testid="factor-total">
              {score}
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

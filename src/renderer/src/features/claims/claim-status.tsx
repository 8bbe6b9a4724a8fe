// A claim's status as a coloured badge, the same in the list and on the claim's page.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClaimStatus } from '../../../../shared/claims';

export const claimStatusColors: Record<ClaimStatus, string> = {
  submitted: 'blue',
  approved: 'teal',
  rejected: 'red',
  reversed: 'orange',
};

export function ClaimStatusBadge({ status, size = 'sm' }: { status: ClaimStatus; size?: 'sm' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={claimStatusColors[status]} variant="light" size={size}>
      {t(`claims.status.${status}`)}
    </Badge>
  );
}

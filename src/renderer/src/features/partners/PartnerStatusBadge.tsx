// A partner's status as a colored badge, the same everywhere it appears.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerStatus } from '../../../../shared/partners';

const colors: Record<PartnerStatus, string> = {
  prospect: 'blue',
  active: 'teal',
  paused: 'yellow',
  churned: 'gray',
};

export function PartnerStatusBadge({ status }: { status: PartnerStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light">
      {t(`partnerStatus.${status}`)}
    </Badge>
  );
}

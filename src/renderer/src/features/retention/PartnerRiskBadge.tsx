// "Retention case open" next to a partner's status while one is open; nothing otherwise (the
// loyalty score's own churn-risk badge stands beside it).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';

export function PartnerRiskBadge({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const open = useCoreQuery('retentionCases.list', { partnerId, outcomes: ['open'], limit: 1 });
  if (!open.data?.total) return null;
  return (
    <Badge color="red" variant="filled" data-testid="partner-risk-badge">
      {t('retention.caseOpenBadge')}
    </Badge>
  );
}

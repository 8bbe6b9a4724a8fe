// The partner's tier (coloured by rank) next to its status, and its churn-risk level when the
// score's rules raise one. "Churn risk: …" is the score's reading; the retention feature's plain
// "At risk" badge means a retention case is open, so the two never say the same thing twice.
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { riskColor, tierColor } from './tier-colors';
import { useLoyaltySettings, usePartnerLoyalty } from './use-partner-loyalty';

export function PartnerTierBadge({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const loyalty = usePartnerLoyalty(partnerId);
  const settings = useLoyaltySettings();
  const data = loyalty.data;
  if (!data?.tier) return null;
  const level = data.risk.level;
  return (
    <>
      <Badge
        color={tierColor(data.tier.key, settings.data?.tiers)}
        variant="light"
        tt="none"
        data-testid="partner-tier-badge"
        aria-label={t('loyalty.badge.tierLabel', { name: data.tier.name })}
      >
        {data.tier.name}
        {data.override ? ` · ${t('loyalty.badge.overridden')}` : ''}
      </Badge>
      {level !== 'none' ? (
        <Tooltip label={t('loyalty.badge.riskHint')} multiline w={260} withArrow>
          <Badge color={riskColor(level)} variant="outline" tt="none" data-testid="partner-churn-risk-badge">
            {t('loyalty.badge.riskLabel', { level: t(`loyalty.riskLevel.${level}`) })}
          </Badge>
        </Tooltip>
      ) : null}
    </>
  );
}

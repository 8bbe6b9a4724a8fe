// The partner page's incentives card: programs, balances, badges, statement links.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PartnerIncentives({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" data-partner={partnerId}>
      {t('ledger.placeholder')}
    </Text>
  );
}

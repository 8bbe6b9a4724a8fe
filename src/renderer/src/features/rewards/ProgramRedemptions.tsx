// A program's redemptions tab.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ProgramRedemptions({ programId }: { programId: string }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" data-program={programId}>
      {t('ledger.placeholder')}
    </Text>
  );
}

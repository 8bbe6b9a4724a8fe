// A program's rewards catalog tab.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ProgramRewards({ programId }: { programId: string }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" data-program={programId}>
      {t('ledger.placeholder')}
    </Text>
  );
}

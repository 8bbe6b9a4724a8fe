// A program's month checked against its rules: what the rules give and what the ledger holds.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ProgramSettlement({ programId }: { programId: string }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" data-program={programId}>
      {t('incentives.placeholder')}
    </Text>
  );
}

// A program's funds tab: allocations, requests, proof and reimbursement.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ProgramFunds({ programId }: { programId: string }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" data-program={programId}>
      {t('funds.placeholder')}
    </Text>
  );
}

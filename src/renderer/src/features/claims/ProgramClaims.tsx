// A program's claims tab.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ProgramClaims({ programId }: { programId: string }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" data-program={programId}>
      {t('claims.placeholder')}
    </Text>
  );
}

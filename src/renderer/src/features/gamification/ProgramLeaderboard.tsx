// A program's leaderboard tab.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ProgramLeaderboard({ programId }: { programId: string }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" data-program={programId}>
      {t('gamification.placeholder')}
    </Text>
  );
}

// A program's results: participants, awards, cost, revenue, ROI and budget burn.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ProgramResults({ programId }: { programId: string }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" data-program={programId}>
      {t('gamification.placeholder')}
    </Text>
  );
}

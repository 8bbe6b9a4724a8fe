// One program: overview, rules, participants, claims, rewards, funds, leaderboard and results.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ProgramPage() {
  const { t } = useTranslation();
  return <Text c="dimmed">{t('programs.placeholder')}</Text>;
}

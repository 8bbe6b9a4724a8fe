// The programs list.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ProgramsPage() {
  const { t } = useTranslation();
  return <Text c="dimmed">{t('programs.placeholder')}</Text>;
}

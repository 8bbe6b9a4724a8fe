// The claims list across programs.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ClaimsPage() {
  const { t } = useTranslation();
  return <Text c="dimmed">{t('claims.placeholder')}</Text>;
}

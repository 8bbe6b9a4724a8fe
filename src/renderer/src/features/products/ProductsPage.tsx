// The product catalog.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ProductsPage() {
  const { t } = useTranslation();
  return <Text c="dimmed">{t('claims.placeholder')}</Text>;
}

// One claim: its lines, invoice, decision and the awards it earned with their explanation.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ClaimPage() {
  const { t } = useTranslation();
  return <Text c="dimmed">{t('claims.placeholder')}</Text>;
}

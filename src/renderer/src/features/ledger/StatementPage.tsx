// The printable partner statement of a program.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function StatementPage() {
  const { t } = useTranslation();
  return <Text c="dimmed">{t('ledger.placeholder')}</Text>;
}

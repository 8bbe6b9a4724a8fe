// Shown where data failed to load: what went wrong and a way to try again.
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n/error-text';

export interface QueryErrorAlertProps {
  error: unknown;
  onRetry: () => void;
  /** What could not be loaded, e.g. "Partners could not be loaded". */
  title?: string;
}

export function QueryErrorAlert({ error, onRetry, title }: QueryErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      icon={<IconAlertCircle aria-hidden />}
      title={title ?? t('errors.loadFailed')}
      role="alert"
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {errorText(t, error)}
        </Text>
        <Button size="xs" variant="white" color="red" onClick={onRetry}>
          {t('actions.retry')}
        </Button>
      </Group>
    </Alert>
  );
}

// What a form shows when someone else saved the same case, action or playbook first: their change
// is kept, and Reload brings it in so the user can make theirs again on top of it.
import { Alert, Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';

export function isStale(error: unknown): boolean {
  return error instanceof CoreError && error.code === 'CONFLICT' && error.details?.['revision'] !== undefined;
}

export function StaleNotice({ message, onReload }: { message: string; onReload?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <Alert color="orange" role="alert" title={t('retention.stale.title')} data-testid="stale-notice">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">{message}</Text>
        <Button
          size="xs"
          variant="white"
          color="orange"
          onClick={() => {
            void queryClient.invalidateQueries();
            onReload?.();
          }}
        >
          {t('retention.stale.reload')}
        </Button>
      </Group>
    </Alert>
  );
}

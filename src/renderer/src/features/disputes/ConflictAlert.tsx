// The answer to a stale save: someone else changed the case since it was opened here. Says so with
// the core's message and offers Reload, which takes their change without losing what was typed.
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function ConflictAlert({ message, onReload }: { message: string; onReload: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // It appears at the end of a long form, below where the user pressed Save.
  useEffect(() => {
    // Braces: Chromium's scrollIntoView now returns a promise, which React would call as cleanup.
    void ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, []);
  return (
    <Alert
      ref={ref}
      color="orange"
      role="alert"
      title={t('disputes.page.conflictTitle')}
      data-testid="case-conflict"
    >
      <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          color="orange"
          style={{ flexShrink: 0 }}
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={onReload}
        >
          {t('disputes.page.reload')}
        </Button>
      </Group>
    </Alert>
  );
}

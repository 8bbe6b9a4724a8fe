// A message that takes the whole window, for when there is nothing else to show (the database
// cannot be opened, the browser-mode link is wrong, a page does not exist).
import { Button, Center, Code, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface FullPageMessageProps {
  title: string;
  /** The explanation; shown as plain text, preserving line breaks. */
  message: string;
  /** Technical detail the user may need to quote or copy, such as a file path. */
  detail?: string;
  actionLabel?: string;
  onAction?: () => void;
  children?: ReactNode;
}

export function FullPageMessage({
  title,
  message,
  detail,
  actionLabel,
  onAction,
  children,
}: FullPageMessageProps) {
  return (
    <Center mih="100dvh" p="xl" data-testid="full-page-message">
      <Paper withBorder shadow="sm" p="xl" maw={640} w="100%" role="alert">
        <Stack gap="md">
          <ThemeIcon color="red" variant="light" size={48} radius="xl">
            <IconAlertTriangle size={28} aria-hidden />
          </ThemeIcon>
          <Title order={1} size="h2">
            {title}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message}</Text>
          {detail ? <Code block>{detail}</Code> : null}
          {children}
          {actionLabel && onAction ? (
            <Button onClick={onAction} style={{ alignSelf: 'flex-start' }}>
              {actionLabel}
            </Button>
          ) : null}
        </Stack>
      </Paper>
    </Center>
  );
}

// The top of a list screen: its title, how many records match (announced politely to screen
// readers as filters change), and the screen's actions on the right.
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ListPageHeaderProps {
  title: string;
  /** "12 cases"; null while the first page loads (the line keeps its height). */
  count: string | null;
  countTestId: string;
  children?: ReactNode;
}

export function ListPageHeader({ title, count, countTestId, children }: ListPageHeaderProps) {
  return (
    <Group justify="space-between" wrap="wrap">
      <Stack gap={2}>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text size="sm" c="dimmed" data-testid={countTestId} aria-live="polite">
          {count ?? '\u00a0'}
        </Text>
      </Stack>
      <Group gap="sm">{children}</Group>
    </Group>
  );
}

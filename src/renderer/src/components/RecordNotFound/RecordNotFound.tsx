// The page of a record that does not exist (deleted, or a stale link): what happened and the way
// back to its list.
import { Button, Card, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router';

export interface RecordNotFoundProps {
  title: string;
  message: string;
  /** The list the record belongs to, and the button's label. */
  backTo: string;
  backLabel: string;
  testId: string;
}

export function RecordNotFound({ title, message, backTo, backLabel, testId }: RecordNotFoundProps) {
  return (
    <Card withBorder padding="xl" maw={560} mx="auto" mt="xl" data-testid={testId}>
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={48} radius="xl" variant="light" color="gray">
          <IconSearch size={26} aria-hidden />
        </ThemeIcon>
        <Title order={1} size="h3">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {message}
        </Text>
        <Button component={Link} to={backTo} variant="light">
          {backLabel}
        </Button>
      </Stack>
    </Card>
  );
}

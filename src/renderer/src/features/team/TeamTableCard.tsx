// The frame both team tables share: a titled card section, a sentence when there is nothing to
// list, else the table in a scroll container labelled by the title.
import { Card, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function TeamTableCard({
  id,
  title,
  empty,
  isEmpty,
  minWidth,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  isEmpty: boolean;
  minWidth: number;
  /** The table's head and body. */
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {isEmpty ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table verticalSpacing="xs" aria-label={title}>
            {children}
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

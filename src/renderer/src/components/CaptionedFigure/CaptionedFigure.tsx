// One figure of a summary (a balance, a total, a date) under its caption in small dimmed capitals.
import { Stack, Text, type MantineFontSize } from '@mantine/core';
import type { ReactNode } from 'react';

export interface CaptionedFigureProps {
  caption: string;
  children: ReactNode;
  /** The figure's text size; the body size when absent. */
  size?: MantineFontSize;
  weight?: number;
  testId?: string;
}

export function CaptionedFigure({ caption, children, size, weight = 600, testId }: CaptionedFigureProps) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {caption}
      </Text>
      <Text size={size} fw={weight} data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

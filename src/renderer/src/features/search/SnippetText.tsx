// A search snippet: plain text pieces, the matching words marked. The pieces are rendered as
// text nodes, so nothing a user wrote is ever read as HTML.
import { Mark, Text } from '@mantine/core';
import type { SnippetSegment } from '../../../../shared/search';

export function SnippetText({ segments }: { segments: readonly SnippetSegment[] }) {
  if (segments.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" lineClamp={2} data-testid="search-snippet">
      {segments.map((segment, index) =>
        segment.match ? (
          <Mark key={index} color="yellow" c="var(--mantine-color-text)">
            {segment.text}
          </Mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </Text>
  );
}

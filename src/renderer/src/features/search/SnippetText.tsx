// A search snippet: plain text pieces, the matching words marked. The pieces are rendered as
// text nodes, so nothing a user wrote is ever read as HTML.
import { Mark, Text } from '@mantine/core';
import { resultDescriptionColor } from './result-description-color';
import type { SnippetSegment } from '../../../../shared/search';

export function SnippetText({ segments }: { segments: readonly SnippetSegment[] }) {
  if (segments.length === 0) return null;
  return (
    <Text size="xs" c={resultDescriptionColor} lineClamp={2} data-testid="search-snippet">
      {segments.map((segment, index) =>
        segment.match ? (
          // A Chinese word's characters can wrap apart; a marked word stays on one line.
          <Mark key={index} color="yellow" c="var(--mantine-color-text)" style={{ whiteSpace: 'nowrap' }}>
            {segment.text}
          </Mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </Text>
  );
}

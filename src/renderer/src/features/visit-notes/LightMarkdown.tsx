// Shows a visit note's text: paragraphs keep their line breaks, lists become real lists.
import { List, Stack, Text } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { parseLightMarkdown } from './light-markdown';

export function LightMarkdown({ text }: { text: string }) {
  const blocks = useMemo(() => parseLightMarkdown(text), [text]);
  return (
    <Stack gap="xs">
      {blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          <Text key={index} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {block.lines.map((line, lineIndex) => (
              <Fragment key={lineIndex}>
                {lineIndex > 0 ? <br /> : null}
                {line}
              </Fragment>
            ))}
          </Text>
        ) : (
          <List
            key={index}
            size="sm"
            type={block.kind === 'numbered' ? 'ordered' : 'unordered'}
            start={block.kind === 'numbered' ? block.start : undefined}
            withPadding
            style={{ overflowWrap: 'anywhere' }}
          >
            {block.items.map((item, itemIndex) => (
              <List.Item key={itemIndex}>{item}</List.Item>
            ))}
          </List>
        ),
      )}
    </Stack>
  );
}

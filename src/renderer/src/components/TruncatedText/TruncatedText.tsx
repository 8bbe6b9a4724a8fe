// One line of text cut with an ellipsis; the full text appears in a tooltip, but only when it
// was actually cut, so short values do not get noisy tooltips.
import { Text, Tooltip, type TextProps } from '@mantine/core';
import { useRef, useState } from 'react';

export interface TruncatedTextProps extends Omit<TextProps, 'truncate' | 'children'> {
  children: string;
}

export function TruncatedText({ children, ...textProps }: TruncatedTextProps) {
  const ref = useRef<HTMLParagraphElement>(null);
  const [opened, setOpened] = useState(false);
  return (
    <Tooltip label={children} opened={opened} multiline maw={480} openDelay={300} withinPortal>
      <Text
        ref={ref}
        truncate="end"
        onMouseEnter={() => {
          const el = ref.current;
          setOpened(el !== null && el.scrollWidth > el.clientWidth);
        }}
        onMouseLeave={() => setOpened(false)}
        {...textProps}
      >
        {children}
      </Text>
    </Tooltip>
  );
}

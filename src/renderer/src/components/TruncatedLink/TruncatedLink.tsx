// An in-app link on one line, cut with an ellipsis; the full text shows in a tooltip when cut.
import { Anchor, Tooltip } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router';

export interface TruncatedLinkProps {
  to: string;
  children: string;
  fw?: number;
}

export function TruncatedLink({ to, children, fw }: TruncatedLinkProps) {
  const ref = useRef<HTMLAnchorElement>(null);
  const [opened, setOpened] = useState(false);
  return (
    <Tooltip label={children} opened={opened} multiline maw={480} withinPortal>
      <Anchor
        ref={ref}
        component={Link}
        to={to}
        size="sm"
        fw={fw}
        truncate="end"
        display="block"
        // The row is clickable too; without this both would navigate.
        onClick={(event) => event.stopPropagation()}
        onMouseEnter={() => {
          const el = ref.current;
          setOpened(el !== null && el.scrollWidth > el.clientWidth);
        }}
        onMouseLeave={() => setOpened(false)}
      >
        {children}
      </Anchor>
    </Tooltip>
  );
}

// One line of text cut with an ellipsis; the full text shows as a tooltip, but only when it was
// actually cut. Deliberately a plain element: list cells render hundreds of these while
// scrolling, and a floating tooltip per cell made scrolling stutter.
import type { CSSProperties, MouseEvent } from 'react';
import classes from './TruncatedText.module.css';

export interface TruncatedTextProps {
  children: string;
  /** Dimmed text (placeholders, secondary values). */
  dimmed?: boolean;
  strong?: boolean;
  style?: CSSProperties;
}

/** Sets the native tooltip to the full text when the element is too narrow to show it. */
export function titleWhenCut(event: MouseEvent<HTMLElement>, text: string): void {
  const el = event.currentTarget;
  el.title = el.scrollWidth > el.clientWidth ? text : '';
}

export function TruncatedText({ children, dimmed, strong, style }: TruncatedTextProps) {
  return (
    <span
      className={classes.text}
      data-dimmed={dimmed || undefined}
      data-strong={strong || undefined}
      style={style}
      onMouseEnter={(event) => titleWhenCut(event, children)}
    >
      {children}
    </span>
  );
}

// An in-app link on one line, cut with an ellipsis; the full text shows as a tooltip when cut.
// A plain router link rather than a Mantine Anchor, for the same reason as TruncatedText.
import { Link } from 'react-router';
import { titleWhenCut } from '../TruncatedText';
import classes from './TruncatedLink.module.css';

export interface TruncatedLinkProps {
  to: string;
  children: string;
  strong?: boolean;
}

export function TruncatedLink({ to, children, strong }: TruncatedLinkProps) {
  return (
    <Link
      to={to}
      className={classes.link}
      data-strong={strong || undefined}
      // The row is clickable too; without this both would navigate.
      onClick={(event) => event.stopPropagation()}
      onMouseEnter={(event) => titleWhenCut(event, children)}
    >
      {children}
    </Link>
  );
}

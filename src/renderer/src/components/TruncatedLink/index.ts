export { TruncatedLink } from './TruncatedLink';
export type { TruncatedLinkProps } from './TruncatedLink';

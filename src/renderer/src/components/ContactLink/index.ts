export { ContactLink } from './ContactLink';
export type { ContactLinkProps } from './ContactLink';
export { contactHref } from './contact-hrefs';
export type { ContactChannel } from './contact-hrefs';

export { FullPageMessage } from './FullPageMessage';
export type { FullPageMessageProps } from './FullPageMessage';

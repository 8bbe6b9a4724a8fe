export { QueryErrorAlert } from './QueryErrorAlert';
export type { QueryErrorAlertProps } from './QueryErrorAlert';

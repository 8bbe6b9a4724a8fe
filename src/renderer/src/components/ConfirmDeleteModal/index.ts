export { ConfirmDeleteModal } from './ConfirmDeleteModal';
export type { ConfirmDeleteModalProps } from './ConfirmDeleteModal';

export { DebouncedSearchInput } from './DebouncedSearchInput';
export type { DebouncedSearchInputProps } from './DebouncedSearchInput';

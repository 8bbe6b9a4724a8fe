export { CurrencyAmountInput } from './CurrencyAmountInput';
export type { CurrencyAmountInputProps } from './CurrencyAmountInput';

// An amount typed as a decimal in the program's currency (e.g. 1500.00), read exactly into minor units.
import { TextInput } from '@mantine/core';
import { minorOfDecimalText } from '../sales/sales-money';

export interface MoneyFieldProps {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
}

export function MoneyField({ label, description, value, onChange, error, required }: MoneyFieldProps) {
  return (
    <TextInput
      label={label}
      description={description}
      value={value}
      inputMode="decimal"
      required={required}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/** The typed amount in minor units; null when it is not an amount. */
export function minorOf(text: string, currency: string): number | null {
  return minorOfDecimalText(text, currency);
}

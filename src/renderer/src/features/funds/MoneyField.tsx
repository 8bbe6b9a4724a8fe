// An amount typed as a decimal in the program's currency (e.g. 1500.00); useAmountEntry reads it into minor units.
import { TextInput } from '@mantine/core';

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

// A money amount typed as a decimal, with its currency code shown inside the field on the right.
import { Text, TextInput, type TextInputProps } from '@mantine/core';

export interface CurrencyAmountInputProps extends Omit<TextInputProps, 'rightSection' | 'rightSectionWidth'> {
  currency: string;
}

export function CurrencyAmountInput({ currency, ...input }: CurrencyAmountInputProps) {
  return (
    <TextInput
      inputMode="decimal"
      rightSection={
        <Text size="xs" c="dimmed">
          {currency}
        </Text>
      }
      rightSectionWidth={48}
      {...input}
    />
  );
}

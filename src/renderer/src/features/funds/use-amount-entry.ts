// The amount a funds dialog is typing: the text as typed, and the message shown at the field when
// it is not an amount in the program's currency (checked before anything is sent).
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minorOfDecimalText } from '../sales/sales-money';

export function useAmountEntry() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Stable, so dialogs can preset the amount when they open without doing it on every render.
  const reset = useCallback((next: string) => {
    setText(next);
    setProblem(null);
  }, []);
  return {
    text,
    setText,
    problem,
    reset,
    /** The typed amount in minor units; null, with the message at the field, when it is not one. */
    read(currency: string): number | null {
      const minor = minorOfDecimalText(text, currency);
      setProblem(minor === null ? t('funds.amountInvalid', { currency }) : null);
      return minor;
    },
  };
}

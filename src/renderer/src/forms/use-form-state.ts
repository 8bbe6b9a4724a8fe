// The state of a form: its values and the messages shown at its fields. Editing a field clears
// that field's message, so a stale message never sits next to a corrected value.
import { useCallback, useRef, useState } from 'react';
import type { FieldMessage } from '../../../shared/errors';
import type { FormErrors } from './field-errors';

export function useFormState<V extends Record<string, unknown>>(initial: V) {
  const [values, setValues] = useState(initial);
  const [errors, setErrorsState] = useState<FormErrors<keyof V & string>>({ byField: {}, other: [] });
  const formRef = useRef<HTMLFormElement>(null);

  const setField = useCallback(<K extends keyof V>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrorsState((current) => {
      if (!(field in current.byField)) return current;
      const byField: Partial<Record<keyof V & string, FieldMessage>> = { ...current.byField };
      delete byField[field as keyof V & string];
      return { ...current, byField };
    });
  }, []);

  /** Shows messages and moves focus to the first field that has one. */
  const showErrors = useCallback((next: FormErrors<keyof V & string>) => {
    setErrorsState(next);
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  }, []);

  const clearErrors = useCallback(() => setErrorsState({ byField: {}, other: [] }), []);

  return { values, setField, errors, showErrors, clearErrors, formRef };
}

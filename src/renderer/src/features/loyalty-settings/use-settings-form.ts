// What every loyalty settings form does around its fields: start from the stored values (and
// follow them when they change, e.g. after a reset), show messages at fields, save and reset with
// an Undo notice. Field messages are keyed by their path in the form ("salesVolume.weight").
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError, type FieldMessage } from '../../../../shared/errors';
import { call } from '../../api/client';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';

export type FieldErrors = Record<string, FieldMessage>;

export interface SettingsFormOptions<S, V> {
  stored: S | undefined;
  /** What "Reset to defaults" brings back, shown at once. */
  defaults: S;
  toValues: (stored: S) => V;
  section: 'factors' | 'tiers' | 'churnRules';
  /** The section's name in notices, e.g. "Tiers". */
  title: string;
  savedMessage: string;
  /** Where a message for `path` belongs in this form (null: to no field). */
  fieldOf: (path: string) => string | null;
}

export function useSettingsForm<S, V>(options: SettingsFormOptions<S, V>) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const { stored, toValues, fieldOf } = options;
  const [values, setValues] = useState<V | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<FieldMessage[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [resetting, setResetting] = useState(false);
  const storedText = stored === undefined ? '' : JSON.stringify(stored);
  useEffect(() => {
    // Only when what is stored changed: a refetch with the same values keeps what is being typed.
    if (stored !== undefined) setValues(toValues(stored));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storedText]);

  /** Messages by path sorted onto the form's fields, the rest above the buttons. */
  function show(fields: Record<string, FieldMessage>) {
    const byField: FieldErrors = {};
    const rest: FieldMessage[] = [];
    for (const [path, message] of Object.entries(fields)) {
      const field = fieldOf(path);
      if (field === null) rest.push(message);
      else byField[field] ??= message;
    }
    setErrors(byField);
    setOther(rest);
    requestAnimationFrame(() => {
      document.querySelector<HTMLElement>(`[aria-invalid="true"]`)?.focus();
    });
  }

  function clearError(field: string) {
    setErrors((current) => {
      if (!(field in current)) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  }

  /** Saves when `invalid` (the client-side check) found nothing; core field messages land too. */
  async function save(
    invalid: Record<string, FieldMessage> | null,
    write: () => Promise<{ batchId: string }>,
  ) {
    setFailure(null);
    if (invalid && Object.keys(invalid).length > 0) {
      show(invalid);
      return;
    }
    setErrors({});
    setOther([]);
    setSaving(true);
    try {
      const result = await write();
      announce(options.savedMessage, result.batchId);
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) show(error.fields);
      else setFailure(errorText(t, error));
    } finally {
      setSaving(false);
    }
  }

  async function reset() {
    setFailure(null);
    setResetting(true);
    try {
      const result = await call('loyaltySettings.reset', { section: options.section });
      setValues(toValues(options.defaults));
      setErrors({});
      setOther([]);
      announce(t('loyalty.settings.resetDone', { section: options.title }), result.batchId);
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setResetting(false);
    }
  }

  /** Forgets every message (rows moved: messages by index would point at the wrong tier). */
  function clearErrors() {
    setErrors({});
    setOther([]);
  }

  return {
    values,
    setValues,
    errors,
    other,
    failure,
    saving,
    resetting,
    save,
    reset,
    clearError,
    clearErrors,
  };
}

// One write of the funds tab: sends it, keeps the core's field messages for the form, a general
// failure otherwise, and announces the change with its Undo.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../../shared/contract';
import { CoreError, type FieldMessage } from '../../../../shared/errors';
import { useCoreMutation } from '../../api/core-queries';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';

export function useFundWrite<N extends ProcedureName>(name: N) {
  const { t } = useTranslation();
  const mutation = useCoreMutation(name);
  const announce = useAnnounceWrite();
  const [fields, setFields] = useState<Record<string, FieldMessage>>({});
  const [failure, setFailure] = useState<string | null>(null);
  // Stable, so dialogs can clear old messages when they open without doing it on every render.
  const reset = useCallback(() => {
    setFields({});
    setFailure(null);
  }, []);
  return {
    busy: mutation.isPending,
    failure,
    fieldError: (field: string) => (fields[field] ? fieldMessageText(t, fields[field]) : undefined),
    fieldErrors: fields,
    reset,
    /** Resolves true when saved (and announced). */
    async send(input: ProcedureInput<N>, message: string): Promise<boolean> {
      setFields({});
      setFailure(null);
      try {
        const result = (await mutation.mutateAsync(input)) as ProcedureOutput<N> & { batchId?: string };
        announce(message, result.batchId ?? '');
        return true;
      } catch (error) {
        if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields)
          setFields(error.fields);
        else setFailure(errorText(t, error));
        return false;
      }
    },
  };
}

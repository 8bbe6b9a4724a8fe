// The care etiquette part of the partner and contact forms: as the form edits it ('' for none)
// and as the contract stores it (null for none; the until date and note only with a status).
import type { CareStatus } from '../../../../shared/care';

export type CareStatusValues = {
  careStatus: CareStatus | null;
  careStatusUntil: string;
  careStatusNote: string;
};

export const careStatusFormFields = ['careStatus', 'careStatusUntil', 'careStatusNote'] as const;

export const noCareStatus: CareStatusValues = { careStatus: null, careStatusUntil: '', careStatusNote: '' };

export function careStatusValuesFrom(mark: {
  careStatus: CareStatus | null;
  careStatusUntil: string | null;
  careStatusNote: string;
}): CareStatusValues {
  return {
    careStatus: mark.careStatus,
    careStatusUntil: mark.careStatusUntil ?? '',
    careStatusNote: mark.careStatusNote,
  };
}

/** Clearing the status clears its date and note too, so no stale "until" lingers. */
export function careStatusInputFrom(values: CareStatusValues): {
  careStatus: CareStatus | null;
  careStatusUntil: string | null;
  careStatusNote: string;
} {
  if (values.careStatus === null) return { careStatus: null, careStatusUntil: null, careStatusNote: '' };
  return {
    careStatus: values.careStatus,
    careStatusUntil: values.careStatusUntil.trim() === '' ? null : values.careStatusUntil.trim(),
    careStatusNote: values.careStatusNote,
  };
}

// The end of every entry form: the problems that belong to no single field, why saving failed,
// anything the form must ask before saving (e.g. a duplicate warning), and Cancel / Save.
import { Alert, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMessage } from '../../../../shared/errors';
import { fieldMessageText } from '../../i18n/error-text';

export interface FormFooterProps {
  /** Messages the core sent for no field shown in the form. */
  otherErrors: readonly FieldMessage[];
  /** Why the last save failed (network, conflict...), already in words. */
  failure: string | null;
  saving: boolean;
  onCancel: () => void;
  /** The submit button's text; "Save" when absent. */
  saveLabel?: string;
  /** Saving must wait (e.g. for uploads still running). */
  saveDisabled?: boolean;
  /** Shown between the problems and the buttons. */
  children?: ReactNode;
}

export function FormFooter({
  otherErrors,
  failure,
  saving,
  onCancel,
  saveLabel,
  saveDisabled = false,
  children,
}: FormFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      {otherErrors.map((message) => (
        <Alert key={message.key} color="red" role="alert">
          {fieldMessageText(t, message)}
        </Alert>
      ))}
      {failure ? (
        <Alert color="red" role="alert" title={t('errors.saveFailed')}>
          {failure}
        </Alert>
      ) : null}
      {children}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
        <Button type="submit" loading={saving} disabled={saveDisabled}>
          {saveLabel ?? t('actions.save')}
        </Button>
      </Group>
    </>
  );
}

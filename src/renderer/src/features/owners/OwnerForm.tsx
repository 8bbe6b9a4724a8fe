// Name, e-mail and region of a person who can own partners: the user's own profile or a teammate.
import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import { ownerInputSchema, type OwnerInput } from '../../../../shared/owners';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { useFormState } from '../../forms/use-form-state';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { requiredLabel } from '../../forms/required-label';

const ownerFormFields = ['name', 'email', 'region'] as const;
type OwnerFormField = (typeof ownerFormFields)[number];
type OwnerFormValues = { name: string; email: string; region: string };

export interface OwnerFormProps {
  initial?: OwnerFormValues;
  /** Sends the input; resolves when saved, rejects with the core's error otherwise. */
  onSubmit: (input: OwnerInput) => Promise<unknown>;
  onCancel?: () => void;
  submitLabel: string;
  /** Accessible name of the form, e.g. "My profile". */
  label: string;
}

export function OwnerForm({ initial, onSubmit, onCancel, submitLabel, label }: OwnerFormProps) {
  const { t } = useTranslation();
  const form = useFormState<OwnerFormValues>(initial ?? { name: '', email: '', region: '' });
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const field = (name: OwnerFormField) => {
    const message = form.errors.byField[name];
    return {
      value: form.values[name],
      error: message ? fieldMessageText(t, message) : undefined,
      onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
        form.setField(name, event.currentTarget.value),
    };
  };

  async function save() {
    setFailure(null);
    const invalid = validateWith(ownerInputSchema, form.values, ownerFormFields);
    if (invalid) {
      form.showErrors(invalid);
      return;
    }
    form.clearErrors();
    setSaving(true);
    try {
      await onSubmit(form.values);
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        form.showErrors(formErrorsFrom(error.fields, ownerFormFields));
      } else setFailure(errorText(t, error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput {...requiredLabel(t('fields.owner.name'))} {...field('name')} />
          <TextInput label={t('fields.owner.email')} type="email" {...field('email')} />
          <TextInput label={t('fields.owner.region')} {...field('region')} />
        </SimpleGrid>
        {failure ? (
          <Alert color="red" role="alert" title={t('errors.saveFailed')}>
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('actions.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

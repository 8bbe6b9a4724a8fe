// Create and edit form of a contact (a person at a partner), checked with the shared schema
// before sending and showing the core's messages at the fields.
import { Checkbox, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactInputSchema, type Contact, type ContactInput } from '../../../../shared/contacts';
import { contactLanguages, type ContactLanguage } from '../../../../shared/countries';
import { CoreError } from '../../../../shared/errors';
import type { WriteResult } from '../../../../shared/history';
import { useCoreMutation } from '../../api/core-queries';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { useFormState } from '../../forms/use-form-state';
import { languageName } from '../../i18n/display-names';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { CareStatusFields } from '../care-settings/CareStatusFields';
import { BirthdayInput } from './BirthdayInput';
import {
  contactFormFields,
  contactInputFrom,
  contactValuesFrom,
  emptyContactValues,
  type ContactFormField,
  type ContactFormValues,
} from './contact-form-values';
import { requiredLabel } from '../../forms/required-label';
import { FormFooter } from '../../components/FormFooter/FormFooter';

export interface ContactFormProps {
  partnerId: string;
  contact?: Contact;
  onCancel: () => void;
  onSaved: (result: WriteResult, input: ContactInput) => void;
}

type TextField = {
  [K in keyof ContactFormValues]: ContactFormValues[K] extends string ? K : never;
}[keyof ContactFormValues];

export function ContactForm({ partnerId, contact, onCancel, onSaved }: ContactFormProps) {
  const { t, i18n } = useTranslation();
  const form = useFormState<ContactFormValues>(contact ? contactValuesFrom(contact) : emptyContactValues());
  const { values, setField, errors } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const create = useCoreMutation('contacts.create');
  const update = useCoreMutation('contacts.update');
  const languages = useMemo(
    () => contactLanguages.map((code) => ({ value: code, label: languageName(code, i18n.language) })),
    [i18n.language],
  );

  const errorOf = (field: ContactFormField) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };
  const text = (field: TextField) => ({
    value: values[field],
    error: errorOf(field),
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setField(field, event.currentTarget.value),
  });

  async function save() {
    setFailure(null);
    const input = contactInputFrom(partnerId, values);
    const invalid = validateWith(contactInputSchema, input, contactFormFields);
    if (invalid) {
      form.showErrors(invalid);
      return;
    }
    form.clearErrors();
    try {
      const result = contact
        ? await update.mutateAsync({ ...input, id: contact.id })
        : await create.mutateAsync(input);
      onSaved(result, input);
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        form.showErrors(formErrorsFrom(error.fields, contactFormFields));
      } else setFailure(errorText(t, error));
    }
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={contact ? t('contacts.form.editTitle') : t('contacts.form.addTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput {...requiredLabel(t('fields.contact.name'))} data-autofocus {...text('name')} />
          <TextInput label={t('fields.contact.role')} {...text('role')} />
          <TextInput label={t('fields.contact.phone')} type="tel" {...text('phone')} />
          <TextInput label={t('fields.contact.email')} type="email" {...text('email')} />
          <TextInput label={t('fields.contact.whatsapp')} type="tel" {...text('whatsapp')} />
          <Select
            label={t('fields.contact.preferredLanguage')}
            data={languages}
            value={values.preferredLanguage}
            onChange={(value) => value && setField('preferredLanguage', value as ContactLanguage)}
            error={errorOf('preferredLanguage')}
            allowDeselect={false}
            searchable
          />
        </SimpleGrid>
        <BirthdayInput
          value={values.birthday}
          onChange={(birthday) => setField('birthday', birthday)}
          error={errorOf('birthday')}
        />
        <Checkbox
          label={t('fields.contact.birthdayLunar')}
          description={t('contacts.form.lunarHint')}
          checked={values.birthdayLunar}
          onChange={(event) => setField('birthdayLunar', event.currentTarget.checked)}
        />
        <Textarea
          label={t('fields.contact.familyNotes')}
          autosize
          minRows={2}
          maxRows={8}
          {...text('familyNotes')}
        />
        <Textarea
          label={t('fields.contact.interests')}
          autosize
          minRows={2}
          maxRows={8}
          {...text('interests')}
        />
        <CareStatusFields
          values={values}
          onChange={(change) =>
            change.field === 'careStatus'
              ? setField('careStatus', change.value)
              : setField(change.field, change.value)
          }
          errors={{
            careStatus: errorOf('careStatus'),
            careStatusUntil: errorOf('careStatusUntil'),
            careStatusNote: errorOf('careStatusNote'),
          }}
        />
        <FormFooter
          otherErrors={errors.other}
          failure={failure}
          saving={create.isPending || update.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}

// Create and edit form of a partner. Checks input with the same schema as the core before
// sending, shows the core's own messages at the fields too, and handles the duplicate warning.
import { Autocomplete, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import type { WriteResult } from '../../../../shared/history';
import {
  partnerInputSchema,
  defaultVisitCadenceDays,
  partnerStatuses,
  partnerTypes,
  type Partner,
  type PartnerInput,
} from '../../../../shared/partners';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { countryOptions } from '../../i18n/display-names';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { DuplicateWarning } from './DuplicateWarning';
import {
  duplicatesFrom,
  emptyPartnerValues,
  partnerFormFields,
  partnerInputFrom,
  partnerValuesFrom,
  type DuplicatePartner,
  type PartnerFormField,
} from './partner-form-values';
import { CareStatusFields } from '../care-settings/CareStatusFields';
import { FormFooter } from '../../components/FormFooter/FormFooter';

export interface PartnerFormProps {
  /** The partner to edit; a new partner is created without it. */
  partner?: Partner;
  onCancel: () => void;
  onSaved: (result: WriteResult, input: PartnerInput) => void;
}

export function PartnerForm({ partner, onCancel, onSaved }: PartnerFormProps) {
  const { t, i18n } = useTranslation();
  const form = useFormState(partner ? partnerValuesFrom(partner) : emptyPartnerValues());
  const { values, setField, errors } = form;
  const [duplicates, setDuplicates] = useState<DuplicatePartner[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const create = useCoreMutation('partners.create');
  const update = useCoreMutation('partners.update');
  const saving = create.isPending || update.isPending;

  const facets = useCoreQuery('partners.facets', {});
  const owners = useCoreQuery('owners.list', {});
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const ownerOptions = (owners.data ?? []).map((owner) => ({
    value: owner.id,
    label: owner.isMe ? t('owners.me', { name: owner.name }) : owner.name,
  }));

  const errorOf = (field: PartnerFormField) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };
  const text = (field: PartnerFormField & keyof typeof values) => ({
    value: values[field] as string,
    error: errorOf(field),
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (field === 'name' || field === 'city') setDuplicates([]);
      setField(field, event.currentTarget.value);
    },
  });

  async function save(allowDuplicate: boolean) {
    setFailure(null);
    const input = partnerInputFrom(values);
    const invalid = validateWith(partnerInputSchema, input, partnerFormFields);
    if (invalid) {
      form.showErrors(invalid);
      return;
    }
    form.clearErrors();
    try {
      const result = partner
        ? await update.mutateAsync({ id: partner.id, partner: input, allowDuplicate })
        : await create.mutateAsync({ partner: input, allowDuplicate });
      onSaved(result, input);
    } catch (error) {
      const found =
        error instanceof CoreError && error.code === 'CONFLICT' ? duplicatesFrom(error.details) : [];
      if (found.length > 0) setDuplicates(found);
      else if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        form.showErrors(formErrorsFrom(error.fields, partnerFormFields));
      } else setFailure(errorText(t, error));
    }
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={partner ? t('partners.form.editTitle') : t('partners.form.addTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void save(false);
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput {...requiredLabel(t('fields.partner.name'))} data-autofocus {...text('name')} />
          <TextInput label={t('fields.partner.legalName')} {...text('legalName')} />
          <Select
            {...requiredLabel(t('fields.partner.type'))}
            placeholder={t('partners.form.choose')}
            data={partnerTypes.map((type) => ({ value: type, label: t(`partnerType.${type}`) }))}
            value={values.type}
            onChange={(value) => setField('type', value as typeof values.type)}
            error={errorOf('type')}
            allowDeselect={false}
          />
          <Select
            label={t('fields.partner.status')}
            data={partnerStatuses.map((status) => ({ value: status, label: t(`partnerStatus.${status}`) }))}
            value={values.status}
            onChange={(value) => value && setField('status', value as typeof values.status)}
            error={errorOf('status')}
            allowDeselect={false}
          />
          <Autocomplete
            label={t('fields.partner.region')}
            data={facets.data?.regions ?? []}
            value={values.region}
            onChange={(value) => setField('region', value)}
            error={errorOf('region')}
          />
          <Select
            {...requiredLabel(t('fields.partner.country'))}
            searchable
            placeholder={t('partners.form.chooseCountry')}
            data={countries}
            value={values.country || null}
            onChange={(value) => setField('country', value ?? '')}
            error={errorOf('country')}
            nothingFoundMessage={t('partners.filters.nothingFound')}
            maxDropdownHeight={280}
          />
          <TextInput label={t('fields.partner.city')} {...text('city')} />
          <TextInput label={t('fields.partner.address')} {...text('address')} />
          <TextInput label={t('fields.partner.phone')} type="tel" {...text('phone')} />
          <TextInput label={t('fields.partner.email')} type="email" {...text('email')} />
          <TextInput
            label={t('fields.partner.website')}
            placeholder={t('partners.form.websitePlaceholder')}
            {...text('website')}
          />
          <Select
            label={t('fields.partner.ownerId')}
            placeholder={t('partners.form.noOwner')}
            data={ownerOptions}
            value={values.ownerId}
            onChange={(value) => setField('ownerId', value)}
            error={errorOf('ownerId')}
            clearable
            searchable
          />
          <TextInput label={t('fields.partner.partnershipStart')} type="date" {...text('partnershipStart')} />
          <TextInput
            label={t('fields.partner.visitCadenceDays')}
            inputMode="numeric"
            placeholder={
              values.type
                ? t('partners.form.cadenceDefault', { days: defaultVisitCadenceDays[values.type] })
                : undefined
            }
            {...text('visitCadenceDays')}
          />
          <TagsInput
            label={t('fields.partner.tags')}
            data={facets.data?.tags ?? []}
            value={values.tags}
            onChange={(value) => setField('tags', value)}
            error={errorOf('tags')}
            clearable
          />
          <TextInput
            label={t('fields.partner.externalId')}
            description={t('partners.form.externalIdHint')}
            autoComplete="off"
            {...text('externalId')}
          />
        </SimpleGrid>
        <Textarea label={t('fields.partner.notes')} autosize minRows={3} maxRows={10} {...text('notes')} />
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
        <FormFooter otherErrors={errors.other} failure={failure} saving={saving} onCancel={onCancel}>
          {duplicates.length > 0 ? (
            <DuplicateWarning duplicates={duplicates} saving={saving} onSaveAnyway={() => void save(true)} />
          ) : null}
        </FormFooter>
      </Stack>
    </form>
  );
}

// Create a program or edit its facts: name, kind, period, who may join (partner types, tiers,
// regions), budget and currency, what a point is worth and when points expire. The currency starts
// as the workspace's; edits name the revision the form opened on, so a concurrent edit is refused.
import {
  Alert,
  Loader,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import { partnerTypes, type PartnerType } from '../../../../shared/partners';
import {
  programInputSchema,
  programKinds,
  type Program,
  type ProgramInput,
  type ProgramKind,
} from '../../../../shared/programs';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { CurrencyAmountInput } from '../../components/CurrencyAmountInput';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { currencyChoices } from '../disputes/money';
import { useAnnounceWrite } from '../history/use-undo';
import { decimalTextOfMinor, minorOfDecimalText } from '../sales/sales-money';

export interface ProgramFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The program to edit; absent creates one. */
  program?: Program;
  onCreated?: (id: string) => void;
}

const formFields = [
  'name',
  'kind',
  'description',
  'startsOn',
  'endsOn',
  'partnerTypes',
  'tiers',
  'regions',
  'budgetMinor',
  'currency',
  'pointValueMinor',
  'pointsExpiryMonths',
] as const;
type FormField = (typeof formFields)[number];

interface Values {
  name: string;
  kind: ProgramKind;
  description: string;
  startsOn: string;
  endsOn: string;
  partnerTypes: PartnerType[];
  tiers: string[];
  regions: string[];
  budget: string;
  /** Empty until the workspace currency is known (new programs). */
  currency: string;
  pointValue: string;
  expiryMonths: number | '';
  [key: string]: unknown;
}

export function ProgramFormModal({ opened, onClose, program, onCreated }: ProgramFormModalProps) {
  const { t } = useTranslation();
  const title = program ? t('programs.form.editTitle') : t('programs.form.newTitle');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="xl" closeOnClickOutside={false}>
      {opened ? <ProgramFormLoader program={program} onClose={onClose} onCreated={onCreated} /> : null}
    </Modal>
  );
}

function ProgramFormLoader({ program, onClose, onCreated }: Omit<ProgramFormModalProps, 'opened'>) {
  const workspace = useCoreQuery('workspace.get', {}, { enabled: !program });
  if (program)
    return (
      <ProgramForm
        initial={valuesOf(program, program.currency)}
        program={program}
        {...{ onClose, onCreated }}
      />
    );
  if (workspace.error)
    return <QueryErrorAlert error={workspace.error} onRetry={() => void workspace.refetch()} />;
  if (!workspace.data) return <Loader size="sm" aria-label="…" />;
  return <ProgramForm initial={newValues(workspace.data.currency)} {...{ onClose, onCreated }} />;
}

function newValues(currency: string): Values {
  const year = new Date().getFullYear();
  return {
    name: '',
    kind: 'sales-incentive',
    description: '',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    partnerTypes: [],
    tiers: [],
    regions: [],
    budget: '',
    currency,
    pointValue: '',
    expiryMonths: '',
  };
}

function valuesOf(program: Program, currency: string): Values {
  return {
    name: program.name,
    kind: program.kind,
    description: program.description,
    startsOn: program.startsOn,
    endsOn: program.endsOn,
    partnerTypes: program.eligibility.partnerTypes,
    tiers: program.eligibility.tiers,
    regions: program.eligibility.regions,
    budget: decimalTextOfMinor(program.budgetMinor, currency),
    currency,
    pointValue: decimalTextOfMinor(program.pointValueMinor, currency),
    expiryMonths: program.pointsExpiryMonths ?? '',
  };
}

/** Typed money as minor units; empty is zero, anything unreadable NaN (the schema says so). */
function minorOf(text: string, currency: string): number {
  if (text.trim() === '') return 0;
  return minorOfDecimalText(text, currency) ?? Number.NaN;
}

function ProgramForm({
  initial,
  program,
  onClose,
  onCreated,
}: {
  initial: Values;
  program?: Program;
  onClose: () => void;
  onCreated?: ((id: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const form = useFormState<Values>(initial);
  const { values, setField, errors } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const create = useCoreMutation('programs.create');
  const update = useCoreMutation('programs.update');
  const facets = useCoreQuery('partners.facets', {});
  const loyalty = useCoreQuery('loyaltySettings.get', {});
  const currency = values.currency;

  const regionOptions = useMemo(
    () => [...new Set([...(facets.data?.regions ?? []), ...values.regions])].filter(Boolean),
    [facets.data, values.regions],
  );
  const tierOptions = useMemo(() => {
    const options = (loyalty.data?.tiers ?? []).map((tier) => ({ value: tier.key, label: tier.name }));
    for (const key of values.tiers)
      if (!options.some((o) => o.value === key)) options.push({ value: key, label: key });
    return options;
  }, [loyalty.data, values.tiers]);
  const currencyOptions = useMemo(() => currencyChoices(currency), [currency]);

  const errorOf = (field: FormField) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };

  function input(): ProgramInput {
    return {
      name: values.name,
      kind: values.kind,
      description: values.description,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      eligibility: {
        partnerTypes: values.partnerTypes,
        tiers: values.tiers,
        regions: values.regions,
        partnerIds: program?.eligibility.partnerIds ?? [],
      },
      budgetMinor: minorOf(values.budget, currency),
      currency,
      pointValueMinor: minorOf(values.pointValue, currency),
      pointsExpiryMonths: values.expiryMonths === '' ? null : values.expiryMonths,
    };
  }

  async function save() {
    setFailure(null);
    setConflict(null);
    const fields = input();
    const invalid = validateWith(programInputSchema, fields, formFields);
    if (invalid) {
      form.showErrors(invalid);
      return;
    }
    form.clearErrors();
    try {
      if (program) {
        const result = await update.mutateAsync({ ...fields, id: program.id, revision: program.revision });
        announce(t('programs.form.updated', { name: values.name.trim() }), result.batchId);
        onClose();
      } else {
        const result = await create.mutateAsync(fields);
        announce(t('programs.form.created', { name: values.name.trim() }), result.batchId);
        onClose();
        onCreated?.(result.id);
      }
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields)
        form.showErrors(formErrorsFrom(error.fields, formFields));
      else if (error instanceof CoreError && error.code === 'CONFLICT')
        setConflict(t('programs.form.conflict'));
      else setFailure(errorText(t, error));
    }
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={program ? t('programs.form.editTitle') : t('programs.form.newTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        {conflict ? (
          <Alert color="orange" role="alert">
            {conflict}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            {...requiredLabel(t('programs.form.name'))}
            placeholder={t('programs.form.namePlaceholder')}
            data-autofocus
            value={values.name}
            error={errorOf('name')}
            onChange={(event) => setField('name', event.currentTarget.value)}
          />
          <Select
            {...requiredLabel(t('programs.form.kind'))}
            data={programKinds.map((kind) => ({ value: kind, label: t(`programs.kind.${kind}`) }))}
            value={values.kind}
            allowDeselect={false}
            error={errorOf('kind')}
            onChange={(kind) => kind && setField('kind', kind as ProgramKind)}
          />
          <TextInput
            {...requiredLabel(t('programs.form.startsOn'))}
            type="date"
            value={values.startsOn}
            error={errorOf('startsOn')}
            onChange={(event) => setField('startsOn', event.currentTarget.value)}
          />
          <TextInput
            {...requiredLabel(t('programs.form.endsOn'))}
            type="date"
            value={values.endsOn}
            error={errorOf('endsOn')}
            onChange={(event) => setField('endsOn', event.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          label={t('programs.form.description')}
          autosize
          minRows={2}
          maxRows={5}
          value={values.description}
          error={errorOf('description')}
          onChange={(event) => setField('description', event.currentTarget.value)}
        />
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('programs.form.eligibility')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('programs.form.eligibilityHint')}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <MultiSelect
            label={t('programs.form.partnerTypes')}
            placeholder={values.partnerTypes.length ? undefined : t('programs.form.anyType')}
            data={partnerTypes.map((type) => ({ value: type, label: t(`partnerType.${type}`) }))}
            value={values.partnerTypes}
            error={errorOf('partnerTypes')}
            onChange={(types) => setField('partnerTypes', types as PartnerType[])}
          />
          <MultiSelect
            label={t('programs.form.tiers')}
            placeholder={values.tiers.length ? undefined : t('programs.form.anyTier')}
            data={tierOptions}
            value={values.tiers}
            error={errorOf('tiers')}
            onChange={(tiers) => setField('tiers', tiers)}
          />
          <MultiSelect
            label={t('programs.form.regions')}
            placeholder={values.regions.length ? undefined : t('programs.form.anyRegion')}
            data={regionOptions}
            value={values.regions}
            searchable
            error={errorOf('regions')}
            onChange={(regions) => setField('regions', regions)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <CurrencyAmountInput
            currency={currency}
            label={t('programs.form.budget')}
            description={t('programs.form.budgetHint', { currency })}
            placeholder="0"
            value={values.budget}
            error={errorOf('budgetMinor')}
            onChange={(event) => setField('budget', event.currentTarget.value)}
          />
          <Select
            {...requiredLabel(t('programs.form.currency'))}
            description={t('programs.form.currencyHint')}
            data={currencyOptions}
            value={currency}
            allowDeselect={false}
            searchable
            error={errorOf('currency')}
            onChange={(code) => code && setField('currency', code)}
          />
          <CurrencyAmountInput
            currency={currency}
            label={t('programs.form.pointValue')}
            description={t('programs.form.pointValueHint', { currency })}
            placeholder="0"
            value={values.pointValue}
            error={errorOf('pointValueMinor')}
            onChange={(event) => setField('pointValue', event.currentTarget.value)}
          />
          <NumberInput
            label={t('programs.form.expiryMonths')}
            description={t('programs.form.expiryHint')}
            min={1}
            max={120}
            allowDecimal={false}
            value={values.expiryMonths}
            error={errorOf('pointsExpiryMonths')}
            onChange={(value) => setField('expiryMonths', typeof value === 'number' ? value : '')}
          />
        </SimpleGrid>
        <FormFooter
          otherErrors={errors.other}
          failure={failure}
          saving={create.isPending || update.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}

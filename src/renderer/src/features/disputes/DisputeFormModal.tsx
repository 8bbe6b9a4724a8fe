// Log a new case or edit a case's facts (kind, parties, severity, owner, root cause, compensation).
// Edits name the revision the form was opened on, so a case changed meanwhile is refused with a
// conflict (and Reload) instead of overwriting someone else's change; typed text stays.
import {
  Loader,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  disputeCreateInputSchema,
  disputeKinds,
  disputeRootCauses,
  disputeSeverities,
  type Dispute,
  type DisputeCreateInput,
  type DisputeFieldsInput,
  type DisputeKind,
  type DisputeRootCause,
  type DisputeSeverity,
} from '../../../../shared/disputes';
import { CoreError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { ConflictAlert } from './ConflictAlert';
import { currencyOfCountry } from '../../../../shared/money';
import { currencyChoices, decimalOfMinor, minorOfDecimal } from './money';
import { PartnersMultiSelect } from './PartnersMultiSelect';
import { useContactsOfPartners, usePartnersById } from './use-records-by-id';

export interface DisputeFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Partners to start a new case with (e.g. from a partner's page). */
  partnerIds?: string[];
  /** The case to edit; absent logs a new one. */
  disputeId?: string;
  /** Called with the new case's id after it was logged. */
  onCreated?: (id: string) => void;
}

const formFields = [
  'kind',
  'title',
  'description',
  'partnerIds',
  'contactIds',
  'teammateIds',
  'reporterId',
  'ownerId',
  'severity',
  'rootCause',
  'amountMinor',
  'currency',
  'openedAt',
] as const;
type FormField = (typeof formFields)[number];

interface Values {
  kind: DisputeKind;
  title: string;
  description: string;
  partnerIds: string[];
  contactIds: string[];
  teammateIds: string[];
  ownerId: string | null;
  reporterId: string | null;
  severity: DisputeSeverity;
  rootCause: DisputeRootCause | null;
  amount: number | string;
  /** Empty until chosen: then the lead partner's country decides. */
  currency: string;
  /** datetime-local text; empty is "now". */
  openedAt: string;
  [key: string]: unknown;
}

export function DisputeFormModal({
  opened,
  onClose,
  partnerIds,
  disputeId,
  onCreated,
}: DisputeFormModalProps) {
  const { t } = useTranslation();
  const title = disputeId ? t('disputes.form.editTitle') : t('disputes.form.newTitle');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="xl" closeOnClickOutside={false}>
      {opened ? (
        disputeId ? (
          <EditDispute disputeId={disputeId} onClose={onClose} />
        ) : (
          <DisputeForm
            initial={newValues(partnerIds ?? [])}
            onClose={onClose}
            {...(onCreated ? { onCreated } : {})}
          />
        )
      ) : null}
    </Modal>
  );
}

function newValues(partnerIds: string[]): Values {
  return {
    kind: partnerIds.length > 1 ? 'channel-conflict' : 'other',
    title: '',
    description: '',
    partnerIds,
    contactIds: [],
    teammateIds: [],
    ownerId: null,
    reporterId: null,
    severity: 'medium',
    rootCause: null,
    amount: '',
    currency: '',
    openedAt: '',
  };
}

function valuesOf(dispute: Dispute): Values {
  return {
    kind: dispute.kind,
    title: dispute.title,
    description: dispute.description,
    partnerIds: dispute.partners.map((p) => p.id),
    contactIds: dispute.contactIds,
    teammateIds: dispute.teammateIds,
    ownerId: dispute.ownerId,
    reporterId: dispute.reporterId,
    severity: dispute.severity,
    rootCause: dispute.rootCause,
    amount: dispute.compensation
      ? decimalOfMinor(dispute.compensation.amountMinor, dispute.compensation.currency)
      : '',
    currency: dispute.compensation?.currency ?? '',
    openedAt: '',
  };
}

function EditDispute({ disputeId, onClose }: { disputeId: string; onClose: () => void }) {
  const dispute = useCoreQuery('disputes.get', { id: disputeId });
  // The revision the user starts from is fixed when the form opens; later refreshes do not move it.
  const [opened] = useState(() => dispute.data);
  const start = opened ?? dispute.data;
  if (dispute.error) return <QueryErrorAlert error={dispute.error} onRetry={() => void dispute.refetch()} />;
  if (!start) return <Loader size="sm" aria-label="…" />;
  return <DisputeForm initial={valuesOf(start)} dispute={start} onClose={onClose} />;
}

function DisputeForm({
  initial,
  dispute,
  onClose,
  onCreated,
}: {
  initial: Values;
  dispute?: Dispute;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const form = useFormState<Values>(initial);
  const { values, setField, errors } = form;
  const [revision, setRevision] = useState(dispute?.revision ?? 0);
  // What the form started from: on Reload, fields the user left alone take the other person's
  // values, fields the user changed keep the user's.
  const base = useRef(initial);
  const [conflict, setConflict] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const create = useCoreMutation('disputes.create');
  const update = useCoreMutation('disputes.update');
  const owners = useCoreQuery('owners.list', {});
  const settings = useCoreQuery('disputeSettings.get', {});
  const partners = usePartnersById(values.partnerIds);
  const contacts = useContactsOfPartners(values.partnerIds);
  const lead = values.partnerIds[0] ? partners.get(values.partnerIds[0]) : undefined;
  const currency = values.currency || currencyOfCountry(lead?.country);

  const chosenNames = useMemo(() => {
    const names: Record<string, string> = {};
    for (const p of dispute?.partners ?? []) names[p.id] = p.name;
    for (const [id, p] of partners) names[id] = p.name;
    return names;
  }, [partners, dispute]);
  const ownerOptions = useMemo(
    () => (owners.data ?? []).map((o) => ({ value: o.id, label: o.name })),
    [owners.data],
  );
  const contactOptions = useMemo(() => {
    const options = contacts.map((c) => ({
      value: c.id,
      label: values.partnerIds.length > 1 ? `${c.name} (${chosenNames[c.partnerId] ?? ''})` : c.name,
    }));
    // Keep chosen contacts visible while their partner's contacts load.
    for (const id of values.contactIds)
      if (!options.some((o) => o.value === id)) options.push({ value: id, label: '…' });
    return options;
  }, [contacts, values.partnerIds, values.contactIds, chosenNames]);
  const currencyOptions = useMemo(() => currencyChoices(currency), [currency]);

  const errorOf = (field: FormField) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };

  function fieldsInput(): DisputeFieldsInput {
    const amount = typeof values.amount === 'number' ? values.amount : Number.NaN;
    const hasAmount = values.amount !== '' && values.amount !== '-';
    return {
      kind: values.kind,
      title: values.title,
      description: values.description,
      partnerIds: values.partnerIds,
      contactIds: values.contactIds.filter(
        (id) => contacts.length === 0 || contacts.some((c) => c.id === id),
      ),
      teammateIds: values.teammateIds,
      ownerId: values.ownerId,
      reporterId: values.reporterId,
      severity: values.severity,
      rootCause: values.rootCause,
      compensation: hasAmount ? { amountMinor: minorOfDecimal(amount, currency), currency } : null,
    };
  }

  async function save() {
    setFailure(null);
    setConflict(null);
    const input: DisputeCreateInput = {
      dispute: fieldsInput(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      ...(values.openedAt ? { openedAt: new Date(values.openedAt).toISOString() } : {}),
    };
    const invalid = validateWith(disputeCreateInputSchema, input, formFields);
    if (invalid) {
      form.showErrors(invalid);
      return;
    }
    form.clearErrors();
    try {
      if (dispute) {
        await update.mutateAsync({ id: dispute.id, revision, dispute: input.dispute });
        notifications.show({
          color: 'teal',
          message: t('disputes.form.updated', { title: values.title.trim() }),
        });
        onClose();
      } else {
        const result = await create.mutateAsync(input);
        notifications.show({
          color: 'teal',
          message: t('disputes.form.created', { title: values.title.trim() }),
        });
        onClose();
        onCreated?.(result.id);
      }
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        form.showErrors(formErrorsFrom(error.fields, formFields));
      } else if (error instanceof CoreError && error.code === 'CONFLICT') {
        setConflict(error.message);
      } else setFailure(errorText(t, error));
    }
  }

  async function reload() {
    if (!dispute) return;
    try {
      const latest = await call('disputes.get', { id: dispute.id });
      const theirs = valuesOf(latest);
      for (const field of Object.keys(theirs)) {
        if (JSON.stringify(values[field]) === JSON.stringify(base.current[field]))
          setField(field, theirs[field]);
      }
      base.current = theirs;
      setRevision(latest.revision);
      setConflict(null);
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  const slaDays = settings.data?.slaBusinessDays[values.severity];
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={dispute ? t('disputes.form.editTitle') : t('disputes.form.newTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            {...requiredLabel(t('disputes.form.kind'))}
            data={disputeKinds.map((kind) => ({ value: kind, label: t(`disputes.kind.${kind}`) }))}
            value={values.kind}
            allowDeselect={false}
            error={errorOf('kind')}
            onChange={(kind) => kind && setField('kind', kind as DisputeKind)}
          />
          <Select
            {...requiredLabel(t('disputes.form.severity'))}
            data={disputeSeverities.map((s) => ({ value: s, label: t(`disputes.severity.${s}`) }))}
            value={values.severity}
            allowDeselect={false}
            description={slaDays ? t('disputes.form.slaHint', { count: slaDays }) : undefined}
            error={errorOf('severity')}
            onChange={(severity) => severity && setField('severity', severity as DisputeSeverity)}
          />
        </SimpleGrid>
        <TextInput
          {...requiredLabel(t('disputes.form.title'))}
          placeholder={t('disputes.form.titlePlaceholder')}
          data-autofocus
          value={values.title}
          error={errorOf('title')}
          onChange={(event) => setField('title', event.currentTarget.value)}
        />
        <PartnersMultiSelect
          {...requiredLabel(t('disputes.form.partners'))}
          description={
            values.kind === 'channel-conflict'
              ? t('disputes.form.partnersHintConflict')
              : t('disputes.form.partnersHint')
          }
          value={values.partnerIds}
          chosenNames={chosenNames}
          error={errorOf('partnerIds')}
          onChange={(ids) => setField('partnerIds', ids)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <MultiSelect
            label={t('disputes.form.contacts')}
            description={t('disputes.form.contactsHint')}
            placeholder={values.partnerIds.length ? undefined : t('disputes.form.noContacts')}
            data={contactOptions}
            value={values.contactIds}
            searchable
            error={errorOf('contactIds')}
            onChange={(ids) => setField('contactIds', ids)}
          />
          <MultiSelect
            label={t('disputes.form.teammates')}
            data={ownerOptions}
            value={values.teammateIds}
            searchable
            error={errorOf('teammateIds')}
            onChange={(ids) => setField('teammateIds', ids)}
          />
          <Select
            label={t('disputes.form.owner')}
            description={t('disputes.form.ownerHint')}
            placeholder={lead?.ownerName ?? undefined}
            data={ownerOptions}
            value={values.ownerId}
            clearable
            searchable
            error={errorOf('ownerId')}
            onChange={(id) => setField('ownerId', id)}
          />
          <Select
            label={t('disputes.form.reporter')}
            description={t('disputes.form.reporterHint')}
            data={ownerOptions}
            value={values.reporterId}
            clearable
            searchable
            error={errorOf('reporterId')}
            onChange={(id) => setField('reporterId', id)}
          />
          <Select
            label={t('disputes.form.rootCause')}
            placeholder={t('disputes.form.rootCauseUnknown')}
            data={disputeRootCauses.map((c) => ({ value: c, label: t(`disputes.rootCause.${c}`) }))}
            value={values.rootCause}
            clearable
            error={errorOf('rootCause')}
            onChange={(cause) => setField('rootCause', cause as DisputeRootCause | null)}
          />
          <SimpleGrid cols={2} spacing="xs">
            <NumberInput
              label={t('disputes.form.amount')}
              description={t('disputes.form.amountHint')}
              value={values.amount}
              decimalScale={2}
              thousandSeparator=","
              error={errorOf('amountMinor')}
              onChange={(amount) => setField('amount', amount)}
            />
            <Select
              label={t('disputes.form.currency')}
              description=" "
              data={currencyOptions}
              value={currency}
              allowDeselect={false}
              searchable
              error={errorOf('currency')}
              onChange={(code) => code && setField('currency', code)}
            />
          </SimpleGrid>
        </SimpleGrid>
        <Textarea
          label={t('disputes.form.description')}
          autosize
          minRows={3}
          maxRows={10}
          value={values.description}
          error={errorOf('description')}
          onChange={(event) => setField('description', event.currentTarget.value)}
        />
        {dispute ? null : (
          <TextInput
            type="datetime-local"
            label={t('disputes.form.openedAt')}
            description={t('disputes.form.openedAtHint')}
            value={values.openedAt}
            error={errorOf('openedAt')}
            onChange={(event) => setField('openedAt', event.currentTarget.value)}
          />
        )}
        {conflict ? <ConflictAlert message={conflict} onReload={() => void reload()} /> : null}
        <FormFooter
          otherErrors={errors.other}
          failure={failure}
          saving={create.isPending || update.isPending}
          onCancel={onClose}
          saveLabel={dispute ? undefined : t('disputes.form.logCase')}
        />
      </Stack>
    </form>
  );
}

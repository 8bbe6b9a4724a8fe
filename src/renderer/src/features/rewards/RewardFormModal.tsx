// Add or edit a reward: name, kind, points cost, stock (empty: unlimited), the tiers that may
// redeem it (none: all) and whether it is offered. Edits carry the revision the user saw.
import { Modal, MultiSelect, NumberInput, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import { rewardInputSchema, rewardKinds, type Reward, type RewardKind } from '../../../../shared/rewards';
import { useCoreMutation } from '../../api/core-queries';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useTiers } from '../dashboard/use-tier-names';
import { useAnnounceWrite } from '../history/use-undo';
import { isStale, StaleNotice } from '../retention/StaleNotice';

const formFields = ['name', 'kind', 'description', 'pointsCost', 'stock', 'tiers', 'active'] as const;
type FormField = (typeof formFields)[number];

interface Values {
  name: string;
  kind: RewardKind;
  description: string;
  pointsCost: number | string;
  stock: number | string;
  tiers: string[];
  active: boolean;
  [key: string]: unknown;
}

export interface RewardFormModalProps {
  /** null: closed; 'new': add; a reward: edit it. */
  reward: Reward | 'new' | null;
  programId: string;
  onClose: () => void;
}

export function RewardFormModal({ reward, programId, onClose }: RewardFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={reward !== null}
      onClose={onClose}
      title={reward === 'new' ? t('ledger.rewards.createTitle') : t('ledger.rewards.editTitle')}
      size="lg"
      closeOnClickOutside={false}
    >
      {reward ? (
        <RewardForm reward={reward === 'new' ? null : reward} programId={programId} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

function RewardForm({
  reward,
  programId,
  onClose,
}: {
  reward: Reward | null;
  programId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const create = useCoreMutation('rewards.create');
  const update = useCoreMutation('rewards.update');
  const { tiers } = useTiers();
  const form = useFormState<Values>({
    name: reward?.name ?? '',
    kind: reward?.kind ?? 'voucher',
    description: reward?.description ?? '',
    pointsCost: reward?.pointsCost ?? '',
    stock: reward?.stock ?? '',
    tiers: reward?.tiers ?? [],
    active: reward?.active ?? true,
  });
  const { values, setField, errors } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const errorOf = (field: FormField) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };

  async function save() {
    setFailure(null);
    setStale(null);
    const fields = {
      name: values.name,
      kind: values.kind,
      description: values.description,
      pointsCost: typeof values.pointsCost === 'number' ? values.pointsCost : Number.NaN,
      stock: typeof values.stock === 'number' ? values.stock : null,
      tiers: values.tiers,
      active: values.active,
    };
    const invalid = validateWith(rewardInputSchema, { ...fields, programId }, formFields);
    if (invalid) return form.showErrors(invalid);
    try {
      const result = reward
        ? await update.mutateAsync({ ...fields, id: reward.id, revision: reward.revision })
        : await create.mutateAsync({ ...fields, programId });
      announce(t('ledger.rewards.saved', { name: values.name }), result.batchId);
      onClose();
    } catch (error) {
      if (isStale(error)) setStale(errorText(t, error));
      else if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        form.showErrors(formErrorsFrom(error.fields, formFields));
      } else setFailure(errorText(t, error));
    }
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={reward ? t('ledger.rewards.editTitle') : t('ledger.rewards.createTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <TextInput
          {...requiredLabel(t('ledger.rewards.name'))}
          data-autofocus
          value={values.name}
          error={errorOf('name')}
          onChange={(event) => setField('name', event.currentTarget.value)}
        />
        <Select
          {...requiredLabel(t('ledger.rewards.kind'))}
          allowDeselect={false}
          data={rewardKinds.map((kind) => ({ value: kind, label: t(`ledger.rewards.kinds.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => kind && setField('kind', kind as RewardKind)}
          error={errorOf('kind')}
        />
        <NumberInput
          {...requiredLabel(t('ledger.rewards.pointsCost'))}
          value={values.pointsCost}
          onChange={(value) => setField('pointsCost', value)}
          min={1}
          allowDecimal={false}
          thousandSeparator=","
          error={errorOf('pointsCost')}
        />
        <NumberInput
          label={t('ledger.rewards.stock')}
          description={t('ledger.rewards.stockHint')}
          value={values.stock}
          onChange={(value) => setField('stock', value)}
          min={0}
          allowDecimal={false}
          error={errorOf('stock')}
        />
        <MultiSelect
          label={t('ledger.rewards.tiers')}
          description={t('ledger.rewards.tiersHint')}
          data={tiers.map((tier) => ({ value: tier.key, label: tier.name }))}
          value={values.tiers}
          onChange={(value) => setField('tiers', value)}
          error={errorOf('tiers')}
          clearable
        />
        <Textarea
          label={t('ledger.rewards.description')}
          autosize
          minRows={2}
          value={values.description}
          error={errorOf('description')}
          onChange={(event) => setField('description', event.currentTarget.value)}
        />
        <Switch
          label={t('ledger.rewards.active')}
          checked={values.active}
          onChange={(event) => setField('active', event.currentTarget.checked)}
        />
        {stale ? <StaleNotice message={stale} onReload={onClose} /> : null}
        <FormFooter
          otherErrors={errors.other}
          failure={failure}
          saving={create.isPending || update.isPending}
          onCancel={onClose}
          saveLabel={t('ledger.rewards.save')}
        />
      </Stack>
    </form>
  );
}

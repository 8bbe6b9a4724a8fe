// "Redeem": the program's rewards for this partner, each with its cost and, when it cannot be
// redeemed now, why (tier, stock, points). The points are taken at once; the core checks balance
// and stock again inside its transaction and answers at the field.
import { Badge, Group, Modal, NumberInput, Radio, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announcePermanent } from '../history/announce-permanent';
import { CoreError } from '../../../../shared/errors';
import type { PartnerIncentives } from '../../../../shared/ledger';
import { redemptionRequestInputSchema } from '../../../../shared/rewards';
import { fieldMessage } from '../../../../shared/validation';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { RewardKindIcon } from '../rewards/RewardKindIcon';
import { localToday } from '../visit-notes/local-day';
import { formatPoints } from './ledger-format';

type ProgramRow = PartnerIncentives['programs'][number];
const formFields = ['rewardId', 'quantity', 'notes'] as const;

interface Values {
  rewardId: string;
  quantity: number | string;
  notes: string;
  [key: string]: unknown;
}

export interface RedeemModalProps {
  program: ProgramRow | null;
  partnerId: string;
  partnerName: string;
  onClose: () => void;
}

export function RedeemModal({ program, partnerId, partnerName, onClose }: RedeemModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={program !== null}
      onClose={onClose}
      title={t('ledger.redeem.title', { name: partnerName })}
      size="lg"
      closeOnClickOutside={false}
    >
      {program ? (
        <RedeemForm program={program} partnerId={partnerId} partnerName={partnerName} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

function RedeemForm({
  program,
  partnerId,
  partnerName,
  onClose,
}: Omit<RedeemModalProps, 'program'> & { program: ProgramRow }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const today = localToday();
  const rewards = useCoreQuery('rewards.list', { programId: program.programId, partnerId, today });
  const request = useCoreMutation('redemptions.request');
  const form = useFormState<Values>({ rewardId: '', quantity: 1, notes: '' });
  const { values, setField, errors } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const errorOf = (field: (typeof formFields)[number]) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };

  async function save() {
    setFailure(null);
    const input = {
      programId: program.programId,
      partnerId,
      rewardId: values.rewardId,
      quantity: typeof values.quantity === 'number' ? values.quantity : Number.NaN,
      notes: values.notes,
      today,
    };
    if (!values.rewardId)
      return form.showErrors({ byField: { rewardId: fieldMessage('validation.required') }, other: [] });
    const invalid = validateWith(redemptionRequestInputSchema, input, formFields);
    if (invalid) return form.showErrors(invalid);
    try {
      await request.mutateAsync(input);
      const reward = rewards.data?.rows.find((row) => row.id === values.rewardId);
      announcePermanent(
        t('ledger.redeem.saved', {
          reward: reward?.name ?? '',
          name: partnerName,
          points: formatPoints((reward?.pointsCost ?? 0) * input.quantity, locale),
        }),
      );
      onClose();
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        form.showErrors(formErrorsFrom(error.fields, formFields));
      } else setFailure(errorText(t, error));
    }
  }

  if (rewards.error) return <QueryErrorAlert error={rewards.error} onRetry={() => void rewards.refetch()} />;
  if (!rewards.data) return <Skeleton height={160} aria-busy="true" />;
  const balance = rewards.data.balance ?? 0;
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={t('ledger.redeem.title', { name: partnerName })}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <Text size="sm" fw={600} data-testid="redeem-balance">
          {t('ledger.redeem.balance', { points: formatPoints(balance, locale) })}
        </Text>
        {rewards.data.rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('ledger.redeem.noRewards')}
          </Text>
        ) : (
          <Radio.Group
            {...requiredLabel(t('ledger.redeem.reward'))}
            value={values.rewardId}
            onChange={(id) => setField('rewardId', id)}
            error={errorOf('rewardId')}
          >
            <Stack gap="xs" mt="xs">
              {rewards.data.rows.map((reward) => (
                <Radio.Card
                  key={reward.id}
                  value={reward.id}
                  p="sm"
                  radius="md"
                  disabled={reward.unavailableReason !== null}
                  aria-label={reward.name}
                  style={{ opacity: reward.unavailableReason ? 0.6 : 1 }}
                >
                  <Group wrap="nowrap" align="flex-start">
                    <Radio.Indicator disabled={reward.unavailableReason !== null} />
                    <RewardKindIcon kind={reward.kind} />
                    <Stack gap={0} style={{ flex: 1 }}>
                      <Text size="sm" fw={600}>
                        {reward.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('ledger.redeem.cost', { points: formatPoints(reward.pointsCost, locale) })}
                        {reward.available !== null
                          ? ` · ${t('ledger.rewards.stockLeft', { available: reward.available, stock: reward.stock })}`
                          : ''}
                      </Text>
                    </Stack>
                    {reward.unavailableReason ? (
                      <Badge color="gray" variant="light">
                        {t(`ledger.redeem.unavailable.${reward.unavailableReason}`)}
                      </Badge>
                    ) : null}
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
        )}
        <NumberInput
          {...requiredLabel(t('ledger.redeem.quantity'))}
          value={values.quantity}
          onChange={(value) => setField('quantity', value)}
          min={1}
          allowDecimal={false}
          w={140}
          error={errorOf('quantity')}
        />
        <Textarea
          label={t('ledger.redeem.notes')}
          placeholder={t('ledger.redeem.notesPlaceholder')}
          autosize
          minRows={2}
          value={values.notes}
          onChange={(event) => setField('notes', event.currentTarget.value)}
        />
        <FormFooter
          otherErrors={errors.other}
          failure={failure}
          saving={request.isPending}
          onCancel={onClose}
          saveLabel={t('ledger.redeem.save')}
          saveDisabled={rewards.data.rows.length === 0}
        />
      </Stack>
    </form>
  );
}

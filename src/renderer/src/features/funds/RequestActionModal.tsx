// The workflow steps of a fund request, one dialog each: approve (all or part), reject with a
// reason, add proof of performance (files), reimburse (at most the approved amount).
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMessage } from '../../../../shared/errors';
import type { FundRequest } from '../../../../shared/funds';
import type { AttachmentRef } from '../../../../shared/visit-notes';
import { calendarDate } from '../../i18n/date-format';
import { decimalTextOfMinor, formatMinor } from '../sales/sales-money';
import { AttachmentField } from '../visit-notes/AttachmentField';
import { localToday } from '../visit-notes/local-day';
import { MoneyField } from './MoneyField';
import { useAmountEntry } from './use-amount-entry';
import { useFundWrite } from './use-fund-write';

export type RequestAction = 'approve' | 'reject' | 'proof' | 'reimburse';

export interface RequestActionModalProps {
  action: RequestAction | null;
  request: FundRequest | null;
  onClose: () => void;
}

export function RequestActionModal({ action, request, onClose }: RequestActionModalProps) {
  const { t, i18n } = useTranslation();
  const amount = useAmountEntry();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<AttachmentRef[]>([]);
  const [uploading, setUploading] = useState(false);
  const decide = useFundWrite('fundRequests.decide');
  const proof = useFundWrite('fundRequests.submitProof');
  const reimburse = useFundWrite('fundRequests.reimburse');
  const resetDecide = decide.reset;
  const resetProof = proof.reset;
  const resetReimburse = reimburse.reset;
  const resetAmount = amount.reset;
  const opened = action !== null && request !== null;

  useEffect(() => {
    if (!opened || !request) return;
    const preset =
      action === 'reimburse' ? request.approvedMinor : action === 'approve' ? request.amountMinor : null;
    resetAmount(preset === null ? '' : decimalTextOfMinor(preset, request.currency));
    setText('');
    setFiles([]);
    resetDecide();
    resetProof();
    resetReimburse();
  }, [opened, action, request, resetAmount, resetDecide, resetProof, resetReimburse]);
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);

  if (!request || !action) return null;
  const currency = request.currency;
  const money = (minor: number) => formatMinor(minor, currency, i18n.language);
  const write = action === 'proof' ? proof : action === 'reimburse' ? reimburse : decide;

  async function save() {
    if (!request) return;
    const today = localToday();
    let saved: boolean;
    if (action === 'approve') {
      const approvedMinor = amount.read(currency);
      if (approvedMinor === null) return;
      saved = await decide.send(
        {
          id: request.id,
          revision: request.revision,
          decision: 'approve',
          approvedMinor,
          reason: text,
          today,
        },
        t('funds.decide.approved', { amount: money(approvedMinor), name: request.partnerName }),
      );
    } else if (action === 'reject') {
      saved = await decide.send(
        { id: request.id, revision: request.revision, decision: 'reject', reason: text, today },
        t('funds.decide.rejected', { name: request.partnerName }),
      );
    } else if (action === 'proof') {
      saved = await proof.send(
        { id: request.id, revision: request.revision, attachments: files, note: text, today },
        t('funds.proof.saved', { name: request.partnerName }),
      );
    } else {
      const reimbursedMinor = amount.read(currency);
      if (reimbursedMinor === null) return;
      saved = await reimburse.send(
        { id: request.id, revision: request.revision, reimbursedMinor, today },
        t('funds.reimburse.saved', { amount: money(reimbursedMinor), name: request.partnerName }),
      );
    }
    if (saved) onClose();
  }

  const titles: Record<RequestAction, string> = {
    approve: t('funds.decide.approveTitle'),
    reject: t('funds.decide.rejectTitle'),
    proof: t('funds.proof.title'),
    reimburse: t('funds.reimburse.title'),
  };
  const saveLabels: Record<RequestAction, string> = {
    approve: t('funds.decide.approve'),
    reject: t('funds.decide.reject'),
    proof: t('funds.proof.save'),
    reimburse: t('funds.reimburse.save'),
  };
  const attachmentErrors: Record<string, FieldMessage> = proof.fieldErrors;

  return (
    <Modal opened={opened} onClose={onClose} title={titles[action]} size="lg" closeOnClickOutside={false}>
      <Stack gap="sm">
        {write.failure ? (
          <Alert color="red" role="alert">
            {write.failure}
          </Alert>
        ) : null}
        <Text size="sm">
          {action === 'reimburse'
            ? t('funds.reimburse.intro', {
                approved: money(request.approvedMinor ?? 0),
                activity: request.activity,
              })
            : action === 'proof'
              ? t('funds.proof.intro', { activity: request.activity })
              : t('funds.decide.requested', {
                  name: request.partnerName,
                  amount: money(request.amountMinor),
                  activity: request.activity,
                  date: calendarDate(request.plannedOn, i18n.language),
                })}
        </Text>
        {action === 'approve' || action === 'reimburse' ? (
          <MoneyField
            label={t(action === 'approve' ? 'funds.decide.approvedAmount' : 'funds.reimburse.amount', {
              currency,
            })}
            description={action === 'approve' ? t('funds.decide.approvedHint') : undefined}
            value={amount.text}
            onChange={amount.setText}
            required
            error={
              amount.problem ?? write.fieldError(action === 'approve' ? 'approvedMinor' : 'reimbursedMinor')
            }
          />
        ) : null}
        {action === 'proof' ? (
          <Stack gap={4}>
            <AttachmentField
              value={files}
              onChange={(update) => {
                resetProof();
                setFiles(update);
              }}
              errors={attachmentErrors}
              onBusyChange={onBusyChange}
            />
            {proof.fieldError('attachments') ? (
              <Text size="sm" c="red" role="alert" data-testid="proof-error">
                {proof.fieldError('attachments')}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        {action !== 'reimburse' ? (
          <Textarea
            label={
              action === 'reject'
                ? t('funds.decide.reason')
                : action === 'proof'
                  ? t('funds.proof.note')
                  : t('funds.decide.note')
            }
            description={action === 'reject' ? t('funds.decide.reasonHint') : undefined}
            required={action === 'reject'}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={write.fieldError(action === 'proof' ? 'note' : 'reason')}
            autosize
            minRows={2}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button
            color={action === 'reject' ? 'red' : undefined}
            onClick={() => void save()}
            loading={write.busy}
            disabled={uploading}
          >
            {saveLabels[action]}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

// The decision buttons of a claim: approve (posts the awards), reject with a reason, reverse an
// approved one with a reason. Each sends the revision the page showed, so two people deciding at
// once get one success and one clear conflict.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../../../shared/claims';
import { CoreError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { announcePermanent } from '../history/announce-permanent';
import { useAnnounceWrite } from '../history/use-undo';
import { localToday } from '../visit-notes/local-day';

type Decision = 'approve' | 'reject' | 'reverse';

export function ClaimDecision({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const [asking, setAsking] = useState<'reject' | 'reverse' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Decision | null>(null);

  async function decide(decision: Decision) {
    setBusy(decision);
    try {
      const result = await call('claims.decide', {
        id: claim.id,
        revision: claim.revision,
        decision,
        reason: decision === 'approve' ? '' : reason,
        today: localToday(),
      });
      const done = { approve: 'approved', reject: 'rejected', reverse: 'reversed' } as const;
      const message = t(`claims.decision.${done[decision]}`, { invoice: claim.invoiceNumber });
      // Approving and reversing post to the permanent ledger: no Undo to offer (a rejection has one).
      if (decision === 'reject') announce(message, result.batchId);
      else announcePermanent(message);
      setAsking(null);
      setReason('');
    } catch (error) {
      const fieldError = error instanceof CoreError ? error.fields?.reason : undefined;
      if (fieldError && decision !== 'approve') setReasonError(fieldMessageText(t, fieldError));
      else notifications.show({ color: 'red', message: errorText(t, error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Group gap="xs">
        {claim.status === 'submitted' ? (
          <>
            <Button
              color="teal"
              leftSection={<IconCheck size={16} aria-hidden />}
              loading={busy === 'approve'}
              onClick={() => void decide('approve')}
            >
              {t('claims.decision.approve')}
            </Button>
            <Button
              color="red"
              variant="light"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={() => setAsking('reject')}
            >
              {t('claims.decision.reject')}
            </Button>
          </>
        ) : null}
        {claim.status === 'approved' ? (
          <Button
            color="orange"
            variant="light"
            leftSection={<IconArrowBackUp size={16} aria-hidden />}
            onClick={() => setAsking('reverse')}
          >
            {t('claims.decision.reverse')}
          </Button>
        ) : null}
      </Group>
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking === 'reverse' ? t('claims.decision.reverseTitle') : t('claims.decision.rejectTitle')}
      >
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() === '') {
              setReasonError(t('validation.reasonRequired'));
              return;
            }
            if (asking) void decide(asking);
          }}
        >
          <Stack gap="md">
            {asking === 'reverse' ? <Text size="sm">{t('claims.decision.reverseBody')}</Text> : null}
            <Textarea
              label={t('claims.decision.reason')}
              description={t('claims.decision.reasonHint')}
              withAsterisk
              value={reason}
              error={reasonError}
              autosize
              minRows={3}
              data-autofocus
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setReasonError(null);
              }}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" color={asking === 'reverse' ? 'orange' : 'red'} loading={busy !== null}>
                {asking === 'reverse'
                  ? t('claims.decision.confirmReverse')
                  : t('claims.decision.confirmReject')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

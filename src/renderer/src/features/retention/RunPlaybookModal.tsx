// "Run playbook": choose one, see the actions it will create with their due days and owners, then
// confirm. The run is one change (one Undo) and adds to the partner's open case or opens one.
import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dueDates } from '../../../../shared/playbook-schedule';
import type { Playbook } from '../../../../shared/retention';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { localToday } from '../visit-notes/local-day';
import { useOwnerOptions } from './use-owner-options';

export interface RunPlaybookModalProps {
  opened: boolean;
  onClose: () => void;
  partnerId: string;
  partnerName: string;
  /** The open case to add to; absent: the partner's open case, or a new one. */
  caseId?: string | null;
  /** True when the partner has an open case (no reason is asked then). */
  hasOpenCase: boolean;
  /** The playbook chosen when the dialog opens (e.g. the one the loyalty score suggested). */
  initialPlaybookId?: string | null;
}

export function RunPlaybookModal(props: RunPlaybookModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('retention.run.title', { name: props.partnerName })}
      size="xl"
      closeOnClickOutside={false}
    >
      {props.opened ? <RunPlaybookForm {...props} /> : null}
    </Modal>
  );
}

function RunPlaybookForm({
  onClose,
  partnerId,
  partnerName,
  caseId,
  hasOpenCase,
  initialPlaybookId,
}: RunPlaybookModalProps) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounceWrite();
  const playbooks = useCoreQuery('playbooks.list', {});
  const owners = useOwnerOptions();
  const partner = useCoreQuery('partners.get', { id: partnerId });
  const partnerOwnerId = partner.data?.ownerId ?? null;
  const run = useCoreMutation('playbooks.run');
  const [playbookId, setPlaybookId] = useState<string | null>(initialPlaybookId ?? null);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const today = localToday();
  const playbook = playbooks.data?.find((candidate) => candidate.id === playbookId) ?? null;
  const preview = useMemo(() => (playbook ? previewOf(playbook, today) : []), [playbook, today]);
  const ownerName = (assigneeId: string | null) =>
    owners.nameOf(assigneeId ?? partnerOwnerId) ?? owners.me?.name ?? t('retention.partnersOwner');

  async function confirm() {
    if (!playbook) return;
    setFailure(null);
    try {
      const result = await run.mutateAsync({
        playbookId: playbook.id,
        partnerId,
        caseId: caseId ?? null,
        reason,
        today,
      });
      announce(
        t('retention.run.done', {
          playbook: playbook.name,
          name: partnerName,
          count: result.actionIds.length,
        }),
        result.batchId,
      );
      onClose();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  if (playbooks.error)
    return <QueryErrorAlert error={playbooks.error} onRetry={() => void playbooks.refetch()} />;
  return (
    <Stack gap="md">
      <Select
        label={t('retention.run.choose')}
        placeholder={t('retention.run.choosePlaceholder')}
        data={(playbooks.data ?? []).map((candidate) => ({ value: candidate.id, label: candidate.name }))}
        value={playbookId}
        onChange={setPlaybookId}
        searchable
        // A preselected playbook is reviewed, not chosen: focus waits on the confirm button, so the
        // select's list does not open over the preview.
        data-autofocus={initialPlaybookId ? undefined : true}
      />
      {playbook ? (
        <>
          {playbook.description ? (
            <Text size="sm" c="dimmed">
              {playbook.description}
            </Text>
          ) : null}
          {!hasOpenCase ? (
            <TextInput
              label={t('retention.fields.reason')}
              description={t('retention.run.reasonHint', { name: playbook.name })}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
          ) : null}
          <Table.ScrollContainer minWidth={560}>
            <Table aria-label={t('retention.run.previewLabel')} verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('retention.fields.actionTitle')}</Table.Th>
                  <Table.Th>{t('retention.fields.kind')}</Table.Th>
                  <Table.Th>{t('retention.fields.dueDate')}</Table.Th>
                  <Table.Th>{t('retention.fields.owner')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.map(({ step, due }) => (
                  <Table.Tr key={step.key}>
                    <Table.Td>{step.title}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color="gray" tt="none">
                        {t(`retention.actionKind.${step.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{calendarDate(due, i18n.language)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{ownerName(step.assigneeId)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed">
            {hasOpenCase ? t('retention.run.addsToCase') : t('retention.run.opensCase')}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('retention.run.nothingChosen')}
        </Text>
      )}
      {failure ? (
        <Alert color="red" role="alert" title={t('retention.run.failed')}>
          {failure}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('actions.cancel')}
        </Button>
        <Button
          onClick={() => void confirm()}
          disabled={!playbook}
          loading={run.isPending}
          data-autofocus={initialPlaybookId ? true : undefined}
        >
          {playbook
            ? t('retention.run.confirm', { count: playbook.steps.length })
            : t('retention.run.confirmNone')}
        </Button>
      </Group>
    </Stack>
  );
}

function previewOf(playbook: Playbook, today: string) {
  const due = dueDates(playbook.steps, today);
  return playbook.steps
    .map((step, index) => ({ step, due: due[index]! }))
    .sort((a, b) => a.due.localeCompare(b.due));
}

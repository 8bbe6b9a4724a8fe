// One retention case: the partner, why it is at risk, who owns it, the actions (status changed in
// the row), running a playbook, and recording how it ended (or setting it back to open).
import {
  Alert,
  Anchor,
  Button,
  Card,
  EmptyState,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowLeft,
  IconChartDots,
  IconCheckbox,
  IconLifebuoyOff,
  IconPencil,
  IconPlayerPlay,
  IconPlus,
  IconRotate,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CoreError } from '../../../../shared/errors';
import type { RetentionAction, RetentionActionStatus, RetentionCase } from '../../../../shared/retention';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { localToday } from '../visit-notes/local-day';
import { ActionFormModal } from './ActionFormModal';
import { ActionsTable } from './ActionsTable';
import { OutcomeBadge } from './OutcomeBadge';
import { MarkAtRiskModal } from './MarkAtRiskModal';
import { OutcomeModal } from './OutcomeModal';
import { RunPlaybookModal } from './RunPlaybookModal';
import { isStale, StaleNotice } from './StaleNotice';

export function RetentionCasePage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const today = localToday();
  const retentionCase = useCoreQuery('retentionCases.get', { id: caseId, today });
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/retention" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('retention.case.back')}
        </Group>
      </Anchor>
      {retentionCase.error instanceof CoreError && retentionCase.error.code === 'NOT_FOUND' ? (
        <EmptyState
          mt="xl"
          icon={<IconLifebuoyOff size={28} aria-hidden />}
          withIndicatorBackground
          title={t('retention.case.gone')}
          description={t('retention.case.goneBody')}
        />
      ) : retentionCase.error ? (
        <QueryErrorAlert
          error={retentionCase.error}
          onRetry={() => void retentionCase.refetch()}
          title={t('retention.case.loadFailed')}
        />
      ) : retentionCase.data ? (
        <CaseDetails retentionCase={retentionCase.data} />
      ) : (
        <Stack gap="lg" aria-busy="true">
          <Skeleton height={32} width="40%" />
          <Skeleton height={160} />
          <Skeleton height={240} />
        </Stack>
      )}
    </Stack>
  );
}

type Dialog =
  | { kind: 'none' }
  | { kind: 'action'; action: RetentionAction | null }
  | { kind: 'run'; playbookId: string | null }
  | { kind: 'outcome' }
  | { kind: 'edit' };

function CaseDetails({ retentionCase }: { retentionCase: RetentionCase }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounceWrite();
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [busyId, setBusyId] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const [reopening, setReopening] = useState(false);
  const open = retentionCase.outcome === 'open';
  const close = () => setDialog({ kind: 'none' });

  async function setStatus(action: RetentionAction, status: RetentionActionStatus) {
    setBusyId(action.id);
    setStale(null);
    try {
      const { id: _id, revision, kind, title, ownerId, dueDate, notes, outcome } = action;
      const result = await call('retentionActions.update', {
        id: action.id,
        revision,
        action: { kind, title, ownerId, dueDate, status, notes, outcome },
      });
      announce(
        t('retention.case.statusChanged', { title, status: t(`retention.actionStatus.${status}`) }),
        result.batchId,
      );
    } catch (error) {
      if (isStale(error)) setStale(errorText(t, error));
      else
        notifications.show({
          color: 'red',
          title: t('retention.case.updateFailed'),
          message: errorText(t, error),
        });
    } finally {
      setBusyId(null);
    }
  }

  async function reopen() {
    setReopening(true);
    setStale(null);
    try {
      const result = await call('retentionCases.setOutcome', {
        id: retentionCase.id,
        revision: retentionCase.revision,
        outcome: 'open',
        note: retentionCase.outcomeNote,
      });
      announce(t('retention.case.reopened', { name: retentionCase.partnerName }), result.batchId);
    } catch (error) {
      if (isStale(error)) setStale(errorText(t, error));
      else
        notifications.show({
          color: 'red',
          title: t('retention.case.updateFailed'),
          message: errorText(t, error),
        });
    } finally {
      setReopening(false);
    }
  }

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={6} miw={0}>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {t('retention.case.title', { name: retentionCase.partnerName })}
          </Title>
          <Group gap="xs">
            <OutcomeBadge outcome={retentionCase.outcome} on={retentionCase.outcomeOn} />
            <Text size="sm" c="dimmed">
              {t(`retention.situation.${retentionCase.situation}`)}
            </Text>
          </Group>
        </Stack>
        <Group gap="sm">
          {open ? (
            <>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setDialog({ kind: 'edit' })}
              >
                {t('retention.editCase.button')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconPlayerPlay size={16} aria-hidden />}
                onClick={() => setDialog({ kind: 'run', playbookId: null })}
              >
                {t('retention.runPlaybook')}
              </Button>
              <Button
                leftSection={<IconCheckbox size={16} aria-hidden />}
                onClick={() => setDialog({ kind: 'outcome' })}
              >
                {t('retention.case.recordOutcome')}
              </Button>
            </>
          ) : (
            <Button
              variant="default"
              leftSection={<IconRotate size={16} aria-hidden />}
              loading={reopening}
              onClick={() => void reopen()}
            >
              {t('retention.case.setBackToOpen')}
            </Button>
          )}
        </Group>
      </Group>
      {stale ? <StaleNotice message={stale} onReload={() => setStale(null)} /> : null}
      {retentionCase.source === 'loyalty' ? (
        <LoyaltySuggestion
          retentionCase={retentionCase}
          onRun={(playbookId) => setDialog({ kind: 'run', playbookId })}
        />
      ) : null}
      <Card withBorder padding="lg" component="section" aria-label={t('retention.case.detailsTitle')}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" verticalSpacing="md">
          <Detail label={t('retention.fields.partner')}>
            <Anchor component={Link} to={`/partners/${retentionCase.partnerId}`} size="sm">
              {retentionCase.partnerName}
            </Anchor>
          </Detail>
          <Detail label={t('retention.fields.owner')}>
            {retentionCase.ownerName ?? t('retention.noOwner')}
          </Detail>
          <Detail label={t('retention.fields.openedOn')}>
            {calendarDate(retentionCase.openedOn, i18n.language)}
          </Detail>
          <Detail label={t('retention.fields.source')}>
            {t(`retention.source.${retentionCase.source}`)}
          </Detail>
          <Detail label={t('retention.fields.playbook')}>
            {retentionCase.playbookName ?? t('retention.noPlaybook')}
          </Detail>
          <Detail label={t('retention.fields.dispute')}>
            {retentionCase.disputeId ? (
              <Anchor component={Link} to={`/disputes/${retentionCase.disputeId}`} size="sm">
                {t('retention.case.openDispute')}
              </Anchor>
            ) : (
              t('retention.case.noDispute')
            )}
          </Detail>
        </SimpleGrid>
        <Stack gap={4} mt="lg">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('retention.fields.reason')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {retentionCase.reason}
          </Text>
        </Stack>
        {!open && retentionCase.outcomeNote ? (
          <Stack gap={4} mt="md">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('retention.fields.outcomeNote')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {retentionCase.outcomeNote}
            </Text>
          </Stack>
        ) : null}
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="retention-actions-title">
        <Group justify="space-between" mb="md">
          <Title order={2} size="h4" id="retention-actions-title">
            {t('retention.case.actionsTitle')}
          </Title>
          {open ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setDialog({ kind: 'action', action: null })}
            >
              {t('retention.case.addAction')}
            </Button>
          ) : null}
        </Group>
        {retentionCase.actions.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="retention-actions-empty">
            {open ? t('retention.case.noActions') : t('retention.case.noActionsDecided')}
          </Text>
        ) : (
          <ActionsTable
            actions={retentionCase.actions}
            busyId={busyId}
            onStatus={(action, status) => void setStatus(action, status)}
            onEdit={(action) => setDialog({ kind: 'action', action })}
          />
        )}
      </Card>
      <ActionFormModal
        opened={dialog.kind === 'action'}
        onClose={close}
        caseId={retentionCase.id}
        partnerName={retentionCase.partnerName}
        action={dialog.kind === 'action' ? dialog.action : null}
      />
      <RunPlaybookModal
        opened={dialog.kind === 'run'}
        onClose={close}
        partnerId={retentionCase.partnerId}
        partnerName={retentionCase.partnerName}
        caseId={retentionCase.id}
        hasOpenCase
        initialPlaybookId={dialog.kind === 'run' ? dialog.playbookId : null}
      />
      <OutcomeModal opened={dialog.kind === 'outcome'} onClose={close} retentionCase={retentionCase} />
      <MarkAtRiskModal
        opened={dialog.kind === 'edit'}
        onClose={close}
        partner={{
          id: retentionCase.partnerId,
          name: retentionCase.partnerName,
          ownerId: retentionCase.ownerId,
        }}
        editing={retentionCase}
      />
    </>
  );
}

/** A case the loyalty score opened: says so, with the playbook it suggests and a way to run it. */
function LoyaltySuggestion({
  retentionCase,
  onRun,
}: {
  retentionCase: RetentionCase;
  onRun: (playbookId: string) => void;
}) {
  const { t } = useTranslation();
  const { suggestedPlaybookId, suggestedPlaybookName } = retentionCase;
  return (
    <Alert
      color="violet"
      variant="light"
      icon={<IconChartDots size={18} aria-hidden />}
      title={t('retention.case.raisedByLoyalty')}
      data-testid="loyalty-suggestion"
    >
      <Group justify="space-between" wrap="wrap" gap="sm" align="center">
        <Stack gap={2}>
          <Text size="sm">
            {suggestedPlaybookName
              ? t('retention.case.suggestedPlaybook', { name: suggestedPlaybookName })
              : t('retention.case.noSuggestedPlaybook')}
          </Text>
          <Anchor component={Link} to={`/partners/${retentionCase.partnerId}`} size="sm">
            {t('retention.case.seeLoyalty')}
          </Anchor>
        </Stack>
        {suggestedPlaybookId && suggestedPlaybookName && retentionCase.outcome === 'open' ? (
          <Button
            size="xs"
            leftSection={<IconPlayerPlay size={16} aria-hidden />}
            onClick={() => onRun(suggestedPlaybookId)}
          >
            {t('retention.case.runSuggested', { name: suggestedPlaybookName })}
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

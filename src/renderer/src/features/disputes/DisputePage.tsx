// One case: its facts, parties, SLA, the workflow buttons and the permanent timeline of steps.
// Every write here is case history: a plain notice confirms it, and there is no Undo.
import { severityColors, statusColors } from './dispute-colors';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordNotFound } from '../../components/RecordNotFound/RecordNotFound';
import { Link, useParams } from 'react-router';
import {
  isOpenDisputeStatus,
  type Dispute,
  type DisputeEntry,
  type DisputeStatus,
} from '../../../../shared/disputes';
import { CoreError } from '../../../../shared/errors';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { dateTime } from '../../i18n/date-format';
import { errorText } from '../../i18n/error-text';
import { AddEntryForm } from './AddEntryForm';
import { ConflictAlert } from './ConflictAlert';
import { DisputeFormModal } from './DisputeFormModal';
import { DisputeTimeline } from './DisputeTimeline';
import { formatMoney } from './money';
import { SlaBadge } from './SlaBadge';
import { isTextMove, TransitionModal } from './TransitionModal';
import { useContactsById } from './use-records-by-id';

export function DisputePage() {
  const { disputeId = '' } = useParams();
  const dispute = useCoreQuery('disputes.get', { id: disputeId });
  if (dispute.error instanceof CoreError && dispute.error.code === 'NOT_FOUND') return <CaseNotFound />;
  if (dispute.error) return <QueryErrorAlert error={dispute.error} onRetry={() => void dispute.refetch()} />;
  if (!dispute.data) return <CaseSkeleton />;
  return <CaseView dispute={dispute.data} onReload={() => void dispute.refetch()} />;
}

function CaseView({ dispute, onReload }: { dispute: Dispute; onReload: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState<DisputeStatus | null>(null);
  const [correcting, setCorrecting] = useState<DisputeEntry | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const move = useCoreMutation('disputes.transition');

  async function moveTo(to: DisputeStatus) {
    setConflict(null);
    if (isTextMove(to)) {
      setMoving(to);
      return;
    }
    try {
      await move.mutateAsync({ id: dispute.id, revision: dispute.revision, to });
      notifications.show({ color: 'teal', message: t(`disputes.moved.${to}`, { title: dispute.title }) });
    } catch (error) {
      if (error instanceof CoreError && error.code === 'CONFLICT') setConflict(error.message);
      else
        notifications.show({
          color: 'red',
          title: t('disputes.page.moveFailed'),
          message: errorText(t, error),
        });
    }
  }

  const moveLabel = (to: DisputeStatus) =>
    to === 'investigating' && dispute.status !== 'open'
      ? t('disputes.move.backToInvestigating')
      : t(`disputes.move.${to}`);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/disputes" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('disputes.page.backToList')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6}>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {dispute.title}
          </Title>
          <Group gap="xs">
            <Badge variant="outline" color="gray">
              {t(`disputes.kind.${dispute.kind}`)}
            </Badge>
            <Badge color={severityColors[dispute.severity]} variant="light" data-testid="case-severity">
              {t(`disputes.severity.${dispute.severity}`)}
            </Badge>
            <Badge color={statusColors[dispute.status]} variant="filled" data-testid="case-status">
              {t(`disputes.status.${dispute.status}`)}
            </Badge>
          </Group>
        </Stack>
        <Button
          variant="default"
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={() => setEditing(true)}
        >
          {t('disputes.page.edit')}
        </Button>
      </Group>

      <SlaCard dispute={dispute} />

      <Card withBorder padding="lg" component="section" aria-labelledby="case-workflow">
        <Title order={2} size="h4" id="case-workflow" mb="sm">
          {t('disputes.page.workflow')}
        </Title>
        {dispute.allowedTransitions.length ? (
          <Group gap="sm">
            {dispute.allowedTransitions.map((to) => (
              <Button
                key={to}
                variant={to === 'escalated' ? 'light' : 'filled'}
                color={to === 'escalated' ? 'red' : statusColors[to]}
                loading={move.isPending && move.variables.to === to}
                onClick={() => void moveTo(to)}
              >
                {moveLabel(to)}
              </Button>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('disputes.page.noMoves')}
          </Text>
        )}
        {conflict ? (
          <Stack mt="sm">
            <ConflictAlert
              message={conflict}
              onReload={() => {
                setConflict(null);
                onReload();
              }}
            />
          </Stack>
        ) : null}
      </Card>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <FactsCard dispute={dispute} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <TextsCard dispute={dispute} />
        </Grid.Col>
      </Grid>

      <Card withBorder padding="lg" component="section" aria-labelledby="case-timeline">
        <Title order={2} size="h4" id="case-timeline">
          {t('disputes.timeline.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('disputes.timeline.description')}
        </Text>
        <Stack gap="lg">
          <DisputeTimeline
            entries={dispute.entries}
            onCorrect={(entry) => {
              setCorrecting(entry);
              requestAnimationFrame(() =>
                document.getElementById('case-add-entry')?.scrollIntoView({ behavior: 'smooth' }),
              );
            }}
          />
          <div id="case-add-entry">
            <AddEntryForm
              key={correcting?.id ?? 'step'}
              disputeId={dispute.id}
              correcting={correcting}
              onStopCorrecting={() => setCorrecting(null)}
            />
          </div>
        </Stack>
      </Card>

      <DisputeFormModal opened={editing} onClose={() => setEditing(false)} disputeId={dispute.id} />
      <TransitionModal
        dispute={dispute}
        to={moving && isTextMove(moving) ? moving : null}
        onClose={() => setMoving(null)}
      />
    </Stack>
  );
}

function SlaCard({ dispute }: { dispute: Dispute }) {
  const { t, i18n } = useTranslation();
  const open = isOpenDisputeStatus(dispute.status);
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-label={t('disputes.page.sla')}
      data-testid="case-sla"
    >
      <Group gap="md" wrap="wrap">
        <Text fw={600}>{t('disputes.page.sla')}</Text>
        <SlaBadge sla={dispute.sla} size="md" />
        <Text size="sm" c="dimmed">
          {t('disputes.page.dueAt', { date: dateTime(dispute.sla.dueAt, i18n.language) })}
        </Text>
      </Group>
      {open && dispute.sla.breached ? (
        <Alert color="red" variant="filled" mt="sm" icon={<IconAlertTriangle size={18} aria-hidden />}>
          {t('disputes.page.breachedOpen')}
        </Alert>
      ) : null}
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={500} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

function FactsCard({ dispute }: { dispute: Dispute }) {
  const { t, i18n } = useTranslation();
  const owners = useCoreQuery('owners.list', {});
  const contacts = useContactsById(dispute.contactIds);
  const ownerName = (id: string) => owners.data?.find((o) => o.id === id)?.name ?? '…';
  const none = (
    <Text size="sm" c="dimmed">
      {t('disputes.page.none')}
    </Text>
  );
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="case-facts" h="100%">
      <Title order={2} size="h4" id="case-facts" mb="md">
        {t('disputes.page.facts')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
        <Fact label={t('disputes.page.partners')}>
          <Stack gap={2}>
            {dispute.partners.map((partner, index) => (
              <Text size="sm" key={partner.id}>
                {/* Underlined: next to "(lead)" the link must not depend on its colour alone. */}
                <Anchor component={Link} to={`/partners/${partner.id}`} underline="always">
                  {partner.name}
                </Anchor>
                {index === 0 && dispute.partners.length > 1 ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({t('disputes.page.lead')})
                  </Text>
                ) : null}
              </Text>
            ))}
          </Stack>
        </Fact>
        <Fact label={t('disputes.page.contacts')}>
          {dispute.contactIds.length ? (
            <Text size="sm">{dispute.contactIds.map((id) => contacts.get(id)?.name ?? '…').join(', ')}</Text>
          ) : (
            none
          )}
        </Fact>
        <Fact label={t('disputes.page.owner')}>
          <Text size="sm">{dispute.ownerName ?? t('disputes.page.nobody')}</Text>
        </Fact>
        <Fact label={t('disputes.page.reporter')}>
          <Text size="sm">{dispute.reporterName ?? t('disputes.page.nobody')}</Text>
        </Fact>
        <Fact label={t('disputes.page.teammates')}>
          {dispute.teammateIds.length ? (
            <Text size="sm">{dispute.teammateIds.map(ownerName).join(', ')}</Text>
          ) : (
            none
          )}
        </Fact>
        <Fact label={t('disputes.page.rootCause')}>
          {dispute.rootCause ? <Text size="sm">{t(`disputes.rootCause.${dispute.rootCause}`)}</Text> : none}
        </Fact>
        <Fact label={t('disputes.page.compensation')}>
          {dispute.compensation ? (
            <Text size="sm" data-testid="case-compensation">
              {formatMoney(dispute.compensation, i18n.language)}
            </Text>
          ) : (
            none
          )}
        </Fact>
        <Fact label={t('disputes.page.opened')}>
          <Text size="sm">{dateTime(dispute.openedAt, i18n.language)}</Text>
        </Fact>
        {dispute.resolvedAt ? (
          <Fact label={t('disputes.page.resolvedAt')}>
            <Text size="sm">{dateTime(dispute.resolvedAt, i18n.language)}</Text>
          </Fact>
        ) : null}
        {dispute.closedAt ? (
          <Fact label={t('disputes.page.closedAt')}>
            <Text size="sm">{dateTime(dispute.closedAt, i18n.language)}</Text>
          </Fact>
        ) : null}
      </SimpleGrid>
    </Card>
  );
}

function TextsCard({ dispute }: { dispute: Dispute }) {
  const { t } = useTranslation();
  const block = (label: string, text: string, testId: string) => (
    <Fact label={label}>
      <Text
        size="sm"
        c={text ? undefined : 'dimmed'}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        data-testid={testId}
      >
        {text || t('disputes.page.notYet')}
      </Text>
    </Fact>
  );
  return (
    <Card withBorder padding="lg" component="section" h="100%">
      <Stack gap="md">
        {block(t('disputes.page.description'), dispute.description, 'case-description')}
        {block(t('disputes.page.resolution'), dispute.resolution, 'case-resolution')}
        {block(t('disputes.page.lessons'), dispute.lessonsLearned, 'case-lessons')}
      </Stack>
    </Card>
  );
}

function CaseNotFound() {
  const { t } = useTranslation();
  return (
    <RecordNotFound
      title={t('disputes.page.notFoundTitle')}
      message={t('disputes.page.notFoundMessage')}
      backTo="/disputes"
      backLabel={t('disputes.page.backToList')}
      testId="case-not-found"
    />
  );
}

function CaseSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" aria-busy="true" aria-label={t('disputes.page.loading')}>
      <Skeleton height={32} width="50%" />
      <Skeleton height={20} width="30%" />
      <Skeleton height={80} />
      <Skeleton height={240} />
    </Stack>
  );
}

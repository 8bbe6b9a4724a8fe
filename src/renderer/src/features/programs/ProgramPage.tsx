// One program: its header (kind, status, period, budget; Edit and the status moves, each confirmed)
// and tabs kept in the address (?tab=rules) for the overview, rules, participants, claims,
// rewards, redemptions, funds, leaderboard and settlement, most of them other features' panels.
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordNotFound } from '../../components/RecordNotFound/RecordNotFound';
import { Link, useParams, useSearchParams } from 'react-router';
import { CoreError } from '../../../../shared/errors';
import type { Program, ProgramStatus } from '../../../../shared/programs';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { ProgramClaims } from '../claims/ProgramClaims';
import { ProgramFunds } from '../funds/ProgramFunds';
import { ProgramLeaderboard } from '../gamification/ProgramLeaderboard';
import { ProgramResults } from '../gamification/ProgramResults';
import { useAnnounceWrite } from '../history/use-undo';
import { ProgramSettlement } from '../incentives/ProgramSettlement';
import { ProgramRedemptions } from '../rewards/ProgramRedemptions';
import { ProgramRewards } from '../rewards/ProgramRewards';
import { formatMinor } from '../sales/sales-money';
import { localToday } from '../visit-notes/local-day';
import { ParticipantsTab } from './ParticipantsTab';
import { periodText, programStatusColors } from './program-format';
import { ProgramFormModal } from './ProgramFormModal';
import { RulesEditor } from './RulesEditor';
import { ConfirmProgramChangeModal } from './ConfirmProgramChangeModal';

const tabs = [
  'overview',
  'rules',
  'participants',
  'claims',
  'rewards',
  'redemptions',
  'funds',
  'leaderboard',
  'settlement',
] as const;
type ProgramTab = (typeof tabs)[number];

export function ProgramPage() {
  const { programId = '' } = useParams();
  const program = useCoreQuery('programs.get', { id: programId });
  if (program.error instanceof CoreError && program.error.code === 'NOT_FOUND') return <ProgramNotFound />;
  if (program.error) return <QueryErrorAlert error={program.error} onRetry={() => void program.refetch()} />;
  if (!program.data) return <ProgramSkeleton />;
  return <ProgramView program={program.data} />;
}

/** The moves the header offers from each status (the core still has the last word). */
const movesFrom: Record<ProgramStatus, ProgramStatus[]> = {
  draft: ['active'],
  active: ['ended'],
  ended: ['active'],
};

function ProgramView({ program }: { program: Program }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') ?? 'overview';
  const tab: ProgramTab = (tabs as readonly string[]).includes(requested)
    ? (requested as ProgramTab)
    : 'overview';
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState<ProgramStatus | null>(null);

  const chooseTab = (next: string | null) => {
    const nextParams = new URLSearchParams(params);
    if (!next || next === 'overview') nextParams.delete('tab');
    else nextParams.set('tab', next);
    setParams(nextParams, { replace: true });
  };
  const moveLabel = (to: ProgramStatus) => t(moveLabelKey(program.status, to));
  const number = new Intl.NumberFormat(locale);
  // Most tabs are other features' panels; only the chosen one is mounted (keepMounted={false}).
  const panels: Record<ProgramTab, ReactNode> = {
    overview: <ProgramResults programId={program.id} />,
    rules: <RulesEditor program={program} />,
    participants: <ParticipantsTab program={program} />,
    claims: <ProgramClaims programId={program.id} />,
    rewards: <ProgramRewards programId={program.id} />,
    redemptions: <ProgramRedemptions programId={program.id} />,
    funds: <ProgramFunds programId={program.id} />,
    leaderboard: <ProgramLeaderboard programId={program.id} />,
    settlement: <ProgramSettlement programId={program.id} />,
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/programs" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('programs.page.backToList')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={6}>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {program.name}
          </Title>
          <Group gap="xs">
            <Badge variant="outline" color="gray">
              {t(`programs.kind.${program.kind}`)}
            </Badge>
            <Badge color={programStatusColors[program.status]} variant="filled" data-testid="program-status">
              {t(`programs.status.${program.status}`)}
            </Badge>
            <Text size="sm" c="dimmed">
              {periodText(program.startsOn, program.endsOn, locale)}
            </Text>
          </Group>
        </Stack>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            {t('programs.page.edit')}
          </Button>
          {movesFrom[program.status].map((to) => (
            <Button
              key={to}
              color={to === 'ended' ? 'red' : 'teal'}
              variant={to === 'ended' ? 'light' : 'filled'}
              onClick={() => setConfirming(to)}
            >
              {moveLabel(to)}
            </Button>
          ))}
        </Group>
      </Group>
      {program.description ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {program.description}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <Fact label={t('programs.page.budget')}>
          {formatMinor(program.budgetMinor, program.currency, locale)}
        </Fact>
        <Fact label={t('programs.page.pointValue')}>
          {formatMinor(program.pointValueMinor, program.currency, locale)}
        </Fact>
        <Fact label={t('programs.page.expiry')}>
          {program.pointsExpiryMonths
            ? t('programs.page.expiryMonths', { count: program.pointsExpiryMonths })
            : t('programs.page.neverExpire')}
        </Fact>
        <Fact label={t('programs.page.participants')}>{number.format(program.participants)}</Fact>
      </SimpleGrid>

      <Tabs value={tab} onChange={chooseTab} keepMounted={false}>
        <Tabs.List aria-label={t('programs.page.tabs')}>
          {tabs.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`programs.page.tab.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((name) => (
          <Tabs.Panel key={name} value={name} pt="md">
            {panels[name]}
          </Tabs.Panel>
        ))}
      </Tabs>

      <ProgramFormModal opened={editing} onClose={() => setEditing(false)} program={program} />
      <StatusMoveModal program={program} to={confirming} onClose={() => setConfirming(null)} />
    </Stack>
  );
}

function moveLabelKey(from: ProgramStatus, to: ProgramStatus): string {
  if (to === 'active') return from === 'ended' ? 'programs.page.reactivate' : 'programs.page.activate';
  return to === 'ended' ? 'programs.page.end' : 'programs.page.backToDraft';
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{children}</Text>
    </Card>
  );
}

function StatusMoveModal({
  program,
  to,
  onClose,
}: {
  program: Program;
  to: ProgramStatus | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const move = useCoreMutation('programs.setStatus');
  const [failure, setFailure] = useState<string | null>(null);
  const reactivating = program.status === 'ended' && to === 'active';
  const which = reactivating ? 'reactivate' : to === 'active' ? 'activate' : to === 'ended' ? 'end' : 'draft';
  const params = { name: program.name, endsOn: program.endsOn };

  async function confirm() {
    if (!to) return;
    setFailure(null);
    try {
      const result = await move.mutateAsync({
        id: program.id,
        status: to,
        revision: program.revision,
        today: localToday(),
      });
      announce(t(`programs.page.moved.${to}`, { name: program.name }), result.batchId);
      onClose();
    } catch (error) {
      const field = error instanceof CoreError ? error.fields?.status : undefined;
      setFailure(field ? fieldMessageText(t, field) : errorText(t, error));
    }
  }

  const close = () => {
    setFailure(null);
    onClose();
  };
  return (
    <ConfirmProgramChangeModal
      opened={to !== null}
      title={t(`programs.page.confirm.${which}Title`, params)}
      body={t(`programs.page.confirm.${which}Body`, params)}
      failure={failure}
      confirmLabel={to ? t(moveLabelKey(program.status, to)) : ''}
      confirmColor={to === 'ended' ? 'red' : 'teal'}
      busy={move.isPending}
      onCancel={close}
      onConfirm={() => void confirm()}
    />
  );
}

function ProgramNotFound() {
  const { t } = useTranslation();
  return (
    <RecordNotFound
      title={t('programs.page.notFoundTitle')}
      message={t('programs.page.notFoundMessage')}
      backTo="/programs"
      backLabel={t('programs.page.backToList')}
      testId="program-not-found"
    />
  );
}

function ProgramSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" aria-busy="true" aria-label={t('programs.page.loading')}>
      <Skeleton height={32} width="50%" />
      <Skeleton height={20} width="30%" />
      <Skeleton height={64} />
      <Skeleton height={240} />
    </Stack>
  );
}

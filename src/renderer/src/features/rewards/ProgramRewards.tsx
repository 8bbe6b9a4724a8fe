// A program's rewards catalog tab: each reward with its kind, points cost, stock left and the
// tiers that may redeem it; add and edit in a modal. Rewards no longer offered stay listed, dimmed.
import { Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reward } from '../../../../shared/rewards';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useTiers } from '../dashboard/use-tier-names';
import { formatPoints } from '../ledger/ledger-format';
import { localToday } from '../visit-notes/local-day';
import { RewardFormModal } from './RewardFormModal';
import { RewardKindIcon } from './RewardKindIcon';

export function ProgramRewards({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const rewards = useCoreQuery('rewards.list', { programId, includeInactive: true, today: localToday() });
  const [editing, setEditing] = useState<Reward | 'new' | null>(null);
  return (
    <Stack gap="md" data-program={programId}>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('ledger.rewards.title')}
        </Title>
        <Button size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          {t('ledger.rewards.add')}
        </Button>
      </Group>
      {rewards.error ? (
        <QueryErrorAlert
          error={rewards.error}
          title={t('ledger.rewards.loadFailed')}
          onRetry={() => void rewards.refetch()}
        />
      ) : !rewards.data ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy="true">
          <Skeleton height={130} />
          <Skeleton height={130} />
          <Skeleton height={130} />
        </SimpleGrid>
      ) : rewards.data.rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="rewards-empty">
          {t('ledger.rewards.empty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {rewards.data.rows.map((reward) => (
            <RewardCard key={reward.id} reward={reward} onEdit={() => setEditing(reward)} />
          ))}
        </SimpleGrid>
      )}
      <RewardFormModal reward={editing} programId={programId} onClose={() => setEditing(null)} />
    </Stack>
  );
}

function RewardCard({ reward, onEdit }: { reward: Reward; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const { nameOf } = useTiers();
  const soldOut = reward.available === 0;
  return (
    <Card withBorder padding="md" style={{ opacity: reward.active ? 1 : 0.6 }} data-testid="reward-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <RewardKindIcon kind={reward.kind} size={36} />
          <Stack gap={0}>
            <Text fw={600} lineClamp={2}>
              {reward.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`ledger.rewards.kinds.${reward.kind}`)}
            </Text>
          </Stack>
        </Group>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPencil size={14} aria-hidden />}
          aria-label={t('ledger.rewards.edit', { name: reward.name })}
          onClick={onEdit}
        >
          {t('ledger.rewards.editShort')}
        </Button>
      </Group>
      <Text size="lg" fw={700}>
        {t('ledger.card.pointsValue', { points: formatPoints(reward.pointsCost, i18n.language) })}
      </Text>
      {reward.description ? (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {reward.description}
        </Text>
      ) : null}
      <Group gap={6} mt="sm">
        <Badge variant="light" color={soldOut ? 'red' : 'gray'}>
          {reward.stock === null
            ? t('ledger.rewards.unlimited')
            : soldOut
              ? t('ledger.redeem.unavailable.stock')
              : t('ledger.rewards.stockLeft', { available: reward.available, stock: reward.stock })}
        </Badge>
        {reward.tiers.length === 0 ? (
          <Badge variant="light" color="gray">
            {t('ledger.rewards.allTiers')}
          </Badge>
        ) : (
          reward.tiers.map((tier) => (
            <Badge key={tier} variant="light" color="indigo">
              {nameOf(tier)}
            </Badge>
          ))
        )}
        {!reward.active ? (
          <Badge variant="outline" color="gray">
            {t('ledger.rewards.inactive')}
          </Badge>
        ) : null}
        {reward.redeemed > 0 ? (
          <Text size="xs" c="dimmed">
            {t('ledger.rewards.redeemed', { count: reward.redeemed })}
          </Text>
        ) : null}
      </Group>
    </Card>
  );
}

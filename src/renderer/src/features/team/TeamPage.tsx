// The team page (administrators): the workspace's users with their roles, regions and access,
// the invitations not used yet, and inviting a teammate.
import { Button, EmptyState, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TeamUser } from '../../../../shared/sync-protocol';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { coreQueryKey } from '../../api/query-keys';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText } from '../../i18n/error-text';
import { isTeamAdmin, useSyncStatus } from '../sync/use-sync-status';
import { ConfirmAccessModal } from './ConfirmAccessModal';
import { EditUserModal } from './EditUserModal';
import { InviteModal } from './InviteModal';
import { PendingInvitations } from './PendingInvitations';
import { TeamUsersTable } from './TeamUsersTable';

export function TeamPage() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  if (!status.data) return <Skeleton height={240} aria-busy="true" />;
  if (!isTeamAdmin(status.data)) {
    return (
      <EmptyState mt="xl" icon={<IconUsersGroup size={28} aria-hidden />} withIndicatorBackground>
        {/* The page's heading, as on every other page (the title prop renders a plain div). */}
        <EmptyState.Title order={1}>{t('team.title')}</EmptyState.Title>
        <EmptyState.Description>
          {t(status.data.state === 'off' ? 'team.notConnected' : 'team.adminOnly')}
        </EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/settings#team-sync" variant="light">
            {t('team.openSettings')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return <TeamAdmin workspace={status.data.workspace?.name ?? ''} myEmail={status.data.user?.email ?? ''} />;
}

function TeamAdmin({ workspace, myEmail }: { workspace: string; myEmail: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const team = useCoreQuery('team.list', {});
  const owners = useCoreQuery('owners.list', {});
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<TeamUser | null>(null);
  const [changingAccess, setChangingAccess] = useState<TeamUser | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: coreQueryKey('team.list', {}) });
  const ownerName = (id: string) => owners.data?.find((owner) => owner.id === id)?.name ?? '—';

  async function setAccess(user: TeamUser) {
    setBusy(true);
    const revoke = !user.revoked;
    try {
      await call('team.updateUser', { userId: user.id, revoked: revoke });
      notifications.show({
        color: 'teal',
        message: t(revoke ? 'team.revoke.done' : 'team.revoke.restored', { name: user.name }),
      });
      await refresh();
      setChangingAccess(null);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('team.edit.failed', { name: user.name }),
        message: errorText(t, error),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('team.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('team.description', { workspace })}
          </Text>
        </div>
        <Button
          leftSection={<IconUserPlus size={16} aria-hidden />}
          onClick={() => setInviting(true)}
          disabled={!team.data}
        >
          {t('team.invite.open')}
        </Button>
      </Group>
      {team.error ? (
        <QueryErrorAlert
          error={team.error}
          onRetry={() => void team.refetch()}
          title={t('team.loadFailed')}
        />
      ) : !team.data ? (
        <Skeleton height={200} />
      ) : (
        <>
          <TeamUsersTable
            users={team.data.users}
            myEmail={myEmail}
            onEdit={setEditing}
            onChangeAccess={setChangingAccess}
          />
          <PendingInvitations invitations={team.data.invitations} ownerName={ownerName} />
        </>
      )}
      <InviteModal
        opened={inviting}
        users={team.data?.users ?? []}
        onClose={() => setInviting(false)}
        onInvited={() => void refresh()}
      />
      <EditUserModal
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void refresh();
        }}
      />
      <ConfirmAccessModal
        user={changingAccess}
        loading={busy}
        onCancel={() => setChangingAccess(null)}
        onConfirm={(user) => void setAccess(user)}
      />
    </Stack>
  );
}

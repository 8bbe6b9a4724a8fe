// The team page (administrators): the workspace's users with their roles, regions and access,
// the invitations not used yet, and inviting a teammate.
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconLockOpen, IconPencil, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TeamUser } from '../../../../shared/sync-protocol';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { coreQueryKey } from '../../api/query-keys';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { dateTime } from '../../i18n/date-format';
import { errorText } from '../../i18n/error-text';
import { isTeamAdmin, useSyncStatus } from '../sync/use-sync-status';
import { ConfirmAccessModal } from './ConfirmAccessModal';
import { EditUserModal } from './EditUserModal';
import { InviteModal } from './InviteModal';
import { regionsText } from './team-regions';

export function TeamPage() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  if (!status.data) return <Skeleton height={240} aria-busy="true" />;
  if (!isTeamAdmin(status.data)) {
    return (
      <EmptyState
        mt="xl"
        icon={<IconUsersGroup size={28} aria-hidden />}
        withIndicatorBackground
        title={t('team.title')}
        description={t(status.data.state === 'off' ? 'team.notConnected' : 'team.adminOnly')}
      >
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
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const team = useCoreQuery('team.list', {});
  const owners = useCoreQuery('owners.list', {});
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<TeamUser | null>(null);
  const [changingAccess, setChangingAccess] = useState<TeamUser | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: coreQueryKey('team.list', {}) });
  const ownerName = (id: string) => owners.data?.find((owner) => owner.id === id)?.name ?? '—';
  const regionWords = { all: t('team.users.allRegions'), none: t('team.users.noRegions') };

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
          <Card withBorder padding="lg" component="section" aria-labelledby="team-users">
            <Title order={2} size="h4" id="team-users" mb="sm">
              {t('team.users.title')}
            </Title>
            {team.data.users.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('team.users.none')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={720}>
                <Table verticalSpacing="xs" aria-label={t('team.users.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('team.users.name')}</Table.Th>
                      <Table.Th>{t('team.users.email')}</Table.Th>
                      <Table.Th>{t('team.users.role')}</Table.Th>
                      <Table.Th>{t('team.users.regions')}</Table.Th>
                      <Table.Th>{t('team.users.status')}</Table.Th>
                      <Table.Th>
                        <VisuallyHidden>{t('team.users.actions')}</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {team.data.users.map((user) => {
                      const me = user.email === myEmail;
                      return (
                        <Table.Tr key={user.id} c={user.revoked ? 'dimmed' : undefined}>
                          <Table.Td style={{ overflowWrap: 'anywhere' }}>
                            {user.name}
                            {me ? (
                              <Text span size="xs" c="dimmed">
                                {' '}
                                ({t('team.users.you')})
                              </Text>
                            ) : null}
                          </Table.Td>
                          <Table.Td style={{ overflowWrap: 'anywhere' }}>{user.email}</Table.Td>
                          <Table.Td>{t(`sync.role.${user.role}`)}</Table.Td>
                          <Table.Td style={{ overflowWrap: 'anywhere' }}>
                            {regionsText(user.role, user.regions, regionWords)}
                          </Table.Td>
                          <Table.Td>
                            <Badge
                              variant="light"
                              color={user.revoked ? 'gray' : 'teal'}
                              leftSection={
                                user.revoked ? (
                                  <IconLock size={12} aria-hidden />
                                ) : (
                                  <IconLockOpen size={12} aria-hidden />
                                )
                              }
                            >
                              {t(user.revoked ? 'team.users.revoked' : 'team.users.active')}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            {me ? null : (
                              <Group gap={4} justify="flex-end" wrap="nowrap">
                                <Tooltip label={t('team.users.edit', { name: user.name })}>
                                  <ActionIcon
                                    variant="subtle"
                                    aria-label={t('team.users.edit', { name: user.name })}
                                    onClick={() => setEditing(user)}
                                  >
                                    <IconPencil size={16} aria-hidden />
                                  </ActionIcon>
                                </Tooltip>
                                <Tooltip
                                  label={t(user.revoked ? 'team.users.restore' : 'team.users.revoke', {
                                    name: user.name,
                                  })}
                                >
                                  <ActionIcon
                                    variant="subtle"
                                    color={user.revoked ? 'teal' : 'red'}
                                    aria-label={t(user.revoked ? 'team.users.restore' : 'team.users.revoke', {
                                      name: user.name,
                                    })}
                                    onClick={() => setChangingAccess(user)}
                                  >
                                    {user.revoked ? (
                                      <IconLockOpen size={16} aria-hidden />
                                    ) : (
                                      <IconLock size={16} aria-hidden />
                                    )}
                                  </ActionIcon>
                                </Tooltip>
                              </Group>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
          <Card withBorder padding="lg" component="section" aria-labelledby="team-invitations">
            <Title order={2} size="h4" id="team-invitations" mb="sm">
              {t('team.invitations.title')}
            </Title>
            {team.data.invitations.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('team.invitations.none')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table verticalSpacing="xs" aria-label={t('team.invitations.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('team.invitations.for')}</Table.Th>
                      <Table.Th>{t('team.invitations.owner')}</Table.Th>
                      <Table.Th>{t('team.users.role')}</Table.Th>
                      <Table.Th>{t('team.users.regions')}</Table.Th>
                      <Table.Th>{t('team.invitations.expires')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {team.data.invitations.map((invitation) => (
                      <Table.Tr key={invitation.id}>
                        <Table.Td style={{ overflowWrap: 'anywhere' }}>
                          {invitation.note || (
                            <Text span size="sm" c="dimmed">
                              {t('team.invitations.noNote')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{ownerName(invitation.ownerId)}</Table.Td>
                        <Table.Td>{t(`sync.role.${invitation.role}`)}</Table.Td>
                        <Table.Td>{regionsText(invitation.role, invitation.regions, regionWords)}</Table.Td>
                        <Table.Td>
                          <time dateTime={invitation.expiresAt}>
                            {dateTime(invitation.expiresAt, i18n.language)}
                          </time>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
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

// The workspace's users as an admin sees them: role, regions, access, and the actions to change
// role and regions or to revoke and restore access (never on one's own row).
import { ActionIcon, Badge, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconLock, IconLockOpen, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TeamUser } from '../../../../shared/sync-protocol';
import { regionsText } from './team-regions';
import { TeamTableCard } from './TeamTableCard';

export function TeamUsersTable({
  users,
  myEmail,
  onEdit,
  onChangeAccess,
}: {
  users: readonly TeamUser[];
  myEmail: string;
  onEdit: (user: TeamUser) => void;
  onChangeAccess: (user: TeamUser) => void;
}) {
  const { t } = useTranslation();
  const regionWords = { all: t('team.users.allRegions'), none: t('team.users.noRegions') };
  return (
    <TeamTableCard
      id="team-users"
      title={t('team.users.title')}
      empty={t('team.users.none')}
      isEmpty={users.length === 0}
      minWidth={720}
    >
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
        {users.map((user) => {
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
                    user.revoked ? <IconLock size={12} aria-hidden /> : <IconLockOpen size={12} aria-hidden />
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
                        onClick={() => onEdit(user)}
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
                        onClick={() => onChangeAccess(user)}
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
    </TeamTableCard>
  );
}

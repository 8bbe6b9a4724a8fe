// Invitations not used yet: who each is for, the owner it stands for, role, regions and expiry.
// The codes themselves are never listed: they are shown once, when made.
import { Table, Text } from '@mantine/core';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { teamListOutputSchema } from '../../../../shared/sync';
import { dateTime } from '../../i18n/date-format';
import { regionsText } from './team-regions';
import { TeamTableCard } from './TeamTableCard';

type Invitation = z.output<typeof teamListOutputSchema>['invitations'][number];

export function PendingInvitations({
  invitations,
  ownerName,
}: {
  invitations: readonly Invitation[];
  ownerName: (ownerId: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const regionWords = { all: t('team.users.allRegions'), none: t('team.users.noRegions') };
  return (
    <TeamTableCard
      id="team-invitations"
      title={t('team.invitations.title')}
      empty={t('team.invitations.none')}
      isEmpty={invitations.length === 0}
      minWidth={640}
    >
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
        {invitations.map((invitation) => (
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
              <time dateTime={invitation.expiresAt}>{dateTime(invitation.expiresAt, i18n.language)}</time>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </TeamTableCard>
  );
}

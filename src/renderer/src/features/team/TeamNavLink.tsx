// The navigation's "Team" entry: only an administrator of the connected workspace sees it.
import { NavLink } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isTeamAdmin, useSyncStatus } from '../sync/use-sync-status';

export function TeamNavLink({ active, onClick }: { active: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  const status = useSyncStatus();
  if (!isTeamAdmin(status.data)) return null;
  return (
    <NavLink
      component={Link}
      to="/team"
      label={t('team.nav')}
      leftSection={<IconUsersGroup size={18} aria-hidden />}
      active={active}
      onClick={onClick}
    />
  );
}

// A user's role and regions, as picked when inviting and when changing a user: an administrator
// sees every region, so the regions are asked only for the other roles.
import { Select, TagsInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../../shared/sync-protocol';

export interface RoleRegionsFieldsProps {
  role: Role;
  regions: string[];
  choices: string[];
  onRole: (role: Role) => void;
  onRegions: (regions: string[]) => void;
  regionsError?: string;
}

export function RoleRegionsFields({
  role,
  regions,
  choices,
  onRole,
  onRegions,
  regionsError,
}: RoleRegionsFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t('team.invite.role')}
        withAsterisk
        aria-label={t('team.invite.role')}
        description={t(`team.invite.roleHint.${role}`)}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        data={roles.map((value) => ({ value, label: t(`sync.role.${value}`) }))}
        value={role}
        onChange={(value) => value && onRole(value as Role)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      {role === 'admin' ? (
        <Text size="sm" c="dimmed">
          {t('team.invite.regionsAdmin')}
        </Text>
      ) : (
        <TagsInput
          label={t('team.invite.regions')}
          withAsterisk
          aria-label={t('team.invite.regions')}
          description={t('team.invite.regionsHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          placeholder={regions.length === 0 ? t('team.invite.regionsPlaceholder') : undefined}
          data={choices}
          value={regions}
          onChange={onRegions}
          error={regionsError}
          clearable
          acceptValueOnBlur
          comboboxProps={{ withinPortal: true }}
        />
      )}
    </>
  );
}

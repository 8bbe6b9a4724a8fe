// Changes a user's role and regions; the server applies them from their next request on.
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import type { Role, TeamUser } from '../../../../shared/sync-protocol';
import { call } from '../../api/client';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { RoleRegionsFields } from './RoleRegionsFields';
import { useRegionChoices } from './use-region-choices';

export interface EditUserModalProps {
  user: TeamUser | null;
  onClose: () => void;
  onSaved: () => void;
}

export function EditUserModal({ user, onClose, onSaved }: EditUserModalProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>('account_owner');
  const [regions, setRegions] = useState<string[]>([]);
  const [regionsError, setRegionsError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const choices = useRegionChoices(user?.regions);

  useEffect(() => {
    if (!user) return;
    setRole(user.role);
    setRegions(user.regions);
    setRegionsError(undefined);
    setFailure(null);
  }, [user]);

  async function save(target: TeamUser) {
    setFailure(null);
    if (role !== 'admin' && regions.length === 0) {
      setRegionsError(t('team.invite.errors.regions'));
      return;
    }
    setSaving(true);
    try {
      await call('team.updateUser', { userId: target.id, role, regions: role === 'admin' ? [] : regions });
      notifications.show({ color: 'teal', message: t('team.edit.saved', { name: target.name }) });
      onSaved();
    } catch (error) {
      const field = error instanceof CoreError ? error.fields?.['regions'] : undefined;
      if (field) setRegionsError(fieldMessageText(t, field));
      else setFailure(errorText(t, error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? t('team.edit.title', { name: user.name }) : ''}
      centered
    >
      {user ? (
        <form
          noValidate
          aria-label={t('team.edit.title', { name: user.name })}
          onSubmit={(event) => {
            event.preventDefault();
            void save(user);
          }}
        >
          <Stack gap="sm">
            <RoleRegionsFields
              role={role}
              regions={regions}
              choices={choices}
              onRole={setRole}
              onRegions={(next) => {
                setRegions(next);
                setRegionsError(undefined);
              }}
              regionsError={regionsError}
            />
            {failure ? (
              <Alert color="red" role="alert" title={t('team.edit.failed', { name: user.name })}>
                {failure}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('actions.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}

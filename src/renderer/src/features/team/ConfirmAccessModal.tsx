// Asks before revoking (or restoring) a user's access: revoking ends their syncing at once.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamUser } from '../../../../shared/sync-protocol';

export interface ConfirmAccessModalProps {
  user: TeamUser | null;
  loading: boolean;
  onCancel: () => void;
  onConfirm: (user: TeamUser) => void;
}

export function ConfirmAccessModal({ user, loading, onCancel, onConfirm }: ConfirmAccessModalProps) {
  const { t } = useTranslation();
  const restoring = user?.revoked ?? false;
  return (
    <Modal
      opened={user !== null}
      onClose={onCancel}
      title={t(restoring ? 'team.revoke.restoreTitle' : 'team.revoke.title')}
      centered
    >
      {user ? (
        <Stack gap="lg">
          <Text size="sm">
            {t(restoring ? 'team.revoke.restoreMessage' : 'team.revoke.message', { name: user.name })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} data-autofocus>
              {t('actions.cancel')}
            </Button>
            <Button color={restoring ? 'teal' : 'red'} loading={loading} onClick={() => onConfirm(user)}>
              {t(restoring ? 'team.revoke.restoreConfirm' : 'team.revoke.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}

// Asks before this computer stops syncing, and says plainly that its data stays.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ConfirmDisconnectModalProps {
  opened: boolean;
  workspace: string;
  loading: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

export function ConfirmDisconnectModal({
  opened,
  workspace,
  loading,
  onCancel,
  onConfirm,
}: ConfirmDisconnectModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={t('sync.connected.disconnectTitle')} centered>
      <Stack gap="lg">
        <Text size="sm">{t('sync.connected.disconnectMessage', { workspace })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('actions.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm} loading={loading}>
            {t('sync.connected.disconnectConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

// Asks before a program change that is not a plain edit (activate, end, remove a participant):
// what will happen, why the last try failed, and Cancel / the change itself.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ConfirmProgramChangeModalProps {
  opened: boolean;
  title: string;
  body: string;
  /** Why the change was refused, already in words. */
  failure: string | null;
  confirmLabel: string;
  confirmColor: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

export function ConfirmProgramChangeModal({
  opened,
  title,
  body,
  failure,
  confirmLabel,
  confirmColor,
  busy,
  onCancel,
  onConfirm,
}: ConfirmProgramChangeModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={title}>
      <Stack gap="md">
        <Text size="sm">{body}</Text>
        {failure ? (
          <Text size="sm" c="red" role="alert">
            {failure}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('programs.page.confirm.cancel')}
          </Button>
          <Button color={confirmColor} loading={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

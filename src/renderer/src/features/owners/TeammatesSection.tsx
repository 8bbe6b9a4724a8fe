// The people partners can be assigned to: list with partner counts, add, edit, remove.
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Skeleton,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Owner } from '../../../../shared/owners';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { OwnerForm } from './OwnerForm';

// Kept after the dialog closes, so its title does not flip to "Add" during the closing animation.
type Editing = { mode: 'add' } | { mode: 'edit'; owner: Owner };

export function TeammatesSection() {
  const { t } = useTranslation();
  const owners = useCoreQuery('owners.list', {});
  const queryClient = useQueryClient();
  const announce = useAnnounceWrite();
  const [editing, setEditing] = useState<Editing>({ mode: 'add' });
  const [formOpened, setFormOpened] = useState(false);
  const openForm = (next: Editing) => {
    setEditing(next);
    setFormOpened(true);
  };
  const [removing, setRemoving] = useState<Owner | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove(owner: Owner) {
    setBusy(true);
    try {
      const result = await call('owners.delete', { id: owner.id });
      await queryClient.invalidateQueries();
      announce(t('settings.teammates.removed', { name: owner.name }), result.batchId);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('settings.teammates.removeFailed'),
        message: errorText(t, error),
      });
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  }

  const teammates = (owners.data ?? []).filter((owner) => !owner.isMe);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-teammates">
      <Group justify="space-between" mb="md">
        <div>
          <Title order={2} size="h4" id="settings-teammates">
            {t('settings.teammates.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.teammates.description')}
          </Text>
        </div>
        <Button
          variant="light"
          leftSection={<IconUserPlus size={16} aria-hidden />}
          onClick={() => openForm({ mode: 'add' })}
        >
          {t('settings.teammates.add')}
        </Button>
      </Group>
      {owners.error ? (
        <QueryErrorAlert
          error={owners.error}
          onRetry={() => void owners.refetch()}
          title={t('settings.teammates.loadFailed')}
        />
      ) : !owners.data ? (
        <Skeleton height={120} />
      ) : teammates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('settings.teammates.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-label={t('settings.teammates.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.owner.name')}</Table.Th>
                <Table.Th>{t('fields.owner.email')}</Table.Th>
                <Table.Th>{t('fields.owner.region')}</Table.Th>
                <Table.Th>{t('settings.teammates.partners')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('settings.teammates.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {teammates.map((owner) => (
                <Table.Tr key={owner.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{owner.name}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{owner.email}</Table.Td>
                  <Table.Td>{owner.region}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{owner.partnerCount}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Tooltip label={t('settings.teammates.edit')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('settings.teammates.editNamed', { name: owner.name })}
                          onClick={() => openForm({ mode: 'edit', owner })}
                        >
                          <IconPencil size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('settings.teammates.remove')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('settings.teammates.removeNamed', { name: owner.name })}
                          onClick={() => setRemoving(owner)}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={formOpened}
        onClose={() => setFormOpened(false)}
        title={editing.mode === 'edit' ? t('settings.teammates.editTitle') : t('settings.teammates.addTitle')}
        size="lg"
      >
        <OwnerForm
          label={
            editing.mode === 'edit' ? t('settings.teammates.editTitle') : t('settings.teammates.addTitle')
          }
          initial={editing.mode === 'edit' ? editing.owner : undefined}
          submitLabel={t('actions.save')}
          onCancel={() => setFormOpened(false)}
          onSubmit={async (input) => {
            const result =
              editing.mode === 'edit'
                ? await call('owners.update', { ...input, id: editing.owner.id })
                : await call('owners.create', input);
            await queryClient.invalidateQueries();
            announce(t('settings.teammates.saved', { name: input.name.trim() }), result.batchId);
            setFormOpened(false);
          }}
        />
      </Modal>
      <ConfirmDeleteModal
        opened={removing !== null}
        title={t('settings.teammates.confirmRemove.title')}
        message={t('settings.teammates.confirmRemove.message', {
          name: removing?.name ?? '',
          count: removing?.partnerCount ?? 0,
        })}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
        loading={busy}
      />
    </Card>
  );
}

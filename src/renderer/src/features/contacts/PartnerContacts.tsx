// The people at one partner, on the partner page, with add, edit and delete.
import { Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/contacts';
import type { Partner } from '../../../../shared/partners';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { ContactCard } from './ContactCard';
import { ContactFormModal } from './ContactFormModal';

/** The contract's page limit; a partner with more people than this is not a realistic case. */
const maxContactsShown = 500;

// Kept after the dialog closes, so its title does not flip to "Add" during the closing animation.
type Editing = { mode: 'add' } | { mode: 'edit'; contact: Contact };

export function PartnerContacts({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const contacts = useCoreQuery('contacts.list', { partnerId: partner.id, limit: maxContactsShown });
  const [editing, setEditing] = useState<Editing>({ mode: 'add' });
  const [formOpened, setFormOpened] = useState(false);
  const openForm = (next: Editing) => {
    setEditing(next);
    setFormOpened(true);
  };
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const [busy, setBusy] = useState(false);

  async function deleteContact(contact: Contact) {
    setBusy(true);
    try {
      const result = await call('contacts.delete', { id: contact.id });
      announce(t('contacts.deleted', { name: contact.name }), result.batchId);
    } catch (error) {
      notifications.show({ color: 'red', title: t('contacts.deleteFailed'), message: errorText(t, error) });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-contacts-title">
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <Title order={2} size="h4" id="partner-contacts-title">
            {t('contacts.title')}
          </Title>
          {contacts.data ? <Badge variant="light">{contacts.data.total}</Badge> : null}
        </Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconUserPlus size={16} aria-hidden />}
          onClick={() => openForm({ mode: 'add' })}
        >
          {t('contacts.add')}
        </Button>
      </Group>
      {contacts.error ? (
        <QueryErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : !contacts.data ? (
        <Stack gap="sm">
          <Skeleton height={96} />
          <Skeleton height={96} />
        </Stack>
      ) : contacts.data.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('contacts.noneForPartner')}
        </Text>
      ) : (
        <Stack gap="sm">
          {contacts.data.rows.map((contact) => (
            <ContactCard
              key={contact.id}
              contact={contact}
              onEdit={() => openForm({ mode: 'edit', contact })}
              onDelete={() => setDeleting(contact)}
            />
          ))}
        </Stack>
      )}
      <ContactFormModal
        opened={formOpened}
        onClose={() => setFormOpened(false)}
        partnerId={partner.id}
        contact={editing.mode === 'edit' ? editing.contact : undefined}
      />
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t('contacts.confirmDelete.title')}
        message={t('contacts.confirmDelete.message', { name: deleting?.name ?? '' })}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && void deleteContact(deleting)}
        loading={busy}
      />
    </Card>
  );
}

// The visit notes on a partner's page, the latest visit first, with write, edit and delete.
import { Badge, Button, Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconNotes, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../../shared/partners';
import type { VisitNote } from '../../../../shared/visit-notes';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { localToday } from './local-day';
import { VisitNoteCard } from './VisitNoteCard';
import { VisitNoteFormModal } from './VisitNoteFormModal';

const maxContacts = 500;

// Kept after the dialog closes, so its title does not flip during the closing animation.
type Editing = { mode: 'add' } | { mode: 'edit'; note: VisitNote };

export function PartnerVisitNotes({ partner }: { partner: Partner }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounceWrite();
  const notes = useCoreQuery('visitNotes.listForPartner', { partnerId: partner.id });
  const contacts = useCoreQuery('contacts.list', { partnerId: partner.id, limit: maxContacts });
  const owners = useCoreQuery('owners.list', {});
  const commitments = useCoreQuery('commitments.list', {
    partnerId: partner.id,
    today: localToday(),
    limit: 500,
  });
  const [editing, setEditing] = useState<Editing>({ mode: 'add' });
  const [formOpened, setFormOpened] = useState(false);
  const [deleting, setDeleting] = useState<VisitNote | null>(null);
  const [busy, setBusy] = useState(false);

  const contactNames = useMemo(
    () => new Map((contacts.data?.rows ?? []).map((c) => [c.id, c.name])),
    [contacts.data],
  );
  const ownerNames = useMemo(() => new Map((owners.data ?? []).map((o) => [o.id, o.name])), [owners.data]);
  const commitmentsById = useMemo(
    () => new Map((commitments.data ?? []).map((c) => [c.id, c])),
    [commitments.data],
  );

  const openForm = (next: Editing) => {
    setEditing(next);
    setFormOpened(true);
  };

  async function deleteNote(note: VisitNote) {
    setBusy(true);
    try {
      const result = await call('visitNotes.delete', { id: note.id });
      announce(t('visitNotes.deleted', { date: calendarDate(note.date, i18n.language) }), result.batchId);
    } catch (error) {
      notifications.show({ color: 'red', title: t('visitNotes.deleteFailed'), message: errorText(t, error) });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-visit-notes-title">
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <Title order={2} size="h4" id="partner-visit-notes-title">
            {t('visitNotes.title')}
          </Title>
          {notes.data?.length ? <Badge variant="light">{notes.data.length}</Badge> : null}
        </Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => openForm({ mode: 'add' })}
        >
          {t('visitNotes.write')}
        </Button>
      </Group>
      {notes.error ? (
        <QueryErrorAlert error={notes.error} onRetry={() => void notes.refetch()} />
      ) : !notes.data ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={120} />
          <Skeleton height={120} />
        </Stack>
      ) : notes.data.length === 0 ? (
        <Stack align="center" gap="xs" py="lg" data-testid="visit-notes-empty">
          <ThemeIcon variant="light" size={44} radius="xl">
            <IconNotes size={24} aria-hidden />
          </ThemeIcon>
          <Text fw={500}>{t('visitNotes.empty.title')}</Text>
          <Text size="sm" c="dimmed" ta="center" maw={420}>
            {t('visitNotes.empty.body', { name: partner.name })}
          </Text>
          <Button mt="xs" variant="default" onClick={() => openForm({ mode: 'add' })}>
            {t('visitNotes.empty.action')}
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm">
          {notes.data.map((note) => (
            <VisitNoteCard
              key={note.id}
              note={note}
              contactNames={contactNames}
              ownerNames={ownerNames}
              commitments={commitmentsById}
              onEdit={() => openForm({ mode: 'edit', note })}
              onDelete={() => setDeleting(note)}
            />
          ))}
        </Stack>
      )}
      <VisitNoteFormModal
        opened={formOpened}
        onClose={() => setFormOpened(false)}
        partner={partner}
        note={editing.mode === 'edit' ? editing.note : undefined}
      />
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t('visitNotes.confirmDelete.title')}
        message={t('visitNotes.confirmDelete.message', {
          date: deleting ? calendarDate(deleting.date, i18n.language) : '',
        })}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && void deleteNote(deleting)}
        loading={busy}
      />
    </Card>
  );
}

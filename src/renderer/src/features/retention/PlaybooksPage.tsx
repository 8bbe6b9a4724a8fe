// Playbooks: the five shipped with the app (marked, and marked again once edited, with "Reset to
// default") and the team's own (which can be deleted), each edited step by step.
import {
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  NavLink,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconPlus, IconRestore, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Playbook } from '../../../../shared/retention';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { PlaybookEditor } from './PlaybookEditor';

const newPlaybook = 'new';

export function PlaybooksPage() {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const playbooks = useCoreQuery('playbooks.list', {});
  const [params, setParams] = useSearchParams();
  const [deleting, setDeleting] = useState<Playbook | null>(null);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  const chosenId = params.get('playbook');
  const select = (id: string | null) => setParams(id ? { playbook: id } : {}, { replace: true });
  const list = playbooks.data ?? [];
  const chosen = chosenId === newPlaybook ? null : (list.find((p) => p.id === chosenId) ?? list[0] ?? null);
  const editingNew = chosenId === newPlaybook;

  async function reset(playbook: Playbook) {
    setBusy(true);
    try {
      const result = await call('playbooks.reset', { id: playbook.id });
      announce(t('retention.playbooks.wasReset', { name: playbook.name }), result.batchId);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('retention.playbooks.resetFailed'),
        message: errorText(t, error),
      });
    } finally {
      setBusy(false);
    }
  }

  async function remove(playbook: Playbook) {
    setBusy(true);
    try {
      const result = await call('playbooks.delete', { id: playbook.id });
      announce(t('retention.playbooks.deleted', { name: playbook.name }), result.batchId);
      select(null);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('retention.playbooks.deleteFailed'),
        message: errorText(t, error),
      });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/retention" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('retention.playbooks.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Title order={1} size="h2">
            {t('retention.playbooks.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('retention.playbooks.intro')}
          </Text>
        </Stack>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => select(newPlaybook)}>
          {t('retention.playbooks.new')}
        </Button>
      </Group>
      {playbooks.error ? (
        <QueryErrorAlert
          error={playbooks.error}
          onRetry={() => void playbooks.refetch()}
          title={t('retention.playbooks.loadFailed')}
        />
      ) : !playbooks.data ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Skeleton height={240} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Skeleton height={480} />
          </Grid.Col>
        </Grid>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Card withBorder padding="xs" component="nav" aria-label={t('retention.playbooks.listLabel')}>
              {list.map((playbook) => (
                <NavLink
                  key={playbook.id}
                  active={!editingNew && chosen?.id === playbook.id}
                  onClick={() => select(playbook.id)}
                  label={playbook.name}
                  description={t('retention.playbooks.stepCount', { count: playbook.steps.length })}
                  rightSection={
                    playbook.builtIn ? (
                      <Badge size="xs" variant="light" color={playbook.customized ? 'grape' : 'gray'}>
                        {playbook.customized
                          ? t('retention.playbooks.customized')
                          : t('retention.playbooks.builtIn')}
                      </Badge>
                    ) : null
                  }
                />
              ))}
              {editingNew ? <NavLink active label={t('retention.playbooks.newTitle')} /> : null}
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Card
              withBorder
              padding="lg"
              component="section"
              aria-label={t('retention.playbooks.editorLabel')}
            >
              {chosen && !editingNew ? (
                <Group justify="space-between" mb="md" wrap="wrap">
                  <Group gap="xs">
                    <Title order={2} size="h4">
                      {chosen.name}
                    </Title>
                    {chosen.builtIn ? (
                      <Badge variant="light" color="gray">
                        {t('retention.playbooks.builtIn')}
                      </Badge>
                    ) : null}
                    {chosen.customized ? (
                      <Badge variant="light" color="grape">
                        {t('retention.playbooks.customized')}
                      </Badge>
                    ) : null}
                  </Group>
                  {chosen.builtIn && chosen.customized ? (
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconRestore size={16} aria-hidden />}
                      loading={busy}
                      onClick={() => void reset(chosen)}
                    >
                      {t('retention.playbooks.reset')}
                    </Button>
                  ) : null}
                  {!chosen.builtIn ? (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => setDeleting(chosen)}
                    >
                      {t('retention.playbooks.delete')}
                    </Button>
                  ) : null}
                </Group>
              ) : (
                <Title order={2} size="h4" mb="md">
                  {t('retention.playbooks.newTitle')}
                </Title>
              )}
              <PlaybookEditor
                // A fresh form per playbook and per saved version, so it always starts from what is stored.
                key={`${generation}:${editingNew ? newPlaybook : (chosen?.id ?? '')}:${chosen?.revision ?? 0}:${chosen?.customized ?? false}`}
                playbook={editingNew ? null : chosen}
                onSaved={(id) => select(id)}
                onCancel={() => {
                  setGeneration((n) => n + 1);
                  if (editingNew) select(null);
                }}
              />
            </Card>
          </Grid.Col>
        </Grid>
      )}
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t('retention.playbooks.confirmDelete.title')}
        message={t('retention.playbooks.confirmDelete.message', { name: deleting?.name ?? '' })}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && void remove(deleting)}
        loading={busy}
      />
    </Stack>
  );
}

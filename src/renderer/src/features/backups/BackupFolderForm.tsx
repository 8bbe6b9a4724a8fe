// The backup folder: a path the user may change. A folder that cannot be written is refused by the
// core with a message at the field, and the folder in use stays as it was.
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupsOverview } from '../../../../shared/backups';
import { CoreError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { errorText, fieldMessageText } from '../../i18n/error-text';

export interface BackupFolderFormProps {
  overview: BackupsOverview;
  onSaved: (overview: BackupsOverview) => void;
}

export function BackupFolderForm({ overview, onSaved }: BackupFolderFormProps) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState(overview.folder);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => setFolder(overview.folder), [overview.folder]);

  async function save(next: string | null) {
    setSaving(true);
    setError(null);
    try {
      const saved = await call('backups.setFolder', { folder: next });
      setFolder(saved.folder);
      onSaved(saved);
    } catch (caught) {
      const field = caught instanceof CoreError ? caught.fields?.folder : undefined;
      setError(field ? fieldMessageText(t, field) : errorText(t, caught));
    } finally {
      setSaving(false);
    }
  }

  const isDefault = overview.folder === overview.defaultFolder;
  const changed = folder.trim() !== overview.folder;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save(folder.trim() || null);
      }}
    >
      <Stack gap="xs">
        <TextInput
          label={t('backups.folder.label')}
          description={t('backups.folder.description')}
          value={folder}
          onChange={(event) => {
            setFolder(event.currentTarget.value);
            setError(null);
          }}
          error={error}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Group gap="sm">
          <Button type="submit" variant="light" loading={saving} disabled={!changed}>
            {t('backups.folder.save')}
          </Button>
          {isDefault ? (
            <Text size="sm" c="dimmed">
              {t('backups.folder.isDefault')}
            </Text>
          ) : (
            <Button variant="subtle" onClick={() => void save(null)} disabled={saving}>
              {t('backups.folder.useDefault')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

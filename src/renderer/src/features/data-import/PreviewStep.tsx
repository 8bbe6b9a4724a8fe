// Step 3: what importing would do to each row (counts, table, errors in their cells), a notice when
// this very file was imported before, and the import button with the reason when it is disabled.
import { Alert, Badge, Button, Group, Stack, Switch, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  importRowStatuses,
  matchedImportKinds,
  type DataImportKind,
  type ImportPreview,
} from '../../../../shared/data-import';
import { PreviewTable, statusColors } from './PreviewTable';

export interface PreviewStepProps {
  kind: DataImportKind;
  preview: ImportPreview;
  fileName: string;
  importing: boolean;
  onImport: () => void;
}

export function PreviewStep({ kind, preview, fileName, importing, onImport }: PreviewStepProps) {
  const { t, i18n } = useTranslation();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const { counts } = preview;
  const toImport = counts.new + counts.update;
  // Mapped fields, and any other field a row has an error at (a new partner needs a type).
  const withErrors = new Set(preview.rows.flatMap((row) => Object.keys(row.errors)));
  const fields = preview.fields
    .map((f) => f.key)
    .filter((key) => preview.mapping[key] || withErrors.has(key));
  const counted = matchedImportKinds.includes(kind) ? 'dataImport.countsRecords' : 'dataImport.counts';
  const rows =
    onlyErrors && counts.error > 0 ? preview.rows.filter((row) => row.status === 'error') : preview.rows;
  const number = (n: number) => n.toLocaleString(i18n.language);
  const reason =
    counts.error > 0
      ? t('dataImport.blockedByErrors', { count: counts.error })
      : toImport === 0
        ? t('dataImport.nothingToImport')
        : t('dataImport.readyToImport');

  return (
    <Stack gap="md">
      {preview.previousImport ? (
        <Alert color="yellow" icon={<IconHistory aria-hidden />} title={t('dataImport.previousImportTitle')}>
          {t('dataImport.previousImport', {
            date: new Date(preview.previousImport.at).toLocaleString(i18n.language, {
              dateStyle: 'medium',
              timeStyle: 'short',
            }),
            file: preview.previousImport.fileName,
          })}
        </Alert>
      ) : null}
      <Group justify="space-between" align="center" wrap="wrap">
        <Group gap="xs" data-testid="import-counts" aria-live="polite">
          <Text size="sm" fw={500} mr="xs">
            {t('dataImport.rowsInFile', { count: preview.totalRows, file: fileName })}
          </Text>
          {importRowStatuses.map((status) => (
            <Badge
              key={status}
              color={statusColors[status]}
              variant={status === 'error' && counts.error > 0 ? 'filled' : 'light'}
            >
              {t(`${counted}.${status}`, { count: counts[status] })}
            </Badge>
          ))}
        </Group>
        <Switch
          label={t('dataImport.onlyErrors')}
          checked={onlyErrors}
          disabled={counts.error === 0}
          onChange={(event) => setOnlyErrors(event.currentTarget.checked)}
        />
      </Group>
      {preview.rows.length < preview.totalRows ? (
        <Text size="sm" c="dimmed" data-testid="import-showing">
          {t('dataImport.showing', { shown: number(preview.rows.length), total: number(preview.totalRows) })}
        </Text>
      ) : null}
      <PreviewTable kind={kind} fields={fields} rows={rows} />
      <Group justify="space-between" align="center" wrap="nowrap" gap="lg">
        <Text size="sm" c={counts.error > 0 ? 'red' : 'dimmed'} data-testid="import-reason">
          {reason}
        </Text>
        <Button
          onClick={onImport}
          disabled={counts.error > 0 || toImport === 0}
          loading={importing}
          style={{ flexShrink: 0 }}
        >
          {t('dataImport.importButton', { count: toImport })}
        </Button>
      </Group>
    </Stack>
  );
}

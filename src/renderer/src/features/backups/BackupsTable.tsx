// The backups in the folder, newest first: what kind, when, how big, and a Restore button each.
import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../shared/backups';
import { dateTime } from '../../i18n/date-format';
import { fileSize } from './file-size';

export interface BackupsTableProps {
  backups: BackupEntry[];
  disabled: boolean;
  onRestore: (backup: BackupEntry) => void;
}

export function BackupsTable({ backups, disabled, onRestore }: BackupsTableProps) {
  const { t, i18n } = useTranslation();
  if (backups.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md" data-testid="backups-empty">
        {t('backups.list.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520} type="native">
      <Table striped highlightOnHover aria-label={t('backups.list.caption')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backups.list.date')}</Table.Th>
            <Table.Th>{t('backups.list.kind')}</Table.Th>
            <Table.Th style={{ textAlign: 'end' }}>{t('backups.list.size')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('backups.list.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => {
            const date = dateTime(backup.createdAt, i18n.language);
            return (
              <Table.Tr key={backup.fileName}>
                <Table.Td>
                  <time dateTime={backup.createdAt} title={backup.fileName}>
                    {date}
                  </time>
                </Table.Td>
                <Table.Td>{t(`backups.kinds.${backup.kind}`)}</Table.Td>
                <Table.Td style={{ textAlign: 'end', fontVariantNumeric: 'tabular-nums' }}>
                  {fileSize(backup.sizeBytes, i18n.language)}
                </Table.Td>
                <Table.Td style={{ textAlign: 'end' }}>
                  <Button
                    size="xs"
                    variant="default"
                    disabled={disabled}
                    aria-label={t('backups.actions.restoreNamed', { date })}
                    onClick={() => onRestore(backup)}
                  >
                    {t('backups.actions.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

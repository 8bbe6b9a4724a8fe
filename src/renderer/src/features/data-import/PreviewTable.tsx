// Step 3's table: one line per row of the file with its fate (badge), its values, each error in the
// cell of the field it concerns, and old → new for updates.
import { Badge, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DataImportKind, ImportPreview, ImportRowStatus } from '../../../../shared/data-import';
import { fieldMessageText } from '../../i18n/error-text';

export const statusColors: Record<ImportRowStatus, string> = {
  new: 'teal',
  update: 'blue',
  unchanged: 'gray',
  error: 'red',
};

type PreviewRow = ImportPreview['rows'][number];

export interface PreviewTableProps {
  kind: DataImportKind;
  fields: readonly string[];
  rows: readonly PreviewRow[];
}

export function PreviewTable({ kind, fields, rows }: PreviewTableProps) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah={520} type="auto">
      <Table
        stickyHeader
        striped={false}
        highlightOnHover
        verticalSpacing="xs"
        data-testid="import-preview-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('dataImport.column.row')}</Table.Th>
            <Table.Th w={140}>{t('dataImport.column.status')}</Table.Th>
            {fields.map((field) => (
              <Table.Th key={field}>{t(`dataImport.field.${field}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.rowNumber}
              data-testid={`import-row-${row.rowNumber}`}
              bg={row.status === 'error' ? 'var(--mantine-color-red-light)' : undefined}
            >
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {row.rowNumber}
                </Text>
              </Table.Td>
              <Table.Td>
                {/* Filled on error rows: a light red badge would vanish on the row's red tint. */}
                <Badge color={statusColors[row.status]} variant={row.status === 'error' ? 'filled' : 'light'}>
                  {t(`dataImport.status.${row.status}`)}
                </Badge>
              </Table.Td>
              {fields.map((field) => (
                <Table.Td key={field} data-field={field}>
                  <PreviewCell
                    row={row}
                    field={field}
                    matchField={kind === 'partners' ? 'name' : 'partner'}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

/** `matchField`: the column under which the stored partner a row was matched to is named. */
function PreviewCell({ row, field, matchField }: { row: PreviewRow; field: string; matchField: string }) {
  const { t } = useTranslation();
  const value = row.values[field] ?? '';
  const previous = row.previous?.[field];
  const error = row.errors[field];
  const matched =
    field === matchField && row.partnerName && row.partnerName !== value ? row.partnerName : null;
  return (
    <Stack gap={2} maw={320}>
      <Text size="sm" style={{ overflowWrap: 'break-word' }}>
        {previous !== undefined ? (
          <>
            <Text span size="sm" c="dimmed" td="line-through">
              {previous || '—'}
            </Text>
            {' → '}
            <Text span size="sm" fw={600}>
              {value || '—'}
            </Text>
          </>
        ) : (
          value
        )}
      </Text>
      {matched ? (
        <Text size="xs" c="dimmed">
          {t('dataImport.matchedTo', { name: matched })}
        </Text>
      ) : null}
      {error ? (
        <Text size="xs" c="red" role="note" style={{ overflowWrap: 'break-word' }}>
          {fieldMessageText(t, error)}
        </Text>
      ) : null}
    </Stack>
  );
}

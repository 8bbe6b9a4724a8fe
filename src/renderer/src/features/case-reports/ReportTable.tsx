// One report table: a title, rows whose every figure links to the list behind it, and "Export
// CSV" of the table as shown (labels and figures, rates as percentages).
import { Anchor, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import Papa from 'papaparse';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { downloadText } from '../../components/FileDownload/download-file';
import { nameWithVisibleText } from '../../i18n/accessible-name';
import { localToday } from '../visit-notes/local-day';

/** A figure: what it shows, what goes into the CSV, and the list it opens (null: not a list). */
export interface Figure {
  text: string;
  href: string | null;
  /** Accessible name of the link, e.g. "3 open Price cases". */
  label?: string;
  tone?: 'red';
}

export interface ReportRow {
  key: string;
  label: ReactNode;
  /** The row's name in the CSV. */
  csvLabel: string;
  figures: Figure[];
}

export interface ReportTableProps {
  id: string;
  title: string;
  firstColumn: string;
  columns: string[];
  rows: ReportRow[];
  empty: string;
  /** File name without the date, e.g. "open-disputes-by-kind". */
  csvName: string;
}

export function FigureLink({ figure, size = 'sm' }: { figure: Figure; size?: string }) {
  const { t } = useTranslation();
  if (figure.href === null) return <Text fz={size}>{figure.text}</Text>;
  return (
    <Anchor
      component={Link}
      to={figure.href}
      fz={size}
      fw={600}
      c={figure.tone === 'red' ? 'red' : undefined}
      aria-label={figure.label === undefined ? undefined : nameWithVisibleText(figure.text, figure.label, t)}
    >
      {figure.text}
    </Anchor>
  );
}

export function ReportTable({ id, title, firstColumn, columns, rows, empty, csvName }: ReportTableProps) {
  const { t } = useTranslation();
  function exportCsv() {
    const csv = Papa.unparse(
      {
        fields: [firstColumn, ...columns],
        data: rows.map((row) => [row.csvLabel, ...row.figures.map((f) => f.text)]),
      },
      { escapeFormulae: true },
    );
    downloadText(`${csvName}-${localToday()}.csv`, csv, 'text/csv;charset=utf-8');
  }
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id} data-testid={id}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id={id}>
          {title}
        </Title>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={exportCsv}
          disabled={rows.length === 0}
          // Named by its visible text (WCAG 2.5.3); the table's title says which export it is.
          aria-describedby={id}
        >
          {t('export.csv')}
        </Button>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table aria-labelledby={id} verticalSpacing={6} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{firstColumn}</Table.Th>
              {columns.map((column) => (
                <Table.Th key={column} ta="right">
                  {column}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>{row.label}</Table.Td>
                {row.figures.map((figure, index) => (
                  <Table.Td key={columns[index] ?? index} ta="right">
                    <FigureLink figure={figure} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

// A chart with its title, "Export CSV" of its table, and the same figures as a table of links
// under it (shown for short tables, behind "Show table" for monthly ones), so every segment the
// mouse can click is also reachable by keyboard and screen readers.
import {
  ActionIcon,
  Anchor,
  Button,
  Card,
  Collapse,
  ColorSwatch,
  Group,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconChevronUp, IconDownload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardTable } from '../../../../shared/dashboard';
import type { CsvExport } from '../../../../shared/disputes';
import { downloadText } from '../../components/FileDownload/download-file';
import { nameWithVisibleText } from '../../i18n/accessible-name';
import { errorText } from '../../i18n/error-text';

export interface TableCell {
  text: string;
  /** A colour key matching the chart (the tiers' segments). */
  swatch?: string;
  href?: string | null;
  /** Accessible name of the link. */
  label?: string;
}

export interface ChartTable {
  columns: string[];
  rows: { key: string; cells: TableCell[] }[];
}

export interface ChartCardProps {
  id: DashboardTable;
  title: string;
  subtitle?: string;
  chart: ReactNode;
  table: ChartTable;
  /** Short tables sit open under the chart; monthly ones open on demand. */
  tableOpen?: boolean;
  exportCsv: (table: DashboardTable) => Promise<CsvExport>;
  empty?: string | null;
}

function Cell({ cell }: { cell: TableCell }) {
  const { t } = useTranslation();
  if (cell.swatch) {
    return (
      <Group gap={8} wrap="nowrap">
        <ColorSwatch color={cell.swatch} size={10} withShadow={false} aria-hidden />
        {cell.text}
      </Group>
    );
  }
  if (!cell.href) return <>{cell.text}</>;
  return (
    <Anchor
      component={Link}
      to={cell.href}
      fw={600}
      aria-label={cell.label === undefined ? undefined : nameWithVisibleText(cell.text, cell.label, t)}
    >
      {cell.text}
    </Anchor>
  );
}

/** A quiet download icon: a chart card's own action should not outshine its figures. */
function ExportCsvIcon({ exportFile }: { exportFile: () => Promise<CsvExport> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    try {
      const file = await exportFile();
      downloadText(file.fileName, file.csv, 'text/csv;charset=utf-8');
      notifications.show({
        color: 'teal',
        message: t('export.csvDone', { count: file.rows, file: file.fileName }),
      });
    } catch (error) {
      notifications.show({ color: 'red', title: t('export.csvFailed'), message: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Tooltip label={t('export.csv')} withArrow>
      <ActionIcon
        variant="subtle"
        color="gray"
        loading={busy}
        aria-label={t('export.csv')}
        onClick={() => void run()}
      >
        <IconDownload size={16} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

export function ChartCard({
  id,
  title,
  subtitle,
  chart,
  table,
  tableOpen = false,
  exportCsv,
  empty,
}: ChartCardProps) {
  const { t } = useTranslation();
  const [open, toggle] = useDisclosure(tableOpen);
  const headingId = `dashboard-${id}`;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby={headingId}
      data-testid={headingId}
    >
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <div>
          <Title order={3} size="h5" id={headingId}>
            {title}
          </Title>
          {subtitle ? (
            <Text size="xs" c="dimmed">
              {subtitle}
            </Text>
          ) : null}
        </div>
        <Group gap={4} wrap="nowrap" data-export-hide>
          {tableOpen || empty ? null : (
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              onClick={toggle.toggle}
              aria-expanded={open}
              rightSection={
                open ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />
              }
            >
              {open ? t('dashboard.hideTable') : t('dashboard.showTable')}
            </Button>
          )}
          <ExportCsvIcon exportFile={() => exportCsv(id)} />
        </Group>
      </Group>
      {empty ? (
        <Text c="dimmed" size="sm" ta="center" py="xl">
          {empty}
        </Text>
      ) : (
        chart
      )}
      <Collapse expanded={open && !empty}>
        <Table mt="sm" striped={false} withRowBorders verticalSpacing={4} fz="sm" aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              {table.columns.map((column, index) => (
                <Table.Th key={column} ta={index === 0 ? 'left' : 'right'}>
                  {column}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row) => (
              <Table.Tr key={row.key}>
                {row.cells.map((cell, index) => (
                  <Table.Td key={index} ta={index === 0 ? 'left' : 'right'}>
                    <Cell cell={cell} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Collapse>
    </Card>
  );
}

// A chart with its title, "Export CSV" of its table, and the same figures as a table of links
// under it (shown for short tables, behind "Show table" for monthly ones), so every segment the
// mouse can click is also reachable by keyboard and screen readers.
import { Anchor, Button, Card, Collapse, Group, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardTable } from '../../../../shared/dashboard';
import { ExportCsvButton } from '../../components/FileDownload/ExportCsvButton';
import type { CsvExport } from '../../../../shared/disputes';

export interface TableCell {
  text: string;
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
  if (!cell.href) return <>{cell.text}</>;
  return (
    <Anchor component={Link} to={cell.href} fw={600} aria-label={cell.label}>
      {cell.text}
    </Anchor>
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
          {tableOpen ? null : (
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
          <ExportCsvButton exportFile={() => exportCsv(id)} />
        </Group>
      </Group>
      {empty ? (
        <Text c="dimmed" size="sm" ta="center" py="xl">
          {empty}
        </Text>
      ) : (
        chart
      )}
      <Collapse expanded={open}>
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

// Each dashboard table as CSV with English headers: what the chart beside it draws, the period in
// the file name, money as a decimal in the workspace currency (like the other exports).
import Papa from 'papaparse';
import type { Dashboard, DashboardTable } from '../../shared/dashboard';
import type { CsvExport } from '../../shared/disputes';
import type { ParsedInput } from '../../shared/contract';
import { decimalAmount } from '../../shared/money';

type Cell = string | number;

const riskLabels: Record<Dashboard['risk']['byLevel'][number]['level'], string> = {
  none: 'None',
  watch: 'Watch',
  'at-risk': 'At risk',
  critical: 'Critical',
};

/** Headers and rows of one table. */
export function dashboardTable(
  data: Dashboard,
  table: DashboardTable,
): { headers: string[]; rows: Cell[][] } {
  const money = (minor: number) => decimalAmount(minor, data.currency);
  switch (table) {
    case 'tiers':
      return { headers: ['Tier', 'Active partners'], rows: data.tiers.map((t) => [t.name, t.partners]) };
    case 'risk':
      return {
        headers: ['Risk level', 'Active partners'],
        rows: data.risk.byLevel.map((r) => [riskLabels[r.level], r.partners]),
      };
    case 'at-risk-trend':
      return {
        headers: ['Month', 'Partners at risk or critical'],
        rows: data.risk.trend.map((p) => [p.period, p.atRisk ?? '']),
      };
    case 'sales-by-region':
      return {
        headers: ['Region', 'Revenue', 'Currency', 'Active partners'],
        rows: data.sales.byRegion.map((r) => [r.region, money(r.revenueMinor), data.currency, r.partners]),
      };
    case 'sales-trend':
      return {
        headers: ['Month', 'Revenue', 'Currency', 'Orders'],
        rows: data.sales.trend.map((p) => [p.period, money(p.revenueMinor), data.currency, p.orders]),
      };
    case 'nps-trend':
      return {
        headers: ['Month', 'NPS', 'Answers'],
        rows: data.nps.trend.map((p) => [p.period, p.nps ?? '', p.answers]),
      };
    case 'engagement':
      return {
        headers: ['Month', 'Visits held', 'Meetings', 'Trainings'],
        rows: data.engagement.trend.map((p) => [p.period, p.visits, p.meetings, p.trainings]),
      };
  }
}

/** Text a spreadsheet would run as a formula is prefixed with an apostrophe (region names are typed). */
function safeCell(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell) ? `'${cell}` : cell;
}

export function dashboardCsv(
  data: Dashboard,
  input: Pick<ParsedInput<'dashboard.exportCsv'>, 'table' | 'from' | 'to'>,
  _now: Date,
): CsvExport {
  const { headers, rows } = dashboardTable(data, input.table);
  const csv = Papa.unparse({ fields: headers, data: rows.map((row) => row.map(safeCell)) });
  return {
    fileName: `dashboard-${input.table}-${input.from}-to-${input.to}.csv`,
    csv,
    rows: rows.length,
  };
}

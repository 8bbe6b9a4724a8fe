// Writes an export table as a CSV or XLSX file. CSV: UTF-8 with a byte-order mark (Excel reads it
// as UTF-8), every text cell a spreadsheet would run as a formula neutralised with a leading '.
// XLSX: every cell a plain value (text or number), never a formula, so nothing is evaluated.
import Papa from 'papaparse';
import { neutraliseCell, type ExportFile, type ExportFormat } from '../../shared/data-export';
import { localToday } from '../care/calendar-dates';
import type { ExportCell, ExportTable } from './export-table';

export function csvText(table: ExportTable): string {
  const cell = (value: ExportCell) =>
    value === null ? '' : typeof value === 'number' ? String(value) : neutraliseCell(value);
  return Papa.unparse(
    { fields: table.headers.map(neutraliseCell), data: table.rows.map((row) => row.map(cell)) },
    // Our own neutralising, not Papa's: it is the one the import reverses.
    { escapeFormulae: false, newline: '\r\n' },
  );
}

export async function xlsxBytes(table: ExportTable): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ChannelKeeper';
  const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) {
    // A string is stored as a string cell even when it begins with "="; only { formula } objects
    // make formulas, and none are ever written.
    sheet.addRow(row.map((value) => (value === null ? '' : value)));
  }
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(
      table.headers[index]?.length ?? 0,
      ...table.rows.slice(0, 200).map((row) => String(row[index] ?? '').length),
    );
    column.width = Math.min(Math.max(longest + 2, 8), 60);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function tableFile(
  table: ExportTable,
  format: ExportFormat,
  now: Date = new Date(),
): Promise<ExportFile> {
  const stem = `${table.name}-${localToday(now)}`;
  if (format === 'csv') {
    return {
      fileName: `${stem}.csv`,
      mediaType: 'text/csv;charset=utf-8',
      contentBase64: Buffer.from(`\uFEFF${csvText(table)}\r\n`, 'utf8').toString('base64'),
      rows: table.rows.length,
    };
  }
  return {
    fileName: `${stem}.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: (await xlsxBytes(table)).toString('base64'),
    rows: table.rows.length,
  };
}

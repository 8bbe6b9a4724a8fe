// Turns an uploaded file (base64) into a header row and rows of text cells: CSV with `,` `;` or tab
// (Dutch Excel writes `;`) in UTF-8 (with or without BOM), UTF-16, GB18030 or Windows-1252, and
// XLSX (first worksheet; dates as YYYY-MM-DD, numbers as typed, formulas never evaluated: their
// cached result, else their text). Refuses with a clear reason.
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { restoreCell } from '../../shared/data-export';
import { importMessage, maxImportBytes, maxImportRows } from '../../shared/data-import';
import type { FieldMessage } from '../../shared/errors';
import { fieldMessage } from '../../shared/validation';
import { decodedBase64Size, decodeStrictBase64 } from '../attachments/base64';
import { decodeText } from './text-encoding';

export interface SheetRow {
  /** The row's number in the spreadsheet as the user sees it (the header is row 1). */
  rowNumber: number;
  cells: string[];
}

export interface Sheet {
  columns: string[];
  rows: SheetRow[];
  /** The text encoding a CSV was read in (null for XLSX). */
  encoding: string | null;
}

export type ReadOutcome = { fileHash: string } & ({ sheet: Sheet } | { error: FieldMessage });

/** Files people pick by mistake, known by their first bytes. */
const otherFileTypes: readonly { what: string; magic: readonly number[] }[] = [
  { what: 'PDF', magic: [0x25, 0x50, 0x44, 0x46] },
  { what: 'PNG image', magic: [0x89, 0x50, 0x4e, 0x47] },
  { what: 'JPEG image', magic: [0xff, 0xd8, 0xff] },
  { what: 'GIF image', magic: [0x47, 0x49, 0x46, 0x38] },
  { what: 'RAR archive', magic: [0x52, 0x61, 0x72, 0x21] },
  { what: '7-Zip archive', magic: [0x37, 0x7a, 0xbc, 0xaf] },
  { what: 'gzip archive', magic: [0x1f, 0x8b] },
];

export async function readSpreadsheet(fileName: string, contentBase64: string): Promise<ReadOutcome> {
  if (decodedBase64Size(contentBase64) > maxImportBytes) {
    return {
      fileHash: '',
      error: fieldMessage('validation.importTooLarge', { mb: maxImportBytes / 2 ** 20 }),
    };
  }
  const bytes = decodeStrictBase64(contentBase64);
  if (!bytes) return { fileHash: '', error: fieldMessage('validation.importUnreadable') };
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) return { fileHash, error: fieldMessage('validation.importEmpty') };
  const other = otherFileTypes.find((type) => type.magic.every((byte, i) => bytes[i] === byte));
  if (other)
    return { fileHash, error: importMessage('dataImport.errors.notSpreadsheet', { what: other.what }) };
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const isZip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (extension === 'xls' || bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return { fileHash, error: fieldMessage('validation.importOldExcel') };
  }
  let grid: string[][];
  let encoding: string | null = null;
  try {
    if (extension === 'xlsx' || isZip) grid = await readXlsx(bytes);
    else if (['csv', 'txt', 'tsv', ''].includes(extension)) ({ grid, encoding } = readCsvText(bytes));
    else return { fileHash, error: fieldMessage('validation.importFileType') };
  } catch {
    return { fileHash, error: fieldMessage('validation.importUnreadable') };
  }
  return { fileHash, ...toSheet(grid, encoding) };
}

function toSheet(grid: string[][], encoding: string | null): { sheet: Sheet } | { error: FieldMessage } {
  const [header, ...body] = grid;
  if (!header || header.every((cell) => cell.trim() === '')) {
    return { error: fieldMessage('validation.importNoHeader') };
  }
  const columns = uniqueHeaders(header);
  const rows: SheetRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push({ rowNumber: index + 2, cells: columns.map((_, i) => (cells[i] ?? '').trim()) });
  });
  if (rows.length === 0) return { error: fieldMessage('validation.importEmpty') };
  if (rows.length > maxImportRows) {
    return {
      error: importMessage('dataImport.errors.tooManyRows', {
        rows: rows.length.toLocaleString('en'),
        max: maxImportRows.toLocaleString('en'),
      }),
    };
  }
  return { sheet: { columns, rows, encoding } };
}

/** Blank headers become "Column C"; a repeated header gets "(2)" so each column has one name. */
function uniqueHeaders(header: readonly string[]): string[] {
  const seen = new Set<string>();
  return header.map((raw, index) => {
    const base = raw.trim() || `Column ${columnLetter(index)}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The delimiter of the header line: whichever of `,` `;` tab it has most of (outside quotes). */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = ([',', ';', '\t'] as const).map((d) => [d, firstLine.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

export function readCsv(bytes: Buffer): string[][] {
  return readCsvText(bytes).grid;
}

function readCsvText(bytes: Buffer): { grid: string[][]; encoding: string } {
  const decoded = decodeText(bytes);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new Error('binary');
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const rows = parsed.data;
  // A file that ends with a line break gives one empty last record.
  if (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === '')) rows.pop();
  // Our own CSV exports neutralise formula-like cells with a leading '; reading them back undoes it.
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) if (row[i]!.startsWith("'")) row[i] = restoreCell(row[i]!);
  }
  return { grid: rows, encoding: decoded.encoding };
}

export async function readXlsx(bytes: Buffer): Promise<string[][]> {
  // Loaded when a spreadsheet arrives: exceljs is large and most sessions never import one.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cells[columnNumber - 1] = cellText(cell.value);
    });
    grid[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return Array.from(grid, (row) => row ?? []);
}

type CellValue = import('exceljs').CellValue;

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  // Formulas are never evaluated: the result Excel saved with the file, else the formula as text.
  if ('result' in value && value.result !== undefined) return cellText(value.result as CellValue);
  if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
  if ('sharedFormula' in value && typeof value.sharedFormula === 'string') return '';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  return '';
}

/** Numbers as typed: 15 significant digits drop binary noise such as 1358.0000000000002. */
function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** Excel stores a date as a day count; exceljs hands it over as UTC midnight (± rounding). */
function dateText(value: Date): string {
  const rounded = new Date(Math.round(value.getTime() / 60_000) * 60_000);
  return Number.isNaN(rounded.getTime()) ? '' : rounded.toISOString().slice(0, 10);
}

// The template a user downloads to fill in: the headers the import recognises and one example row.
import { importFieldNames, importFields, type DataImportKind } from '../../../../shared/data-import';
import { addMonths, monthOf } from '../../../../shared/periods';

function exampleRow(kind: DataImportKind, currency: string, today: string): Record<string, string> {
  if (kind === 'sales') {
    return {
      partner: 'Syarikat Maju Jaya',
      month: addMonths(monthOf(today), -1),
      revenue: '1500.00',
      units: '12',
      orders: '3',
      currency,
      note: '',
    };
  }
  if (kind === 'claims') {
    return {
      partner: 'Syarikat Maju Jaya',
      invoiceNumber: 'INV-2026-001',
      invoiceDate: today,
      sku: 'AC-1200X',
      quantity: '2',
      amount: '3000.00',
      serialNumbers: 'SN1001; SN1002',
      note: '',
      currency,
    };
  }
  return {
    partner: 'Syarikat Maju Jaya',
    contact: 'tan@example.com',
    date: today,
    nps: '9',
    satisfaction: '4',
    comment: 'Quick deliveries this quarter',
  };
}

export function templateCsv(kind: DataImportKind, currency: string, today: string): string {
  const fields = importFields[kind].map((f) => f.key);
  const example = exampleRow(kind, currency, today);
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [fields.map((f) => importFieldNames[f] ?? f), fields.map((f) => cell(example[f] ?? ''))]
    .map((row) => row.join(','))
    .join('\r\n')
    .concat('\r\n');
}

export function templateFileName(kind: DataImportKind): string {
  if (kind === 'claims') return 'claims-import-template.csv';
  return kind === 'sales' ? 'sales-import-template.csv' : 'survey-import-template.csv';
}

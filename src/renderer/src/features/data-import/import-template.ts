// The template a user downloads to fill in: the headers the import recognises and one example row.
import { importFieldNames, importFields, type DataImportKind } from '../../../../shared/data-import';
import { addMonths, monthOf } from '../../../../shared/periods';

function exampleRow(kind: DataImportKind, currency: string, today: string): Record<string, string> {
  if (kind === 'partners') {
    return {
      externalId: 'C-1001',
      name: 'Syarikat Maju Jaya',
      legalName: 'Syarikat Maju Jaya Sdn Bhd',
      type: 'distributor',
      status: 'active',
      region: 'North',
      country: 'MY',
      city: 'Penang',
      address: '12 Jalan Masjid',
      phone: '+60 4-123 4567',
      email: 'info@majujaya.example',
      website: 'majujaya.example',
      owner: '',
      partnershipStart: '2019-04-01',
      tags: 'Paint; Hardware',
      visitCadenceDays: '30',
      notes: '',
    };
  }
  if (kind === 'contacts') {
    return {
      partner: 'Syarikat Maju Jaya',
      partnerCity: 'Penang',
      partnerExternalId: '',
      name: 'Tan Wei Ming',
      role: 'Purchasing manager',
      phone: '+60 12-345 6789',
      email: 'tan@majujaya.example',
      whatsapp: '+60 12-345 6789',
      birthday: '1980-05-06',
      birthdayLunar: 'no',
      preferredLanguage: 'zh',
      familyNotes: '',
      interests: 'Badminton',
    };
  }
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
  if (kind === 'partners' || kind === 'contacts') return `${kind}-import-template.csv`;
  if (kind === 'claims') return 'claims-import-template.csv';
  return kind === 'sales' ? 'sales-import-template.csv' : 'survey-import-template.csv';
}

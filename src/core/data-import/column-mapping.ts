// Which column of the file fills which field: suggested from the headers (in English, Malay,
// Indonesian and Dutch, ignoring case, spaces and accents), overridden by the user's choice, and
// checked (every required field mapped, no column used for two fields).
import { importFieldNames, importFields, type DataImportKind } from '../../shared/data-import';
import type { FieldMessage } from '../../shared/errors';
import { fieldMessage } from '../../shared/validation';

export type ColumnMapping = Record<string, string | null>;

/** What a partner column is called in survey and claim files (each kind adds its own words after these). */
const partnerHeaders = [
  'partner',
  'partner id',
  'partner name',
  'dealer',
  'distributor',
  'customer',
  'customer name',
  'reseller',
  'retailer',
  'account',
  'pelanggan',
  'rakan kongsi',
  'mitra',
  'klant',
  'relatie',
] as const;

/** Header words per field, most specific first. Compared after `headerKey`. */
const synonyms: Record<DataImportKind, Record<string, readonly string[]>> = {
  sales: {
    partner: [
      'partner',
      'partner id',
      'partner name',
      'dealer',
      'distributor',
      'customer',
      'customer name',
      'reseller',
      'retailer',
      'wholesaler',
      'account',
      'pelanggan',
      'nama pelanggan',
      'rakan kongsi',
      'mitra',
      'klant',
      'klantnaam',
      'relatie',
      'wederverkoper',
      'name',
      'nama',
      'naam',
    ],
    month: ['month', 'period', 'bulan', 'tempoh', 'periode', 'maand', 'date', 'tarikh', 'tanggal', 'datum'],
    revenue: [
      'revenue',
      'sales',
      'amount',
      'turnover',
      'total',
      'value',
      'jualan',
      'hasil',
      'jumlah',
      'penjualan',
      'pendapatan',
      'nilai',
      'omzet',
      'bedrag',
      'opbrengst',
      'waarde',
    ],
    units: [
      'units',
      'unit',
      'qty',
      'quantity',
      'pieces',
      'pcs',
      'kuantiti',
      'jumlah unit',
      'jumlah barang',
      'aantal',
      'stuks',
    ],
    orders: [
      'orders',
      'order',
      'order count',
      'pesanan',
      'jumlah pesanan',
      'tempahan',
      'bestellingen',
      'bestelling',
      'orders count',
    ],
    currency: ['currency', 'ccy', 'mata wang', 'mata uang', 'valuta', 'munt'],
    note: ['note', 'notes', 'remarks', 'comment', 'catatan', 'nota', 'keterangan', 'opmerking', 'notitie'],
  },
  surveys: {
    partner: [...partnerHeaders, 'company', 'syarikat', 'perusahaan', 'bedrijf'],
    contact: [
      'contact',
      'contact name',
      'contact person',
      'email',
      'e-mail',
      'respondent',
      'name',
      'person',
      'kenalan',
      'hubungan',
      'kontak',
      'responden',
      'contactpersoon',
      'nama',
      'naam',
    ],
    date: [
      'date',
      'answered on',
      'survey date',
      'day',
      'tarikh',
      'tanggal',
      'hari',
      'datum',
      'dag',
      'month',
      'bulan',
      'maand',
    ],
    nps: ['nps', 'score', 'nps score', 'recommend', 'likely to recommend', 'skor', 'nilai nps', 'aanbevelen'],
    satisfaction: [
      'satisfaction',
      'csat',
      'satisfied',
      'kepuasan',
      'kepuasan pelanggan',
      'tevredenheid',
      'tevreden',
    ],
    comment: [
      'comment',
      'comments',
      'remarks',
      'remark',
      'feedback',
      'note',
      'notes',
      'ulasan',
      'komen',
      'komentar',
      'catatan',
      'masukan',
      'opmerking',
      'opmerkingen',
      'toelichting',
    ],
  },
  claims: {
    partner: [...partnerHeaders, 'wederverkoper'],
    invoiceNumber: [
      'invoice number',
      'invoice no',
      'invoice nr',
      'invoice',
      'inv no',
      'nombor invois',
      'no invois',
      'invois',
      'nomor faktur',
      'no faktur',
      'faktur',
      'factuurnummer',
      'factuur nr',
      'factuur',
    ],
    invoiceDate: [
      'invoice date',
      'date',
      'tarikh invois',
      'tarikh',
      'tanggal faktur',
      'tanggal',
      'factuurdatum',
      'datum',
    ],
    sku: [
      'sku',
      'product code',
      'item code',
      'article number',
      'product',
      'item',
      'kod produk',
      'kod barang',
      'kode produk',
      'kode barang',
      'produk',
      'artikelnummer',
      'artikelcode',
      'artikel',
    ],
    quantity: [
      'quantity',
      'qty',
      'units',
      'pcs',
      'pieces',
      'kuantiti',
      'kuantitas',
      'banyaknya',
      'aantal',
      'stuks',
    ],
    amount: [
      'amount',
      'line amount',
      'line total',
      'total',
      'value',
      'sales',
      'amaun',
      'jumlah',
      'nilai',
      'harga',
      'bedrag',
      'totaal',
      'waarde',
    ],
    serialNumbers: [
      'serial numbers',
      'serial number',
      'serials',
      'serial no',
      'serial',
      'sn',
      'nombor siri',
      'no siri',
      'nomor seri',
      'no seri',
      'serienummers',
      'serienummer',
    ],
    note: ['note', 'notes', 'remarks', 'comment', 'catatan', 'nota', 'keterangan', 'opmerking', 'notitie'],
    currency: ['currency', 'ccy', 'mata wang', 'mata uang', 'valuta', 'munt'],
  },
};

/** "Mata Wang (RM)" → "mata wang rm": case, accents and punctuation do not matter. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const compact = (key: string) => key.replace(/ /g, '');

/**
 * The mapping suggested by the headers: whole-header matches first (across all fields, most
 * specific synonym first), then headers that contain a synonym as a word ("Revenue (MYR)").
 */
export function suggestMapping(kind: DataImportKind, columns: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = Object.fromEntries(importFields[kind].map((f) => [f.key, null]));
  const used = new Set<string>();
  const keys = columns.map((column) => headerKey(column));
  const passes: ((key: string, synonym: string) => boolean)[] = [
    (key, synonym) => compact(key) === compact(synonym),
    (key, synonym) => ` ${key} `.includes(` ${synonym} `),
  ];
  for (const matches of passes) {
    for (const field of importFields[kind]) {
      if (mapping[field.key]) continue;
      for (const synonym of synonyms[kind][field.key] ?? []) {
        const index = keys.findIndex(
          (key, i) => !used.has(columns[i]!) && key !== '' && matches(key, synonym),
        );
        if (index >= 0) {
          mapping[field.key] = columns[index]!;
          used.add(columns[index]!);
          break;
        }
      }
    }
  }
  return mapping;
}

/** The user's choices over the suggestion; a choice of a column the file lacks counts as unmapped. */
export function resolveMapping(
  kind: DataImportKind,
  columns: readonly string[],
  chosen: Readonly<Record<string, string | null>>,
): ColumnMapping {
  const suggested = suggestMapping(kind, columns);
  const mapping: ColumnMapping = {};
  for (const field of importFields[kind]) {
    const choice = Object.hasOwn(chosen, field.key) ? chosen[field.key] : suggested[field.key];
    mapping[field.key] = choice && columns.includes(choice) ? choice : null;
  }
  return mapping;
}

/** Per field: a required field left unmapped, or a column already filling another field. */
export function mappingErrors(kind: DataImportKind, mapping: ColumnMapping): Record<string, FieldMessage> {
  const errors: Record<string, FieldMessage> = {};
  const firstUse = new Map<string, string>();
  for (const field of importFields[kind]) {
    const column = mapping[field.key] ?? null;
    if (column === null) {
      if (field.required) errors[field.key] = fieldMessage('validation.importUnmapped');
      continue;
    }
    const earlier = firstUse.get(column);
    if (earlier !== undefined) {
      errors[field.key] = fieldMessage('validation.importColumnTwice', {
        column,
        field: importFieldNames[earlier] ?? earlier,
      });
    } else firstUse.set(column, field.key);
  }
  if (kind === 'surveys' && !mapping.nps && !mapping.satisfaction) {
    errors.nps = fieldMessage('validation.importNoAnswers');
  }
  return errors;
}

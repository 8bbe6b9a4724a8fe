// Which column of the file fills which field: suggested from the headers (in English, Malay,
// Indonesian, Dutch and Chinese, ignoring case, spaces and accents), overridden by the user's choice, and
// checked (every required field mapped, no column used for two fields).
import {
  importFieldNames,
  importFields,
  type DataImportKind,
  type ImportMatchMode,
} from '../../shared/data-import';
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

const emailHeaders = [
  'email',
  'e mail',
  'email address',
  'mail',
  'emel',
  'surel',
  'e mailadres',
  '邮箱',
  '电子邮件',
  '电子邮箱',
];
const phoneHeaders = [
  'phone',
  'telephone',
  'tel',
  'phone number',
  'mobile',
  'telefon',
  'telepon',
  'no telefon',
  'nomor telepon',
  'telefoon',
  'telefoonnummer',
  '电话',
  '手机',
  '联系电话',
];

/** Header words per field, most specific first. Compared after `headerKey`. */
const synonyms: Record<DataImportKind, Record<string, readonly string[]>> = {
  partners: {
    externalId: [
      'external id',
      'external_id',
      'erp id',
      'partner code',
      'customer code',
      'customer id',
      'partner id',
      'code',
      'id',
      'kod',
      'kode',
      'kode pelanggan',
      'klantnummer',
      'klantcode',
      '外部编号',
      '客户编号',
      '编号',
      '代码',
    ],
    name: [
      'name',
      'partner',
      'partner name',
      'company',
      'company name',
      'dealer',
      'distributor',
      'customer',
      'customer name',
      'account',
      'nama',
      'nama syarikat',
      'nama perusahaan',
      'syarikat',
      'perusahaan',
      'naam',
      'bedrijfsnaam',
      'bedrijf',
      '名称',
      '公司名称',
      '客户名称',
      '经销商',
      '公司',
      '名字',
    ],
    legalName: [
      'legal name',
      'registered name',
      'company legal name',
      'nama berdaftar',
      'nama resmi',
      'statutaire naam',
      '法定名称',
      '注册名称',
    ],
    type: ['type', 'partner type', 'kind', 'channel', 'jenis', 'tipe', 'soort', '类型', '渠道类型'],
    status: ['status', 'state', 'keadaan', '状态'],
    region: [
      'region',
      'area',
      'territory',
      'wilayah',
      'kawasan',
      'daerah',
      'regio',
      'gebied',
      '地区',
      '区域',
      '大区',
    ],
    country: ['country', 'country code', 'negara', 'land', 'landcode', '国家', '国家代码'],
    city: ['city', 'town', 'bandar', 'kota', 'plaats', 'stad', 'woonplaats', '城市'],
    address: ['address', 'street', 'alamat', 'adres', '地址'],
    phone: phoneHeaders,
    email: emailHeaders,
    website: ['website', 'web', 'url', 'homepage', 'laman web', 'situs', '网站', '网址'],
    owner: [
      'owner',
      'account owner',
      'account manager',
      'sales rep',
      'salesperson',
      'pemilik',
      'pengurus akaun',
      'eigenaar',
      'accountmanager',
      '负责人',
      '客户经理',
    ],
    partnershipStart: [
      'partnership start',
      'partner since',
      'since',
      'start date',
      'joined',
      'mula',
      'tanggal mulai',
      'sinds',
      'startdatum',
      '合作开始',
      '合作日期',
      '开始日期',
    ],
    tags: ['tags', 'tag', 'labels', 'label', 'tanda', 'etiket', '标签'],
    visitCadenceDays: [
      'visit every days',
      'visit every',
      'visit cadence',
      'visit interval',
      'cadence',
      '拜访周期',
    ],
    notes: [
      'notes',
      'note',
      'remarks',
      'comment',
      'comments',
      'catatan',
      'nota',
      'keterangan',
      'opmerking',
      'opmerkingen',
      'notities',
      '备注',
      '说明',
    ],
  },
  contacts: {
    partner: [
      ...partnerHeaders,
      'partner name',
      'company',
      'company name',
      'syarikat',
      'perusahaan',
      'bedrijf',
      '合作伙伴',
      '经销商',
      '客户',
      '公司',
    ],
    partnerCity: ['partner city', 'city', 'town', 'bandar', 'kota', 'plaats', 'stad', '城市'],
    partnerExternalId: [
      'partner external id',
      'external id',
      'partner code',
      'customer code',
      'kode pelanggan',
      'klantnummer',
      '客户编号',
      '外部编号',
    ],
    name: [
      'name',
      'contact',
      'contact name',
      'contact person',
      'full name',
      'person',
      'nama',
      'kenalan',
      'kontak',
      'naam',
      'contactpersoon',
      '姓名',
      '联系人',
      '名字',
    ],
    role: ['role', 'title', 'job title', 'position', 'jawatan', 'jabatan', 'functie', 'rol', '职位', '职务'],
    phone: phoneHeaders,
    email: emailHeaders,
    whatsapp: [
      'whatsapp',
      'wa',
      'whatsapp number',
      'no whatsapp',
      'nomor whatsapp',
      'whatsapp nummer',
      '微信',
    ],
    birthday: [
      'birthday',
      'birth date',
      'date of birth',
      'dob',
      'born',
      'hari jadi',
      'tarikh lahir',
      'tanggal lahir',
      'ulang tahun',
      'verjaardag',
      'geboortedatum',
      '生日',
      '出生日期',
    ],
    birthdayLunar: [
      'lunar birthday',
      'lunar',
      'chinese calendar',
      'lunar calendar',
      'hari jadi lunar',
      'imlek',
      'maankalender',
      '农历生日',
      '农历',
    ],
    preferredLanguage: ['language', 'preferred language', 'lang', 'bahasa', 'taal', '语言'],
    familyNotes: ['family notes', 'family', 'keluarga', 'familie', 'gezin', '家庭', '家人'],
    interests: ['interests', 'hobbies', 'hobby', 'minat', 'hobi', 'interesses', '兴趣', '爱好'],
  },
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
  /** The mapping remembered for this layout, which wins over the suggestion. */
  remembered: ColumnMapping | null = null,
): ColumnMapping {
  const suggested = { ...suggestMapping(kind, columns), ...remembered };
  const mapping: ColumnMapping = {};
  for (const field of importFields[kind]) {
    const choice = Object.hasOwn(chosen, field.key) ? chosen[field.key] : suggested[field.key];
    mapping[field.key] = choice && columns.includes(choice) ? choice : null;
  }
  return mapping;
}

/** Per field: a required field left unmapped, or a column already filling another field. */
export function mappingErrors(
  kind: DataImportKind,
  mapping: ColumnMapping,
  matchBy: ImportMatchMode = 'nameCity',
): Record<string, FieldMessage> {
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
  if (kind === 'partners' && matchBy === 'externalId' && !mapping.externalId) {
    errors.externalId = fieldMessage('validation.importUnmapped');
  }
  if (kind === 'surveys' && !mapping.nps && !mapping.satisfaction) {
    errors.nps = fieldMessage('validation.importNoAnswers');
  }
  return errors;
}

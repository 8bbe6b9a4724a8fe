// Importing a spreadsheet (CSV or XLSX) of partners, contacts, sales records, survey answers or a
// program's sales claims (rows with the same partner and invoice form one claim): the file is read
// and checked by the core, the user maps columns to fields and sees every row's fate in a preview,
// and only a clean preview can be committed, all rows in one batch.
import { z } from 'zod';
import { fieldMessageSchema, type FieldMessage } from './errors';
import { isoDateField, limits, ulidField } from './validation';

export const dataImportKinds = ['partners', 'contacts', 'sales', 'surveys', 'claims'] as const;
export type DataImportKind = (typeof dataImportKinds)[number];

export interface ImportField {
  key: string;
  required: boolean;
}

/** The fields each kind of import fills, in the order of the template and the preview table. */
export const importFields: Record<DataImportKind, readonly ImportField[]> = {
  // Only the name is required of every row: type and country are asked of new partners only, so a
  // file that updates phones by external id needs no other column.
  partners: [
    { key: 'externalId', required: false },
    { key: 'name', required: true },
    { key: 'legalName', required: false },
    { key: 'type', required: false },
    { key: 'status', required: false },
    { key: 'region', required: false },
    { key: 'country', required: false },
    { key: 'city', required: false },
    { key: 'address', required: false },
    { key: 'phone', required: false },
    { key: 'email', required: false },
    { key: 'website', required: false },
    { key: 'owner', required: false },
    { key: 'partnershipStart', required: false },
    { key: 'tags', required: false },
    { key: 'visitCadenceDays', required: false },
    { key: 'notes', required: false },
  ],
  contacts: [
    { key: 'partner', required: true },
    { key: 'partnerCity', required: false },
    { key: 'partnerExternalId', required: false },
    { key: 'name', required: true },
    { key: 'role', required: false },
    { key: 'phone', required: false },
    { key: 'email', required: false },
    { key: 'whatsapp', required: false },
    { key: 'birthday', required: false },
    { key: 'birthdayLunar', required: false },
    { key: 'preferredLanguage', required: false },
    { key: 'familyNotes', required: false },
    { key: 'interests', required: false },
  ],
  sales: [
    { key: 'partner', required: true },
    { key: 'month', required: true },
    { key: 'revenue', required: true },
    { key: 'units', required: false },
    { key: 'orders', required: false },
    { key: 'currency', required: false },
    { key: 'note', required: false },
  ],
  surveys: [
    { key: 'partner', required: true },
    { key: 'contact', required: false },
    { key: 'date', required: true },
    { key: 'nps', required: false },
    { key: 'satisfaction', required: false },
    { key: 'comment', required: false },
  ],
  claims: [
    { key: 'partner', required: true },
    { key: 'invoiceNumber', required: true },
    { key: 'invoiceDate', required: true },
    { key: 'sku', required: true },
    { key: 'quantity', required: true },
    { key: 'amount', required: true },
    { key: 'serialNumbers', required: false },
    { key: 'note', required: false },
    { key: 'currency', required: false },
  ],
};

/** At most this many rows travel with a preview (errors first); counts always cover every row. */
export const maxPreviewRows = 500;

/** 40 MB of spreadsheet: 100,000 partners with every column fit with room to spare. */
export const maxImportBytes = 40 * 1024 * 1024;

/** Rows one import takes: beyond it the preview and one undoable batch get unwieldy. */
export const maxImportRows = 200_000;

/**
 * How rows find the stored record they update (partners and contacts): by name and city (contacts:
 * by name within their partner), by the partner's external id, or never (every row is new).
 */
export const importMatchModes = ['nameCity', 'externalId', 'new'] as const;
export type ImportMatchMode = (typeof importMatchModes)[number];

/** The kinds whose rows are matched to stored records by the user's choice of mode. */
export const matchedImportKinds: readonly DataImportKind[] = ['partners', 'contacts'];

/** A client-chosen id under which a long preview or commit reports progress and can be cancelled. */
export const importJobIdField = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/)
  .nullable()
  .default(null);

export const importFileSchema = z.object({
  kind: z.enum(dataImportKinds),
  fileName: z.string().trim().min(1).max(limits.shortText),
  /** The file's bytes, base64. */
  contentBase64: z.string().max(Math.ceil((maxImportBytes * 4) / 3) + 4),
  /** Field → column header of the file; missing fields are suggested from the headers. */
  mapping: z.record(z.string(), z.string().nullable()).default({}),
  /** The user's today: future months and days are refused. */
  today: isoDateField,
  /** Claims: the program they are claimed under (required for that kind, ignored otherwise). */
  programId: ulidField.nullable().default(null),
  /** Partners and contacts: how rows find the record they update (ignored for other kinds). */
  matchBy: z.enum(importMatchModes).default('nameCity'),
  jobId: importJobIdField,
});
export type ImportFileInput = z.input<typeof importFileSchema>;

export const importRowStatuses = ['new', 'update', 'unchanged', 'error'] as const;
export type ImportRowStatus = (typeof importRowStatuses)[number];

const fieldMessage = fieldMessageSchema;

export const importPreviewSchema = z.object({
  fileHash: z.string(),
  /** The workspace's currency (claims: the program's): amounts are read in it, a row in another one is refused. */
  currency: z.string(),
  /** Data rows in the file (the header excluded); `rows` holds at most maxPreviewRows of them. */
  totalRows: z.number().int(),
  /** Headers of the file (first row), in order. */
  columns: z.array(z.string()),
  /** The text encoding a CSV was read in ("utf-8", "utf-16le", "gb18030"...); null for XLSX. */
  encoding: z.string().nullable().default(null),
  /** The fields this kind of import fills, with whether each is required. */
  fields: z.array(z.object({ key: z.string(), required: z.boolean() })),
  /** The mapping used for this preview (the user's, else the suggestion). */
  mapping: z.record(z.string(), z.string().nullable()),
  /** The mapping came from the last import of a file with these same headers. */
  mappingRemembered: z.boolean().default(false),
  /** Problems with the mapping itself (a required field unmapped, one column used twice). */
  mappingErrors: z.record(z.string(), fieldMessage),
  /** A problem with the whole file (unreadable, empty, no header row). */
  fileError: fieldMessage.nullable(),
  /** Every error row up to maxPreviewRows, then the first other rows, in file order. */
  rows: z.array(
    z.object({
      /** Line number as the user sees it in their spreadsheet (header is 1). */
      rowNumber: z.number().int(),
      status: z.enum(importRowStatuses),
      /** The row's values by field, as read (for the preview table). */
      values: z.record(z.string(), z.string()),
      /** The partner the row was matched to, by code or name. */
      partnerName: z.string().nullable(),
      /** What an update replaces, e.g. the stored revenue (shown as old → new). */
      previous: z.record(z.string(), z.string()).nullable(),
      errors: z.record(z.string(), fieldMessage),
    }),
  ),
  counts: z.object({
    new: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    error: z.number().int(),
  }),
  /** This exact file was committed before (re-importing changes only what differs). */
  previousImport: z.object({ id: z.string(), at: z.string(), fileName: z.string() }).nullable(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importCommitInputSchema = importFileSchema.extend({
  /** The preview the user confirmed: a different file is refused rather than imported blind. */
  fileHash: z.string(),
});
export type ImportCommitInput = z.input<typeof importCommitInputSchema>;

export const importCommitSchema = z.object({
  /** The user cancelled while it ran: nothing was written. */
  cancelled: z.boolean().default(false),
  /** Null when every row was unchanged (nothing written). */
  id: z.string().nullable(),
  batchId: z.string().nullable(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type ImportCommit = z.infer<typeof importCommitSchema>;

export const dataImportSchema = z.object({
  id: z.string(),
  kind: z.enum(dataImportKinds),
  fileName: z.string(),
  rowCount: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  at: z.string(),
});
export type DataImport = z.infer<typeof dataImportSchema>;

export const importPhases = ['reading', 'checking', 'writing'] as const;
export type ImportPhase = (typeof importPhases)[number];

/** How far a running preview or commit is: rows of the phase done out of total. */
export const importProgressSchema = z.object({
  phase: z.enum(importPhases),
  done: z.number().int(),
  total: z.number().int(),
  cancelled: z.boolean(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

export const importJobInputSchema = z.object({ jobId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) });

/** The fields' names in English: template headers, export headers, and messages naming a field. */
export const importFieldNames: Record<string, string> = {
  externalId: 'External ID',
  name: 'Name',
  legalName: 'Legal name',
  type: 'Type',
  status: 'Status',
  region: 'Region',
  country: 'Country',
  city: 'City',
  address: 'Address',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  owner: 'Owner',
  partnershipStart: 'Partnership start',
  tags: 'Tags',
  visitCadenceDays: 'Visit every (days)',
  notes: 'Notes',
  partnerCity: 'Partner city',
  partnerExternalId: 'Partner external ID',
  role: 'Role',
  whatsapp: 'WhatsApp',
  birthday: 'Birthday',
  birthdayLunar: 'Lunar birthday',
  preferredLanguage: 'Language',
  familyNotes: 'Family notes',
  interests: 'Interests',
  partner: 'Partner',
  month: 'Month',
  revenue: 'Revenue',
  units: 'Units',
  orders: 'Orders',
  currency: 'Currency',
  note: 'Note',
  contact: 'Contact',
  date: 'Date',
  nps: 'NPS',
  satisfaction: 'Satisfaction',
  comment: 'Comment',
  invoiceNumber: 'Invoice number',
  invoiceDate: 'Invoice date',
  sku: 'SKU',
  quantity: 'Quantity',
  amount: 'Amount',
  serialNumbers: 'Serial numbers',
};

/**
 * English of the partner and contact import's own row and file messages (keys under
 * dataImport.errors, translated with the rest of the import's strings).
 */
export const importMessages: Record<string, string> = {
  'dataImport.errors.tooManyRows':
    'This file has {{rows}} rows; at most {{max}} can be imported at once: split it into smaller files.',
  'dataImport.errors.notSpreadsheet':
    'This is not a spreadsheet (it looks like a {{what}} file): choose a .csv or .xlsx file.',
  'dataImport.errors.neededForNew':
    'A new partner needs this: fill it in or match the row to a stored partner.',
  'dataImport.errors.partnerType':
    "'{{value}}' is not a partner type: write distributor, wholesaler, dealer, reseller, retailer or agent.",
  'dataImport.errors.partnerStatus':
    "'{{value}}' is not a status: write prospect, active, paused or churned.",
  'dataImport.errors.country':
    "'{{value}}' is not a country: write its two-letter code (e.g. MY, ID, NL, CN).",
  'dataImport.errors.ownerUnknown':
    "No owner named '{{value}}': add them under Owners first, or leave it empty.",
  'dataImport.errors.ownerAmbiguous': "Several owners are named '{{value}}': write their e-mail address.",
  'dataImport.errors.date': "'{{value}}' is not a date: write YYYY-MM-DD (e.g. 2021-06-01).",
  'dataImport.errors.birthday':
    "'{{value}}' is not a birthday: write YYYY-MM-DD, or --MM-DD when the year is unknown.",
  'dataImport.errors.days': "'{{value}}' is not a number of days from 1 to 730.",
  'dataImport.errors.yesNo': "'{{value}}' is neither yes nor no.",
  'dataImport.errors.language': "'{{value}}' is not a language: write en, zh, ms, id or nl.",
  'dataImport.errors.externalIdMissing': 'Matching by external id: this row has none.',
  'dataImport.errors.externalIdTaken': "'{{value}}' is already the external id of {{name}}.",
  'dataImport.errors.duplicateRow': 'Row {{row}} is the same record: remove one of them.',
  'dataImport.errors.matchAmbiguous':
    '{{count}} stored partners are named {{name}} (in the same city): match by external id instead.',
  'dataImport.errors.contactAmbiguous':
    '{{partner}} has {{count}} contacts named {{name}}: remove the duplicate contact, or import them as new.',
  'dataImport.errors.partnerExternalUnknown': "No partner has the external id '{{value}}'.",
  'dataImport.errors.partnerInCityUnknown': "No partner named '{{name}}' in {{city}}.",
  'dataImport.errors.cancelled': 'The import was cancelled: nothing was imported.',
};

export function importMessage(key: string, params?: Record<string, string | number>): FieldMessage {
  const template = importMessages[key] ?? key;
  const message = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
  return { key, ...(params ? { params } : {}), message };
}

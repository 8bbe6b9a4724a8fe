// Importing a spreadsheet (CSV or XLSX) of sales records, survey answers or a program's sales claims
// (rows with the same partner and invoice form one claim): the file is read and
// checked by the core, the user maps columns to fields and sees every row's fate in a preview, and
// only a clean preview can be committed, all rows in one batch.
import { z } from 'zod';
import { fieldMessageSchema } from './errors';
import { isoDateField, limits, ulidField } from './validation';

export const dataImportKinds = ['sales', 'surveys', 'claims'] as const;
export type DataImportKind = (typeof dataImportKinds)[number];

export interface ImportField {
  key: string;
  required: boolean;
}

/** The fields each kind of import fills, in the order of the template and the preview table. */
export const importFields: Record<DataImportKind, readonly ImportField[]> = {
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

/** 20 MB of spreadsheet: far above a year of a big channel's monthly sales. */
export const maxImportBytes = 20 * 1024 * 1024;

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
  /** The fields this kind of import fills, with whether each is required. */
  fields: z.array(z.object({ key: z.string(), required: z.boolean() })),
  /** The mapping used for this preview (the user's, else the suggestion). */
  mapping: z.record(z.string(), z.string().nullable()),
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

/** The fields' names in English: template headers, and messages that name another field. */
export const importFieldNames: Record<string, string> = {
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

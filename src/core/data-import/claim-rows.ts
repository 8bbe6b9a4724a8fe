// Reads a file of sales claims for one program: each row is a line (partner, invoice, SKU,
// quantity, amount, serial numbers), rows with the same partner and invoice form one claim. A claim's
// id is derived from program, partner and invoice, so importing the same file again finds every
// claim unchanged. Pure: the loaded program, partners, enrolments, catalog and claims are passed in.
import type { FieldMessage } from '../../shared/errors';
import { skuKey } from '../../shared/products';
import { fieldMessage, limits } from '../../shared/validation';
import {
  invoiceDateRefusal,
  invoiceKey,
  lineTotals,
  type ProgramFacts,
  type StoredClaimLine,
} from '../claims/claim-checks';
import type { FieldValue } from '../db/apply-changes';
import { derivedId } from '../db/ids';
import type { Catalog } from '../products/catalog';
import { parseDay, parseDecimal, parseWhole } from './cell-values';
import type { PartnerIndex } from './lookups';
import { RowErrors, rowPartner, type CheckedRow, type ParsedRow } from './parsed-row';

export interface ClaimRowContext {
  today: string;
  programId: string;
  program: ProgramFacts;
  /** Decimals of the program's currency. */
  digits: number;
  partners: PartnerIndex;
  /** Partners with a live enrolment in the program. */
  enrolled: ReadonlySet<string>;
  catalog: Catalog;
  /** Optional fields the file has a column for. */
  mapped: ReadonlySet<string>;
}

export interface ClaimRow extends ParsedRow {
  /** The claim this row is a line of, once its partner and invoice number are known. */
  claim: { id: string; partnerId: string; invoiceNumber: string; key: string } | null;
  invoiceDate: string | null;
  line: StoredClaimLine | null;
  note: string;
}

const maxSerial = 80;

export function readClaimRow(
  rowNumber: number,
  values: Record<string, string>,
  ctx: ClaimRowContext,
): ClaimRow {
  const errors = new RowErrors();
  const partner = rowPartner(ctx.partners, values.partner ?? '', errors);
  if (partner && !ctx.enrolled.has(partner.id)) {
    errors.add('partner', 'validation.partnerNotEnrolled', { partner: partner.name });
  }
  const invoiceNumber = (values.invoiceNumber ?? '').trim();
  const key = invoiceKey(invoiceNumber);
  if (invoiceNumber === '') errors.add('invoiceNumber', 'validation.required');
  else if (invoiceNumber.length > 60) errors.add('invoiceNumber', 'validation.tooLong', { max: 60 });
  else if (key === '') errors.add('invoiceNumber', 'validation.invalid');

  const invoiceDate = readInvoiceDate(values.invoiceDate ?? '', ctx, errors);
  const skuText = (values.sku ?? '').trim();
  const product = skuText === '' ? undefined : ctx.catalog.byCode.get(skuKey(skuText));
  if (skuText === '') errors.add('sku', 'validation.required');
  else if (!product) errors.add('sku', 'validation.skuUnknown', { sku: skuText });
  const quantityText = values.quantity ?? '';
  const quantity = errors.take(
    'quantity',
    quantityText.trim() === ''
      ? { ok: false, key: 'validation.required' }
      : parseWhole(quantityText, 1, 1_000_000, 'validation.quantity'),
  );
  const amountText = values.amount ?? '';
  let amountMinor = errors.take(
    'amount',
    amountText.trim() === ''
      ? { ok: false, key: 'validation.required' }
      : parseDecimal(amountText, ctx.digits, ctx.program.currency),
  );
  if (amountMinor === 0) {
    errors.add('amount', 'validation.positiveAmount');
    amountMinor = null;
  }
  const serialNumbers = (values.serialNumbers ?? '')
    .split(/[;,]/)
    .map((serial) => serial.trim())
    .filter((serial) => serial !== '');
  if (serialNumbers.some((serial) => serial.length > maxSerial)) {
    errors.add('serialNumbers', 'validation.tooLong', { max: maxSerial });
  }
  const currency = (values.currency ?? '').trim().toUpperCase();
  if (currency !== '' && currency !== ctx.program.currency) {
    errors.add('currency', 'validation.importClaimCurrency', { currency, program: ctx.program.currency });
  }
  const note = (values.note ?? '').trim();
  if (note.length > limits.longText) errors.add('note', 'validation.tooLong', { max: limits.longText });

  const claim =
    partner && key !== '' && invoiceNumber.length <= 60
      ? { id: derivedId('claim', ctx.programId, partner.id, key), partnerId: partner.id, invoiceNumber, key }
      : null;
  const line =
    product && quantity !== null && amountMinor !== null
      ? { sku: skuText, productId: product.id, quantity, amountMinor, serialNumbers }
      : null;
  return { rowNumber, values, partner, errors: errors.fields, record: null, claim, invoiceDate, line, note };
}

function readInvoiceDate(text: string, ctx: ClaimRowContext, errors: RowErrors): string | null {
  const day = parseDay(text, '9999-12-31');
  if (!day.ok) {
    errors.add('invoiceDate', day.key, day.params);
    return null;
  }
  const refusal = invoiceDateRefusal(ctx.program, day.value, ctx.today);
  if (refusal) {
    errors.add('invoiceDate', refusal.key, refusal.params);
    return null;
  }
  return day.value;
}

/** A claim as stored, as far as a re-import compares it. */
export interface StoredClaim {
  id: string;
  partnerId: string;
  invoiceNumber: string;
  invoiceKey: string;
  invoiceDate: string;
  lines: string;
  note: string;
  status: string;
  revision: number;
  deletedAt: string | null;
}

/** A live, not rejected claim holding an invoice of a partner in the program. */
export interface TakenInvoice {
  id: string;
  partnerId: string;
  key: string;
  invoiceNumber: string;
  invoiceDate: string;
}

/**
 * Groups rows into claims and compares each with what is stored. Every row of a claim shares its
 * status; the claim's first row carries what the commit writes. Refused: an invoice the partner
 * already claimed otherwise (by hand, or decided since), one invoice with two dates, a line twice.
 */
export function classifyClaimRows(
  rows: readonly ClaimRow[],
  stored: ReadonlyMap<string, StoredClaim>,
  taken: readonly TakenInvoice[],
  ctx: Pick<ClaimRowContext, 'programId' | 'program' | 'mapped'>,
): CheckedRow[] {
  const groups = new Map<string, ClaimRow[]>();
  for (const row of rows) {
    if (!row.claim) continue;
    const group = groups.get(row.claim.id);
    if (group) group.push(row);
    else groups.set(row.claim.id, [row]);
  }
  const takenBy = new Map<string, TakenInvoice[]>();
  for (const invoice of taken) {
    const key = `${invoice.partnerId}|${invoice.key}`;
    takenBy.set(key, [...(takenBy.get(key) ?? []), invoice]);
  }
  const outcome = new Map<number, CheckedRow>();

  for (const [id, group] of groups) {
    const errorsOf = new Map<number, Record<string, FieldMessage>>(
      group.map((row) => [row.rowNumber, { ...row.errors }]),
    );
    const addError = (row: ClaimRow, field: string, message: FieldMessage) => {
      const errors = errorsOf.get(row.rowNumber)!;
      errors[field] ??= message;
    };
    const first = group[0]!;
    const claimOf = first.claim!;
    const dated = group.find((row) => row.invoiceDate !== null);
    const seenLines = new Map<string, number>();
    for (const row of group) {
      if (dated && row.invoiceDate !== null && row.invoiceDate !== dated.invoiceDate) {
        addError(
          row,
          'invoiceDate',
          fieldMessage('validation.importInvoiceDates', { row: dated.rowNumber, date: dated.invoiceDate! }),
        );
      }
      if (row.line) {
        const lineKey = `${skuKey(row.line.sku)}|${row.line.quantity}|${row.line.amountMinor}`;
        const earlier = seenLines.get(lineKey);
        if (earlier !== undefined)
          addError(row, 'sku', fieldMessage('validation.importDuplicateLine', { row: earlier }));
        else seenLines.set(lineKey, row.rowNumber);
      }
    }
    const other = takenBy.get(`${claimOf.partnerId}|${claimOf.key}`)?.find((invoice) => invoice.id !== id);
    const current = stored.get(id);
    const alreadyClaimed = (invoice: { invoiceNumber: string; invoiceDate: string }) => {
      for (const row of group) {
        addError(
          row,
          'invoiceNumber',
          fieldMessage('validation.invoiceDuplicate', {
            invoice: invoice.invoiceNumber,
            date: invoice.invoiceDate,
          }),
        );
      }
    };
    if (other) alreadyClaimed(other);

    const lines = group.flatMap((row) => (row.line ? [row.line] : []));
    const fields: Record<string, FieldValue> = {
      invoiceNumber: claimOf.invoiceNumber,
      invoiceKey: claimOf.key,
      invoiceDate: dated?.invoiceDate ?? '',
      lines: lines as unknown as FieldValue,
      ...lineTotals(lines),
    };
    if (ctx.mapped.has('note')) fields.note = group.find((row) => row.note !== '')?.note ?? '';

    let status: CheckedRow['status'] = 'new';
    let write: Record<string, FieldValue> | null = null;
    let previous: Record<string, string> | null = null;
    if (!current || current.deletedAt !== null) {
      write = {
        programId: ctx.programId,
        partnerId: claimOf.partnerId,
        ...fields,
        currency: ctx.program.currency,
        attachments: [],
        note: fields.note ?? '',
        status: 'submitted',
        decisionReason: '',
        decidedOn: null,
        decidedBy: null,
        revision: current ? current.revision + 1 : 0,
        deletedAt: null,
      };
    } else {
      const changed: Record<string, FieldValue> = {};
      for (const [field, value] of Object.entries(fields)) {
        const before =
          field === 'lines'
            ? JSON.parse(current.lines)
            : (current as unknown as Record<string, unknown>)[field];
        if (field === 'lineCount' || field === 'totalMinor' || field === 'units') continue;
        if (JSON.stringify(before) !== JSON.stringify(value)) changed[field] = value;
      }
      if (Object.keys(changed).length === 0) status = 'unchanged';
      else if (current.status !== 'submitted') alreadyClaimed(current);
      else {
        status = 'update';
        if (changed.lines) Object.assign(changed, lineTotals(lines));
        write = { ...changed, revision: current.revision + 1 };
        previous = changed.invoiceDate ? { invoiceDate: current.invoiceDate } : null;
      }
    }
    group.forEach((row, index) => {
      const errors = errorsOf.get(row.rowNumber)!;
      const failed = Object.keys(errors).length > 0;
      outcome.set(row.rowNumber, {
        ...row,
        errors,
        status: failed ? 'error' : status,
        previous: index === 0 ? previous : null,
        record: index === 0 ? { id, fields: write ?? {} } : null,
        write: index === 0 && !failed ? write : null,
      });
    });
  }
  return rows.map(
    (row) =>
      outcome.get(row.rowNumber) ?? { ...row, status: 'error', previous: null, write: null, record: null },
  );
}

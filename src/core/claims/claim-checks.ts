// The checks a claim passes before it is stored, as pure functions shared by the claim form and the
// claims import: the program takes claims, the invoice date lies in its period and not in the
// future, and every line's code is a product's SKU or alias. Each refusal names its field.
import type { FieldMessage } from '../../shared/errors';
import { skuKey } from '../../shared/products';
import { fieldMessage } from '../../shared/validation';
import type { Catalog } from '../products/catalog';

/** A line as stored in claims.lines. */
export interface StoredClaimLine {
  sku: string;
  productId: string;
  quantity: number;
  amountMinor: number;
  serialNumbers: string[];
}

export interface ProgramFacts {
  name: string;
  status: string;
  startsOn: string;
  endsOn: string;
  currency: string;
}

/** How invoice numbers are compared: "inv 2026/001" and "INV-2026-001" are the same invoice. */
export function invoiceKey(invoiceNumber: string): string {
  return invoiceNumber
    .normalize('NFKD')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Null when the program takes claims, else why not (at `programId`). */
export function programRefusal(program: ProgramFacts): FieldMessage | null {
  return program.status === 'active'
    ? null
    : fieldMessage('validation.programNotOpen', { status: program.status });
}

/** Null when the invoice date may be claimed under the program today. */
export function invoiceDateRefusal(
  program: ProgramFacts,
  invoiceDate: string,
  today: string,
): FieldMessage | null {
  if (invoiceDate > today) return fieldMessage('validation.invoiceFuture');
  if (invoiceDate < program.startsOn || invoiceDate > program.endsOn) {
    return fieldMessage('validation.invoiceOutsideProgram', { from: program.startsOn, to: program.endsOn });
  }
  return null;
}

export interface LineInput {
  sku: string;
  quantity: number;
  amountMinor: number;
  serialNumbers: readonly string[];
}

/** Lines with their product, or the unknown codes at `lines.<i>.sku`. */
export function mapClaimLines(
  catalog: Catalog,
  lines: readonly LineInput[],
): { lines: StoredClaimLine[]; errors: Record<string, FieldMessage> } {
  const errors: Record<string, FieldMessage> = {};
  const stored: StoredClaimLine[] = [];
  lines.forEach((line, index) => {
    const product = catalog.byCode.get(skuKey(line.sku));
    if (!product) {
      errors[`lines.${index}.sku`] = fieldMessage('validation.skuUnknown', { sku: line.sku.trim() });
      return;
    }
    stored.push({
      sku: line.sku.trim(),
      productId: product.id,
      quantity: line.quantity,
      amountMinor: line.amountMinor,
      serialNumbers: [...line.serialNumbers],
    });
  });
  return { lines: stored, errors };
}

/** The columns kept in step with the lines (lists and rules read them without parsing JSON). */
export function lineTotals(lines: readonly StoredClaimLine[]): {
  lineCount: number;
  totalMinor: number;
  units: number;
} {
  return {
    lineCount: lines.length,
    totalMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0),
    units: lines.reduce((sum, line) => sum + line.quantity, 0),
  };
}

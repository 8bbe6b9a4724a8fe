// Sales claims: enter, edit while submitted, delete, and read one with its awards. Every check that
// concerns a field answers at that field (a line's SKU at lines.<i>.sku), and a claim is written in
// one batch with its totals, so lists and rules never see a half-written claim.
import { sql, type Kysely } from 'kysely';
import type { Claim } from '../../shared/claims';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError, type FieldMessage } from '../../shared/errors';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import type { Database } from '../db/database';
import { newId } from '../db/ids';
import { isEnrolled } from '../gamification/program-facts';
import { entryQuery, toLedgerEntry } from '../ledger/entries';
import { loadCatalog } from '../products/catalog';
import {
  invoiceDateRefusal,
  invoiceKey,
  lineTotals,
  mapClaimLines,
  programRefusal,
  type ProgramFacts,
  type StoredClaimLine,
} from './claim-checks';
import { crossPartnerDuplicates } from './duplicates';

type ClaimFields = ParsedInput<'claims.create'>;

/** What the claim checks read of the program a claim (or a claims import) is for; null when missing or deleted. */
export async function claimProgram(
  db: Kysely<Database>,
  programId: string,
): Promise<(ProgramFacts & { id: string }) | null> {
  const row = await db
    .selectFrom('programs')
    .select(['id', 'name', 'status', 'startsOn', 'endsOn', 'currency'])
    .where('id', '=', programId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

/** Everything the form can get wrong, all at once (so the user fixes it in one pass). */
async function checkClaim(
  ctx: CoreContext,
  input: ClaimFields,
  selfId: string | null,
): Promise<{ program: ProgramFacts; partnerName: string; lines: StoredClaimLine[]; key: string }> {
  const errors: Record<string, FieldMessage> = {};
  const [program, partner, catalog] = await Promise.all([
    claimProgram(ctx.db, input.programId),
    ctx.db
      .selectFrom('partners')
      .select('name')
      .where('id', '=', input.partnerId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst(),
    loadCatalog(ctx.db),
  ]);
  if (!program) errors.programId = fieldMessage('validation.id');
  else {
    const refusal = programRefusal(program);
    if (refusal) errors.programId = refusal;
    const dateRefusal = invoiceDateRefusal(program, input.invoiceDate, input.today);
    if (dateRefusal) errors.invoiceDate = dateRefusal;
  }
  if (!partner) errors.partnerId = fieldMessage('validation.id');
  else if (program && !(await isEnrolled(ctx.db, input.programId, input.partnerId))) {
    errors.partnerId = fieldMessage('validation.partnerNotEnrolled', { partner: partner.name });
  }
  const key = invoiceKey(input.invoiceNumber);
  if (partner && program) {
    const earlier = await samePartnerInvoice(ctx, input.programId, input.partnerId, key, selfId);
    if (earlier) {
      errors.invoiceNumber = fieldMessage('validation.invoiceDuplicate', {
        invoice: earlier.invoiceNumber,
        date: earlier.invoiceDate,
      });
    }
  }
  const mapped = mapClaimLines(catalog, input.lines);
  Object.assign(errors, mapped.errors);
  if (Object.keys(errors).length > 0 || !program || !partner) {
    const first = Object.values(errors)[0];
    throw new CoreError({
      code: 'VALIDATION',
      message: first?.message ?? 'Some fields need attention.',
      fields: errors,
    });
  }
  return { program, partnerName: partner.name, lines: mapped.lines, key };
}

/** A live, not rejected claim of this partner in the program for the same invoice. */
async function samePartnerInvoice(
  ctx: CoreContext,
  programId: string,
  partnerId: string,
  key: string,
  selfId: string | null,
): Promise<{ invoiceNumber: string; invoiceDate: string } | undefined> {
  let query = ctx.db
    .selectFrom('claims')
    .select(['invoiceNumber', 'invoiceDate'])
    .where('invoiceKey', '=', key)
    .where('partnerId', '=', partnerId)
    .where('programId', '=', programId)
    .where('deletedAt', 'is', null)
    .where('status', '!=', 'rejected');
  if (selfId) query = query.where('id', '!=', selfId);
  return query.orderBy('invoiceDate').limit(1).executeTakeFirst();
}

function claimRowFields(input: ClaimFields, checked: Awaited<ReturnType<typeof checkClaim>>) {
  return {
    programId: input.programId,
    partnerId: input.partnerId,
    invoiceNumber: input.invoiceNumber,
    invoiceKey: checked.key,
    invoiceDate: input.invoiceDate,
    lines: checked.lines,
    ...lineTotals(checked.lines),
    currency: checked.program.currency,
    attachments: input.attachments,
    note: input.note,
  };
}

export async function createClaim(
  ctx: CoreContext,
  input: ParsedInput<'claims.create'>,
): Promise<ProcedureOutput<'claims.create'>> {
  const checked = await checkClaim(ctx, input, null);
  const id = newId();
  const { batchId } = await ctx.write({
    label: `Enter claim ${input.invoiceNumber} of ${checked.partnerName}`,
    origin: 'local',
    changes: rowChanges('claims', id, {
      ...claimRowFields(input, checked),
      status: 'submitted',
      decisionReason: '',
      decidedOn: null,
      decidedBy: null,
      importId: null,
      revision: 0,
      deletedAt: null,
    }),
  });
  return { id, batchId: batchId ?? '' };
}

async function submittedClaim(
  ctx: CoreContext,
  id: string,
): Promise<{ invoiceNumber: string; revision: number; partnerName: string }> {
  const row = await ctx.db
    .selectFrom('claims as c')
    .innerJoin('partners as p', 'p.id', 'c.partnerId')
    .select(['c.status', 'c.invoiceNumber', 'c.revision', 'p.name as partnerName'])
    .where('c.id', '=', id)
    .where('c.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) throw new CoreError({ code: 'NOT_FOUND', message: 'This claim does not exist or was deleted.' });
  if (row.status !== 'submitted') {
    throw new CoreError({
      code: 'CONFLICT',
      message: `This claim is ${row.status}: only a submitted claim can be changed or deleted.`,
    });
  }
  return row;
}

export async function updateClaim(
  ctx: CoreContext,
  input: ParsedInput<'claims.update'>,
): Promise<ProcedureOutput<'claims.update'>> {
  await submittedClaim(ctx, input.id);
  const checked = await checkClaim(ctx, input, input.id);
  const { batchId } = await ctx.write({
    label: `Edit claim ${input.invoiceNumber} of ${checked.partnerName}`,
    origin: 'local',
    expectRevision: { table: 'claims', rowId: input.id, revision: input.revision, what: 'This claim' },
    changes: rowChanges('claims', input.id, {
      ...claimRowFields(input, checked),
      revision: input.revision + 1,
    }),
  });
  return { id: input.id, batchId: batchId ?? '' };
}

export async function deleteClaim(
  ctx: CoreContext,
  input: ParsedInput<'claims.delete'>,
): Promise<ProcedureOutput<'claims.delete'>> {
  const claim = await submittedClaim(ctx, input.id);
  const { batchId } = await ctx.write({
    label: `Delete claim ${claim.invoiceNumber} of ${claim.partnerName}`,
    origin: 'local',
    changes: [{ table: 'claims', rowId: input.id, field: 'deletedAt', value: new Date().toISOString() }],
  });
  return { id: input.id, batchId: batchId ?? '' };
}

export async function getClaim(
  ctx: CoreContext,
  input: ParsedInput<'claims.get'>,
): Promise<ProcedureOutput<'claims.get'>> {
  const row = await ctx.db
    .selectFrom('claims as c')
    .innerJoin('programs as g', 'g.id', 'c.programId')
    .innerJoin('partners as p', 'p.id', 'c.partnerId')
    .leftJoin('owners as o', 'o.id', 'c.decidedBy')
    .select([
      'c.id',
      'c.programId',
      'g.name as programName',
      'c.partnerId',
      'p.name as partnerName',
      'c.invoiceNumber',
      'c.invoiceKey',
      'c.invoiceDate',
      'c.lines',
      'c.totalMinor',
      'c.units',
      'c.currency',
      'c.attachments',
      'c.note',
      'c.status',
      'c.decisionReason',
      'c.decidedOn',
      'o.name as decidedByName',
      'c.importId',
      'c.revision',
      'c.createdAt',
    ])
    .where('c.id', '=', input.id)
    .where('c.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) throw new CoreError({ code: 'NOT_FOUND', message: 'This claim does not exist or was deleted.' });
  const lines = JSON.parse(row.lines) as StoredClaimLine[];
  const [products, duplicates, awards] = await Promise.all([
    productNames(ctx, lines),
    crossPartnerDuplicates(ctx, row.programId, row.partnerId, row.invoiceKey),
    claimAwards(ctx, row.id),
  ]);
  const claim: Claim = {
    id: row.id,
    programId: row.programId,
    programName: row.programName,
    partnerId: row.partnerId,
    partnerName: row.partnerName,
    invoiceNumber: row.invoiceNumber,
    invoiceDate: row.invoiceDate,
    lines: lines.map((line) => ({
      ...line,
      productName: products.get(line.productId)?.name ?? line.sku,
      category: products.get(line.productId)?.category ?? '',
    })),
    totalMinor: row.totalMinor,
    units: row.units,
    currency: row.currency,
    attachments: JSON.parse(row.attachments) as Claim['attachments'],
    note: row.note,
    status: row.status,
    decisionReason: row.decisionReason,
    decidedOn: row.decidedOn,
    decidedByName: row.decidedByName ?? '',
    duplicates,
    awards,
    importId: row.importId,
    revision: row.revision,
    createdAt: row.createdAt,
  };
  return claim;
}

/** Names of the lines' products, deleted ones included (the claim still names them). */
async function productNames(
  ctx: CoreContext,
  lines: readonly StoredClaimLine[],
): Promise<Map<string, { name: string; category: string }>> {
  const ids = [...new Set(lines.map((line) => line.productId))];
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .selectFrom('products')
    .select(['id', 'name', 'category'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

async function claimAwards(ctx: CoreContext, claimId: string): Promise<Claim['awards']> {
  const rows = await entryQuery(ctx.db)
    .where('e.claimId', '=', claimId)
    .orderBy('e.createdAt')
    .orderBy(sql`e.rowid`)
    .execute();
  return rows.map(toLedgerEntry);
}

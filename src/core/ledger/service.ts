// A partner's ledger in a program, manual adjustments and reversals. Every entry is written in a
// permanent batch (a correction is another entry, never an undo), and anything that takes points
// checks the balance inside the batch's transaction, so two people at once cannot overdraw it.
import type { Transaction } from 'kysely';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError } from '../../shared/errors';
import { decimalAmount } from '../../shared/money';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import type { Database } from '../db/database';
import { newId } from '../db/ids';
import { partnerBalance } from './balance';
import { entryQuery, replayPartner, toLedgerEntry } from './entries';
import { pointsExpiring } from './lots';
import { formatPoints, requireEnrolment, requirePartnerName, requireProgram } from './program-partner';

export async function readBalance(
  ctx: CoreContext,
  input: ParsedInput<'ledger.balance'>,
): Promise<ProcedureOutput<'ledger.balance'>> {
  await requireProgram(ctx.db, input.programId);
  return partnerBalance(ctx.db, input.programId, input.partnerId);
}

export async function partnerLedger(
  ctx: CoreContext,
  input: ParsedInput<'ledger.partner'>,
): Promise<ProcedureOutput<'ledger.partner'>> {
  await requireProgram(ctx.db, input.programId);
  const scope = (query: ReturnType<typeof entryQuery>) =>
    query.where('e.partnerId', '=', input.partnerId).where('e.programId', '=', input.programId);
  const [balance, replay, rows, count] = await Promise.all([
    partnerBalance(ctx.db, input.programId, input.partnerId),
    replayPartner(ctx.db, input.programId, input.partnerId),
    scope(entryQuery(ctx.db))
      .orderBy('e.postedOn', 'desc')
      .orderBy('e.createdAt', 'desc')
      .orderBy('e.id', 'desc')
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    ctx.db
      .selectFrom('ledgerEntries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('partnerId', '=', input.partnerId)
      .where('programId', '=', input.programId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    balance,
    expiring: pointsExpiring(replay, input.today),
    entries: rows.map(toLedgerEntry),
    total: Number(count.n),
  };
}

/** Refuses, at `field`, taking `needed` from a balance of less (points or minor units). */
export function refuseOverdraw(
  unit: 'points' | 'money',
  needed: number,
  balance: number,
  currency: string,
  field: string,
  key = unit === 'points' ? 'validation.insufficientPoints' : 'validation.insufficientMoney',
): never {
  const show = (amount: number) =>
    unit === 'points' ? formatPoints(amount) : `${currency} ${decimalAmount(amount, currency)}`;
  const message = fieldMessage(key, { needed: show(needed), balance: show(balance) });
  throw new CoreError({ code: 'VALIDATION', message: message.message, fields: { [field]: message } });
}

async function unitBalance(
  trx: Transaction<Database>,
  programId: string,
  partnerId: string,
  unit: 'points' | 'money',
): Promise<number> {
  const balance = await partnerBalance(trx, programId, partnerId);
  return unit === 'points' ? balance.points : balance.moneyMinor;
}

export async function adjustLedger(
  ctx: CoreContext,
  input: ParsedInput<'ledger.adjust'>,
): Promise<ProcedureOutput<'ledger.adjust'>> {
  const program = await requireProgram(ctx.db, input.programId, 'programId');
  const partnerName = await requirePartnerName(ctx.db, input.partnerId, 'partnerId');
  await requireEnrolment(ctx.db, input.programId, input.partnerId, partnerName, false);
  const id = newId();
  const amountText =
    input.unit === 'points'
      ? `${formatPoints(input.amount)} points`
      : `${program.currency} ${decimalAmount(input.amount, program.currency)}`;
  const { batchId } = await ctx.write({
    label: `Adjust ${input.amount > 0 ? '+' : ''}${amountText} for ${partnerName}`,
    origin: 'local',
    permanent: true,
    check: async (trx) => {
      if (input.amount > 0) return;
      const balance = await unitBalance(trx, input.programId, input.partnerId, input.unit);
      if (balance + input.amount < 0)
        refuseOverdraw(input.unit, -input.amount, balance, program.currency, 'amount');
    },
    changes: rowChanges('ledgerEntries', id, {
      programId: input.programId,
      partnerId: input.partnerId,
      kind: 'adjust',
      unit: input.unit,
      amount: input.amount,
      postedOn: input.today,
      // Corrections do not expire: only earned points do (the expiry index covers awards).
      expiresOn: null,
      reason: input.reason,
      actorId: ctx.selfOwnerId,
    }),
  });
  return { id, batchId: batchId ?? '' };
}

export async function reverseLedgerEntry(
  ctx: CoreContext,
  input: ParsedInput<'ledger.reverse'>,
): Promise<ProcedureOutput<'ledger.reverse'>> {
  const entry = await ctx.db
    .selectFrom('ledgerEntries')
    .selectAll()
    .where('id', '=', input.entryId)
    .executeTakeFirst();
  if (!entry) throw new CoreError({ code: 'NOT_FOUND', message: 'This ledger entry does not exist.' });
  if (entry.kind !== 'earn' && entry.kind !== 'adjust') {
    const message = fieldMessage('validation.notReversible');
    throw new CoreError({ code: 'VALIDATION', message: message.message, fields: { entryId: message } });
  }
  const program = await requireProgram(ctx.db, entry.programId);
  const partnerName = await requirePartnerName(ctx.db, entry.partnerId);
  const id = newId();
  const amountText =
    entry.unit === 'points'
      ? `${formatPoints(Math.abs(entry.amount))} points`
      : `${program.currency} ${decimalAmount(Math.abs(entry.amount), program.currency)}`;
  const { batchId } = await ctx.write({
    label: `Reverse ${entry.kind === 'earn' ? 'award' : 'adjustment'} of ${amountText} for ${partnerName}`,
    origin: 'local',
    permanent: true,
    check: async (trx) => {
      const earlier = await trx
        .selectFrom('ledgerEntries')
        .select('postedOn')
        .where('reversesId', '=', entry.id)
        .executeTakeFirst();
      if (earlier) {
        const message = fieldMessage('validation.alreadyReversed', { date: earlier.postedOn });
        throw new CoreError({ code: 'VALIDATION', message: message.message, fields: { entryId: message } });
      }
      if (entry.amount <= 0) return;
      const balance = await unitBalance(trx, entry.programId, entry.partnerId, entry.unit);
      if (balance - entry.amount < 0) {
        refuseOverdraw(
          entry.unit,
          entry.amount,
          balance,
          program.currency,
          'entryId',
          entry.unit === 'points' ? 'validation.reverseOverdraw' : 'validation.insufficientMoney',
        );
      }
    },
    changes: rowChanges('ledgerEntries', id, {
      programId: entry.programId,
      partnerId: entry.partnerId,
      kind: 'reverse',
      unit: entry.unit,
      amount: -entry.amount,
      postedOn: input.today,
      reversesId: entry.id,
      reason: input.reason,
      actorId: ctx.selfOwnerId,
    }),
  });
  return { id, batchId: batchId ?? '' };
}

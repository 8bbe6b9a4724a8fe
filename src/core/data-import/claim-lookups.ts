// What a claims import checks against, loaded in bulk: the program (it must take claims), the claims
// a file's rows would become, and the invoices its partners already claimed (its live enrolments
// come from program-facts' enrolledPartnerIds).
import type { Kysely } from 'kysely';
import { CoreError } from '../../shared/errors';
import { fieldMessage } from '../../shared/validation';
import { programRefusal, type ProgramFacts } from '../claims/claim-checks';
import { claimProgram } from '../claims/service';
import type { Database } from '../db/database';
import type { StoredClaim, TakenInvoice } from './claim-rows';
import type { CoreContext } from '../context';

export interface ImportProgram extends ProgramFacts {
  id: string;
}

/** The program a claims import is for; refused at `programId` when missing or not taking claims. */
export async function importProgram(ctx: CoreContext, programId: string | null): Promise<ImportProgram> {
  const refuse = (key: string, params?: Record<string, string | number>): never => {
    const message = fieldMessage(key, params);
    throw new CoreError({ code: 'VALIDATION', message: message.message, fields: { programId: message } });
  };
  if (programId === null) return refuse('validation.importClaimProgram');
  const program = await claimProgram(ctx.db, programId);
  if (!program) return refuse('validation.id');
  const refusal = programRefusal(program);
  if (refusal) return refuse(refusal.key, refusal.params);
  return program;
}

const chunk = 500;

/** Claims by id, deleted ones included (a re-import brings those back). */
export async function loadClaims(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, StoredClaim>> {
  const found = new Map<string, StoredClaim>();
  for (let i = 0; i < ids.length; i += chunk) {
    const rows = await db
      .selectFrom('claims')
      .select([
        'id',
        'partnerId',
        'invoiceNumber',
        'invoiceKey',
        'invoiceDate',
        'lines',
        'note',
        'status',
        'revision',
        'deletedAt',
      ])
      .where('id', 'in', ids.slice(i, i + chunk))
      .execute();
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}

/** Live, not rejected claims of the program holding these invoice keys (any partner). */
export async function loadTakenInvoices(
  db: Kysely<Database>,
  programId: string,
  keys: readonly string[],
): Promise<TakenInvoice[]> {
  const taken: TakenInvoice[] = [];
  for (let i = 0; i < keys.length; i += chunk) {
    const rows = await db
      .selectFrom('claims')
      .select(['id', 'partnerId', 'invoiceKey as key', 'invoiceNumber', 'invoiceDate'])
      .where('invoiceKey', 'in', keys.slice(i, i + chunk))
      .where('programId', '=', programId)
      .where('deletedAt', 'is', null)
      .where('status', '!=', 'rejected')
      .orderBy('invoiceDate')
      .execute();
    taken.push(...rows);
  }
  return taken;
}

// The program and partner a ledger action is about: both must exist, the partner must be (or have
// been) enrolled; and the day points credited today expire under the program's policy.
import type { Kysely, Transaction } from 'kysely';
import { CoreError } from '../../shared/errors';
import { addMonths } from '../../shared/periods';
import { fieldMessage } from '../../shared/validation';
import type { Database } from '../db/database';

type Reader = Kysely<Database> | Transaction<Database>;

export interface ProgramFacts {
  id: string;
  name: string;
  kind: string;
  status: string;
  startsOn: string;
  endsOn: string;
  currency: string;
  pointsExpiryMonths: number | null;
}

export async function findProgram(db: Reader, programId: string): Promise<ProgramFacts | undefined> {
  return db
    .selectFrom('programs')
    .select(['id', 'name', 'kind', 'status', 'startsOn', 'endsOn', 'currency', 'pointsExpiryMonths'])
    .where('id', '=', programId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

/** A program a read is about (NOT_FOUND) or a write names (VALIDATION at the field). */
export async function requireProgram(db: Reader, programId: string, field?: string): Promise<ProgramFacts> {
  const program = await findProgram(db, programId);
  if (program) return program;
  throw field
    ? new CoreError({
        code: 'VALIDATION',
        message: 'The program does not exist or was deleted.',
        fields: { [field]: fieldMessage('validation.id') },
      })
    : new CoreError({ code: 'NOT_FOUND', message: 'This program does not exist or was deleted.' });
}

export async function requirePartnerName(db: Reader, partnerId: string, field?: string): Promise<string> {
  const partner = await db
    .selectFrom('partners')
    .select('name')
    .where('id', '=', partnerId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (partner) return partner.name;
  throw field
    ? new CoreError({
        code: 'VALIDATION',
        message: 'The partner does not exist or was deleted.',
        fields: { [field]: fieldMessage('validation.id') },
      })
    : new CoreError({ code: 'NOT_FOUND', message: 'This partner does not exist or was deleted.' });
}

/**
 * The partner's enrolment: `current` asks for one not left (a redemption); otherwise any will do
 * (a correction to the points of a partner who has left).
 */
export async function requireEnrolment(
  db: Reader,
  programId: string,
  partnerId: string,
  partnerName: string,
  current: boolean,
): Promise<void> {
  let query = db
    .selectFrom('programEnrollments')
    .select('id')
    .where('programId', '=', programId)
    .where('partnerId', '=', partnerId)
    .where('deletedAt', 'is', null);
  if (current) query = query.where('leftOn', 'is', null);
  if (await query.executeTakeFirst()) return;
  throw new CoreError({
    code: 'VALIDATION',
    message: `${partnerName} is not enrolled in this program.`,
    fields: { partnerId: fieldMessage('validation.partnerNotEnrolled', { partner: partnerName }) },
  });
}

/** The day points credited on `postedOn` expire (same day of the month, clamped), or never. */
export function expiryDay(postedOn: string, months: number | null): string | null {
  if (!months) return null;
  const month = addMonths(postedOn.slice(0, 7), months);
  const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  const day = Math.min(Number(postedOn.slice(8, 10)), lastDay);
  return `${month}-${String(day).padStart(2, '0')}`;
}

export function formatPoints(points: number): string {
  return new Intl.NumberFormat('en').format(points);
}

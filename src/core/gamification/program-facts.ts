// The few facts of a program that funds, leaderboards and results read (its window, budget and
// currency), and whether a partner is enrolled in it now.
import type { Kysely } from 'kysely';
import { CoreError } from '../../shared/errors';
import type { ProgramStatus } from '../../shared/programs';
import type { Database } from '../db/database';
import { currentParticipants } from '../programs/program-rows';

export interface ProgramFacts {
  id: string;
  name: string;
  status: ProgramStatus;
  startsOn: string;
  endsOn: string;
  budgetMinor: number;
  currency: string;
  pointValueMinor: number;
}

export async function programFacts(db: Kysely<Database>, programId: string): Promise<ProgramFacts> {
  const program = await db
    .selectFrom('programs')
    .select(['id', 'name', 'status', 'startsOn', 'endsOn', 'budgetMinor', 'currency', 'pointValueMinor'])
    .where('id', '=', programId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!program) {
    throw new CoreError({ code: 'NOT_FOUND', message: 'This program does not exist or was deleted.' });
  }
  return program;
}

export async function isEnrolled(
  db: Kysely<Database>,
  programId: string,
  partnerId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('programEnrollments')
    .select('id')
    .where('programId', '=', programId)
    .where('partnerId', '=', partnerId)
    .where('deletedAt', 'is', null)
    .where('leftOn', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The ids of the partners enrolled in the program now (not left). */
export async function enrolledPartnerIds(db: Kysely<Database>, programId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('programEnrollments')
    .select('partnerId')
    .where('programId', '=', programId)
    .where('deletedAt', 'is', null)
    .where('leftOn', 'is', null)
    .execute();
  return new Set(rows.map((row) => row.partnerId));
}

/** Partners enrolled in the program now (not left), with what the boards show of them. */
export function enrolledPartners(db: Kysely<Database>, programId: string) {
  return currentParticipants(db)
    .where('e.programId', '=', programId)
    .select(['p.id as partnerId', 'p.name as partnerName', 'p.city', 'p.region']);
}

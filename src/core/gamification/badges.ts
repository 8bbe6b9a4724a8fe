// Badges for milestones (first claim, points reached, targets, top places).
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { Kysely } from 'kysely';
import type { Badge } from '../../shared/ledger';
import type { CoreContext } from '../context';
import type { Database } from '../db/database';

export async function listPartnerBadges(
  ctx: CoreContext,
  input: ParsedInput<'programs.badges'>,
): Promise<ProcedureOutput<'programs.badges'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'programs.badges is not built yet.' });
}

/** A partner's badges in a program (the statement and the partner page show them). */
export async function partnerBadges(
  db: Kysely<Database>,
  programId: string,
  partnerId: string,
  today: string,
): Promise<Badge[]> {
  void db;
  void programId;
  void partnerId;
  void today;
  return [];
}

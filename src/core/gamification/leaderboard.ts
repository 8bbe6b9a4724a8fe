// Program leaderboards by points, sales growth or target attainment.
import { CoreError } from '../../shared/errors';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import type { Kysely } from 'kysely';
import type { CoreContext } from '../context';
import type { Database } from '../db/database';

export async function programLeaderboard(
  ctx: CoreContext,
  input: ParsedInput<'programs.leaderboard'>,
): Promise<ProcedureOutput<'programs.leaderboard'>> {
  void ctx;
  void input;
  throw new CoreError({ code: 'UNAVAILABLE', message: 'programs.leaderboard is not built yet.' });
}

/** A partner's place on the program's points leaderboard (null when not enrolled). */
export async function leaderboardRank(
  db: Kysely<Database>,
  programId: string,
  partnerId: string,
  today: string,
): Promise<{ position: number; of: number } | null> {
  void db;
  void programId;
  void partnerId;
  void today;
  return null;
}

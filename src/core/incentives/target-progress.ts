// Progress towards each target rule of a program in its current period (the statement and the
// target leaderboard read it).
import type { Kysely } from 'kysely';
import type { Statement } from '../../shared/ledger';
import type { Database } from '../db/database';

export async function targetProgress(
  db: Kysely<Database>,
  programId: string,
  partnerId: string,
  today: string,
): Promise<Statement['targets']> {
  void db;
  void programId;
  void partnerId;
  void today;
  return [];
}

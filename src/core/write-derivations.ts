// What every write derives inside its own batch: awards for the claims it decided first (ledger
// entries), then the loyalty recompute of the partners it touched. Both are undone with the batch.
import type { DeriveChanges } from './db/apply-changes';
import { deriveAwards } from './incentives/awards';
import { deriveLoyalty } from './loyalty/derive';

export const deriveAfterWrite: DeriveChanges = async (trx, applied, now, actor) => {
  const awards = await deriveAwards(trx, applied, now, actor);
  const loyalty = await deriveLoyalty(trx, applied, now, actor);
  return [...awards, ...loyalty];
};

// What the catalog knows about a reward right now: the stock still free (stock minus what
// redemptions not rejected hold) and whether a partner may redeem it (tier, stock, points, offered).
import type { Kysely, Transaction } from 'kysely';
import type { Reward } from '../../shared/rewards';
import type { Database, RewardsTable } from '../db/database';

type Reader = Kysely<Database> | Transaction<Database>;

/** A reward as stored, without the bookkeeping columns. */
export type RewardRow = Omit<RewardsTable, 'createdAt' | 'updatedAt' | 'deletedAt'>;

export async function readRewards(db: Reader, programId: string, ids?: readonly string[]): Promise<Reward[]> {
  let query = db
    .selectFrom('rewards')
    .select([
      'id',
      'programId',
      'name',
      'kind',
      'description',
      'pointsCost',
      'stock',
      'tiers',
      'active',
      'revision',
    ])
    .where('programId', '=', programId)
    .where('deletedAt', 'is', null);
  if (ids) query = query.where('id', 'in', ids.length ? ids : ['']);
  const rows = await query.orderBy('pointsCost').orderBy('name').execute();
  const held = await heldQuantities(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toReward(row, held.get(row.id) ?? 0));
}

/** Items held per reward by redemptions not rejected (the redemptions_reward index). */
async function heldQuantities(db: Reader, rewardIds: readonly string[]): Promise<Map<string, number>> {
  if (rewardIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('redemptions')
    .select(['rewardId', (eb) => eb.fn.sum<number>('quantity').as('quantity')])
    .where('rewardId', 'in', rewardIds)
    .where('status', '!=', 'rejected')
    .where('deletedAt', 'is', null)
    .groupBy('rewardId')
    .execute();
  return new Map(rows.map((row) => [row.rewardId, Number(row.quantity)]));
}

function toReward(row: RewardRow, held: number): Reward {
  return {
    id: row.id,
    programId: row.programId,
    name: row.name,
    kind: row.kind,
    description: row.description,
    pointsCost: row.pointsCost,
    stock: row.stock,
    available: row.stock === null ? null : Math.max(0, row.stock - held),
    tiers: parseTiers(row.tiers),
    active: row.active === 1,
    redeemed: held,
    revision: row.revision,
  };
}

function parseTiers(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** The partner's loyalty tier in effect (null before the first score). */
export async function partnerTier(db: Reader, partnerId: string): Promise<string | null> {
  const row = await db
    .selectFrom('partnerScores')
    .select('tier')
    .where('partnerId', '=', partnerId)
    .executeTakeFirst();
  return row?.tier ?? null;
}

export type UnavailableReason = 'tier' | 'stock' | 'balance' | 'inactive';

/** Why the partner cannot redeem `quantity` of the reward now (the first reason that applies), or null. */
export function unavailableReason(
  reward: Reward,
  tier: string | null,
  balance: number,
  quantity = 1,
): UnavailableReason | null {
  if (!reward.active) return 'inactive';
  if (reward.tiers.length > 0 && (tier === null || !reward.tiers.includes(tier))) return 'tier';
  if (reward.available !== null && reward.available < quantity) return 'stock';
  if (balance < reward.pointsCost * quantity) return 'balance';
  return null;
}

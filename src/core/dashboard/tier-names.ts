// The tiers in the team's order with their names: the loyalty settings' 'loyalty.tiers' entry
// when it is valid, else the defaults. Tier keys found in the scores but no longer configured keep
// their key as the name, so no partner disappears from the distribution.
import { defaultTiers, tiersSchema, type Tier } from '../../shared/loyalty';
import type { CoreContext } from '../context';

const tiersSettingId = 'loyalty.tiers';

export async function configuredTiers(ctx: CoreContext): Promise<Tier[]> {
  const row = await ctx.db
    .selectFrom('settings')
    .select('value')
    .where('id', '=', tiersSettingId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) return defaultTiers;
  try {
    const parsed = tiersSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : defaultTiers;
  } catch {
    return defaultTiers;
  }
}

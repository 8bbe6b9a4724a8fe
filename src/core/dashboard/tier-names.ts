// The tiers in the team's order with their names, from the loyalty settings (defaults until
// changed). Tier keys found in the scores but no longer configured keep their key as the name
// (see partner-figures), so no partner disappears from the distribution.
import type { Tier } from '../../shared/loyalty';
import type { CoreContext } from '../context';
import { readLoyaltyConfig } from '../loyalty/settings-store';

export async function configuredTiers(ctx: CoreContext): Promise<Tier[]> {
  return (await readLoyaltyConfig(ctx.db)).tiers;
}

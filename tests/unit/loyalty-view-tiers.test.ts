// The tiers form: keys for new tiers, adding and removing rows, and where a core message lands.
import { describe, expect, it } from 'vitest';
import {
  draftsOf,
  keyFor,
  slugOf,
  tierFieldOf,
  tiersOf,
  withNewTier,
  withoutTier,
} from '../../src/renderer/src/features/loyalty-settings/tier-drafts';
import { defaultTiers, tiersSchema } from '../../src/shared/loyalty';

describe('tier drafts', () => {
  it('make keys from names, unique among the others', () => {
    expect(slugOf('Gold Plus')).toBe('gold-plus');
    expect(slugOf('Émeraude')).toBe('emeraude');
    expect(slugOf('金牌')).toBe('');
    expect(keyFor('金牌', new Set())).toBe('tier');
    expect(keyFor('Gold', new Set(['gold', 'gold-2']))).toBe('gold-3');
  });

  it('add a tier above the lowest that keeps the list valid', () => {
    const drafts = withNewTier(draftsOf(defaultTiers), 'Copper', 'new-0');
    expect(drafts.map((draft) => draft.name)).toEqual(['Platinum', 'Gold', 'Silver', 'Copper', 'Bronze']);
    expect(drafts[3]!.minScore).toBe(25);
    const tiers = tiersOf(drafts);
    expect(tiers[3]!.key).toBe('copper');
    expect(tiersSchema.safeParse(tiers).success).toBe(true);
  });

  it('keep between 2 and 8 tiers', () => {
    let drafts = draftsOf(defaultTiers.slice(2));
    expect(withoutTier(drafts, 'silver')).toHaveLength(2);
    for (let i = 0; i < 10; i++) drafts = withNewTier(drafts, `Tier ${i}`, `new-${i}`);
    expect(drafts).toHaveLength(8);
  });

  it('turn a threshold that is not a number into NaN, which the schema refuses at the field', () => {
    const drafts = draftsOf(defaultTiers).map((draft, index) =>
      index === 1 ? { ...draft, minScore: '' } : draft,
    );
    const parsed = tiersSchema.safeParse(tiersOf(drafts));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual([1, 'minScore']);
  });

  it('put core messages at the tier they are about', () => {
    expect(tierFieldOf('tiers.1.minScore')).toBe('1.minScore');
    expect(tierFieldOf('2.key')).toBe('2.name');
    expect(tierFieldOf('tiers')).toBeNull();
  });
});

// A change of the user's role or regions: removal is asked for exactly when some partner the user
// saw is no longer visible, a download exactly when some partner becomes visible.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scopeChange, type ViewerScope } from '../../../src/core/sync/client/viewer-scope';

const regionNames = ['North', 'South', 'East', 'West', ''];
const scope: fc.Arbitrary<ViewerScope> = fc.record({
  role: fc.constantFrom('admin', 'regional_manager', 'account_owner'),
  regions: fc.uniqueArray(fc.constantFrom(...regionNames.slice(0, 4)), { maxLength: 4 }),
});
const sees = (viewer: ViewerScope, region: string) =>
  viewer.role === 'admin' || viewer.regions.includes(region);

describe('a change of what the user sees', () => {
  it('narrows when a partner of some region is seen before and not after, widens the other way', () => {
    fc.assert(
      fc.property(scope, scope, (before, after) => {
        const change = scopeChange(before, after);
        const lost = regionNames.some((region) => sees(before, region) && !sees(after, region));
        const gained = regionNames.some((region) => !sees(before, region) && sees(after, region));
        expect(change).toEqual({ narrowed: lost, widened: gained });
      }),
      { numRuns: 2000 },
    );
  });

  it('changes nothing for the same regions in another order, or another non-admin role', () => {
    expect(
      scopeChange(
        { role: 'regional_manager', regions: ['North', 'East'] },
        { role: 'account_owner', regions: ['East', 'North'] },
      ),
    ).toEqual({ narrowed: false, widened: false });
    expect(scopeChange({ role: 'admin', regions: ['North'] }, { role: 'admin', regions: [] })).toEqual({
      narrowed: false,
      widened: false,
    });
  });
});

// What a change of the user's role or regions (made by an admin on the server) means for the rows
// their computer may hold. An admin sees every partner; anyone else the partners of their regions.
export interface ViewerScope {
  role: string;
  regions: readonly string[];
}

export interface ScopeChange {
  /** Partners this computer holds may now be outside what the user sees: remove those. */
  narrowed: boolean;
  /** Partners this computer never received may now be the user's: download them. */
  widened: boolean;
}

const seesAll = (scope: ViewerScope) => scope.role === 'admin';

export function scopeChange(before: ViewerScope, after: ViewerScope): ScopeChange {
  const lost = before.regions.some((region) => !after.regions.includes(region));
  const gained = after.regions.some((region) => !before.regions.includes(region));
  return {
    narrowed: !seesAll(after) && (seesAll(before) || lost),
    widened: !seesAll(before) && (seesAll(after) || gained),
  };
}

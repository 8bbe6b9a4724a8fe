// Tiers as the settings form edits them: highest first, thresholds typed as text or numbers, new
// tiers without a key until saved (the key then comes from the name, unique among the others).
import type { Tier } from '../../../../shared/loyalty';

export interface TierDraft {
  /** Null for a tier added in this form. */
  key: string | null;
  name: string;
  minScore: number | string;
  /** Stable React key while the list changes. */
  rowId: string;
}

export const maxTiers = 8;
export const minTiers = 2;

export function draftsOf(tiers: readonly Tier[]): TierDraft[] {
  return tiers.map((tier) => ({ ...tier, rowId: tier.key }));
}

/** "Gold Plus" → "gold-plus"; names without Latin letters or digits give "". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** A key for a new tier: from its name, made unique among `taken`. */
export function keyFor(name: string, taken: ReadonlySet<string>): string {
  const base = slugOf(name) || 'tier';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, 40 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The tiers to save: typed thresholds as numbers (NaN when not a number) and keys for new tiers. */
export function tiersOf(drafts: readonly TierDraft[]): Tier[] {
  const taken = new Set(drafts.flatMap((draft) => (draft.key ? [draft.key] : [])));
  return drafts.map((draft) => {
    let key = draft.key;
    if (!key) {
      key = keyFor(draft.name, taken);
      taken.add(key);
    }
    return {
      key,
      name: draft.name,
      minScore: typeof draft.minScore === 'number' ? draft.minScore : Number.NaN,
    };
  });
}

/**
 * A new tier just above the lowest, starting halfway between its neighbours, so the list stays in
 * order when there is room; the user names it and moves it.
 */
export function withNewTier(drafts: readonly TierDraft[], name: string, rowId: string): TierDraft[] {
  if (drafts.length >= maxTiers) return [...drafts];
  const at = Math.max(drafts.length - 1, 0);
  const above = drafts[at - 1];
  const below = drafts[at];
  const top = typeof above?.minScore === 'number' ? above.minScore : 100;
  const bottom = typeof below?.minScore === 'number' ? below.minScore : 0;
  const draft: TierDraft = { key: null, name, minScore: Math.round((top + bottom) / 2), rowId };
  return [...drafts.slice(0, at), draft, ...drafts.slice(at)];
}

export function withoutTier(drafts: readonly TierDraft[], rowId: string): TierDraft[] {
  if (drafts.length <= minTiers) return [...drafts];
  return drafts.filter((draft) => draft.rowId !== rowId);
}

/**
 * Where a message about a tier belongs in the form: "tiers.1.minScore" and "1.minScore" at the
 * second tier's threshold; a key problem at its name (the key is made from the name).
 */
export function tierFieldOf(path: string): string | null {
  const match = /^(?:tiers\.)?(\d+)\.(name|minScore|key)$/.exec(path);
  if (!match) return null;
  return `${match[1]}.${match[2] === 'key' ? 'name' : match[2]}`;
}

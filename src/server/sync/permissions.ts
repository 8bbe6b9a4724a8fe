// Who may write what, pure. An admin writes everything. A regional manager writes partners whose
// region (before and after the change) is one of theirs, with their rows, and workspace-wide rows.
// An account owner writes partners they own in their regions (and keeps owning them), with their
// rows, and of workspace-wide rows only their own owner row.
import type { Role } from '../../shared/sync-protocol';

export interface Writer {
  role: Role;
  regions: readonly string[];
  ownerId: string;
}

/** What filtering needs to know of a partner: its region and owner. */
export interface PartnerScopeState {
  region: string;
  ownerId: string | null;
}

export type WriteTarget =
  | { kind: 'workspace'; table: string; rowId: string }
  | {
      kind: 'partner';
      partnerId: string;
      /** The partner as the server knows it; null when it has never been received. */
      before: PartnerScopeState | null;
      /** The partner after the change (equal to before unless the change edits the partner). */
      after: PartnerScopeState | null;
    };

export type Refusal =
  | { kind: 'workspace'; table: string }
  | { kind: 'region'; partnerId: string; region: string; moving: boolean }
  | { kind: 'owner'; partnerId: string; moving: boolean }
  | { kind: 'unknown-partner'; partnerId: string };

/** Null when the writer may make the change, else why not. */
export function refusalOf(writer: Writer, target: WriteTarget): Refusal | null {
  if (writer.role === 'admin') return null;
  if (target.kind === 'workspace') {
    if (writer.role === 'regional_manager') return null;
    return target.table === 'owners' && target.rowId === writer.ownerId
      ? null
      : { kind: 'workspace', table: target.table };
  }
  const { partnerId, before, after } = target;
  if (!before && !after) return { kind: 'unknown-partner', partnerId };
  const inRegions = (state: PartnerScopeState) => writer.regions.includes(state.region);
  if (before && !inRegions(before))
    return { kind: 'region', partnerId, region: before.region, moving: false };
  if (after && !inRegions(after)) return { kind: 'region', partnerId, region: after.region, moving: true };
  if (writer.role === 'account_owner') {
    if (before && before.ownerId !== writer.ownerId) return { kind: 'owner', partnerId, moving: false };
    if (after && after.ownerId !== writer.ownerId) return { kind: 'owner', partnerId, moving: true };
  }
  return null;
}

/** The sentence the person reads when their change was refused. */
export function refusalMessage(writer: Writer, refusal: Refusal, partnerName: string): string {
  const partner = `'${partnerName}'`;
  const regions = writer.regions.length > 0 ? writer.regions.join(', ') : 'none assigned';
  switch (refusal.kind) {
    case 'workspace':
      return `Only an admin or a regional manager can change workspace-wide data (${refusal.table}); as an account owner you can change your partners and your own profile.`;
    case 'region':
      return refusal.moving
        ? `You can only change partners in your regions (${regions}): this change would move ${partner} to ${refusal.region || 'no region'}.`
        : `You can only change partners in your regions (${regions}): ${partner} is in ${refusal.region || 'no region'}.`;
    case 'owner':
      return refusal.moving
        ? `You can only change partners you own: this change would give ${partner} to another owner.`
        : `You can only change partners you own: ${partner} belongs to another owner.`;
    case 'unknown-partner':
      return `The server has never received partner ${partner}, so only an admin can change its records.`;
  }
}

// Which regions a role needs: a regional manager or an account owner sees partners of their regions
// only, so without one they would see nothing; an admin sees every region whatever is listed.
import type { Role } from '../../shared/sync-protocol';
import { SyncHttpError } from '../http-error';

export const roleLabels: Record<Role, string> = {
  admin: 'admin',
  regional_manager: 'regional manager',
  account_owner: 'account owner',
};

/** "A regional manager", "An account owner": the role as the subject of a sentence. */
export function aRole(role: Role): string {
  return `${/^[aeiou]/.test(roleLabels[role]) ? 'An' : 'A'} ${roleLabels[role]}`;
}

/** The regions trimmed and without repeats, or a 400 when the role needs one and none is given. */
export function regionsForRole(role: Role, regions: readonly string[]): string[] {
  const cleaned = [...new Set(regions.map((region) => region.trim()).filter(Boolean))];
  if (role !== 'admin' && cleaned.length === 0) {
    throw new SyncHttpError(
      400,
      'BAD_REQUEST',
      `${aRole(role)} needs at least one region: they see only the partners of their regions.`,
    );
  }
  return cleaned;
}

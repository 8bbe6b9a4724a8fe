// The case workflow as a pure check: whether a case may move from one status to another, what the
// refusal says, and which moves need a text (resolution, lessons learned, a reason to reopen).
import { disputeTransitions, type DisputeStatus } from '../../shared/disputes';

/** Status names as they read inside an English sentence ("a case that is resolved"). */
export const statusNames: Record<DisputeStatus, string> = {
  open: 'open',
  investigating: 'investigating',
  'resolution-proposed': 'resolution proposed',
  escalated: 'escalated',
  resolved: 'resolved',
  closed: 'closed',
};

export type TransitionCheck =
  { ok: true } | { ok: false; from: DisputeStatus; to: DisputeStatus; allowed: readonly DisputeStatus[] };

export function allowedTransitions(from: DisputeStatus): readonly DisputeStatus[] {
  return disputeTransitions[from];
}

export function checkTransition(from: DisputeStatus, to: DisputeStatus): TransitionCheck {
  const allowed = allowedTransitions(from);
  return allowed.includes(to) ? { ok: true } : { ok: false, from, to, allowed };
}

/** "investigating or escalated"; "none" for a status with no way out. */
export function allowedList(allowed: readonly DisputeStatus[]): string {
  const names = allowed.map((status) => statusNames[status]);
  if (names.length === 0) return 'none';
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;
}

/** Reopening: back to open from a settled case; it restarts the SLA clock. */
export function isReopen(from: DisputeStatus, to: DisputeStatus): boolean {
  return to === 'open' && (from === 'resolved' || from === 'closed');
}

/**
 * The validation key of the text a move requires, or null when a comment is optional: the agreed
 * resolution to resolve, lessons learned to close ("none" is fine), a reason to reopen.
 */
export function requiredTextKey(from: DisputeStatus, to: DisputeStatus): string | null {
  if (to === 'resolved') return 'validation.resolutionRequired';
  if (to === 'closed') return 'validation.lessonsRequired';
  if (isReopen(from, to)) return 'validation.reasonRequired';
  return null;
}

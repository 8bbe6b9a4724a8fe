// A partner's record of promises, as the commitments card shows it: how many were kept and broken
// (the loyalty score reads the same record later) and how late an open one is.
import type { Commitment } from '../../../../shared/care';
import { daysBetween } from '../visit-notes/local-day';

export interface CommitmentTally {
  open: number;
  overdue: number;
  kept: number;
  broken: number;
}

export function tallyCommitments(commitments: readonly Commitment[]): CommitmentTally {
  const tally: CommitmentTally = { open: 0, overdue: 0, kept: 0, broken: 0 };
  for (const commitment of commitments) {
    if (commitment.status === 'open') {
      tally.open++;
      if (commitment.overdue) tally.overdue++;
    } else if (commitment.status === 'kept') tally.kept++;
    else if (commitment.status === 'broken') tally.broken++;
  }
  return tally;
}

/** Days past the due date for an open commitment; 0 when it is not late. */
export function daysLate(commitment: Pick<Commitment, 'status' | 'dueDate'>, today: string): number {
  if (commitment.status !== 'open') return 0;
  return Math.max(0, daysBetween(commitment.dueDate, today));
}

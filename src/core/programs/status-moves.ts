// Which status a program may move to, and why not: pure, so the program page can ask the same
// question the core answers. Draft → active needs rules and a period that has not ended; active →
// draft only while no claim exists; an ended program comes back only while its period lasts.
import type { ProgramStatus } from '../../shared/programs';

export interface ProgramFacts {
  status: ProgramStatus;
  endsOn: string;
  rules: number;
  claims: number;
  today: string;
}

export type MoveRefusal = 'same' | 'not-allowed' | 'no-rules' | 'period-ended' | 'has-claims';

const allowedMoves: Record<ProgramStatus, readonly ProgramStatus[]> = {
  draft: ['active', 'ended'],
  active: ['ended', 'draft'],
  ended: ['active'],
};

/** Null when `program` may move to `to`, else the reason it may not. */
export function statusMoveRefusal(program: ProgramFacts, to: ProgramStatus): MoveRefusal | null {
  if (program.status === to) return 'same';
  if (!allowedMoves[program.status].includes(to)) return 'not-allowed';
  if (to === 'active') {
    if (program.rules === 0) return 'no-rules';
    if (program.endsOn < program.today) return 'period-ended';
  }
  if (to === 'draft' && program.claims > 0) return 'has-claims';
  return null;
}

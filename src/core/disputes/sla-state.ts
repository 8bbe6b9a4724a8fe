// Where a case stands against its SLA at a moment: time left or overdue while it is worked on,
// and whether it was resolved late once it is settled. Pure, so lists, reports and tests agree.
import { isOpenDisputeStatus, type DisputeStatus, type SlaState } from '../../shared/disputes';

export interface SlaFacts {
  dueAt: string;
  status: DisputeStatus;
  resolvedAt: string | null;
}

export function slaState(facts: SlaFacts, now: Date): SlaState {
  const due = Date.parse(facts.dueAt);
  if (isOpenDisputeStatus(facts.status)) {
    const msLeft = due - now.getTime();
    return { dueAt: facts.dueAt, breached: msLeft < 0, msLeft };
  }
  const settled = facts.resolvedAt === null ? null : Date.parse(facts.resolvedAt);
  return { dueAt: facts.dueAt, breached: settled !== null && settled > due, msLeft: null };
}

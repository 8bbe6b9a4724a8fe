// What a fund request holds of a partner's allocation and of the program's budget. A request
// holds its amount while it waits for a decision (against the allocation only: nothing is granted
// yet), the approved amount once approved, and what was paid once reimbursed (an unpaid rest goes
// back to the allocation and the budget). A rejected request holds nothing.
import type { FundRequestStatus } from '../../shared/funds';

export interface RequestAmounts {
  status: FundRequestStatus;
  amountMinor: number;
  approvedMinor: number | null;
  reimbursedMinor: number | null;
}

/** Held against the partner's allocation (a new request may use the rest). */
export function allocationHold(request: RequestAmounts): number {
  switch (request.status) {
    case 'submitted':
      return request.amountMinor;
    case 'approved':
    case 'proof-submitted':
      return request.approvedMinor ?? request.amountMinor;
    case 'reimbursed':
      return request.reimbursedMinor ?? 0;
    case 'rejected':
      return 0;
  }
}

/** Committed from the program's budget (approving may use the rest). */
export function budgetHold(request: RequestAmounts): number {
  return request.status === 'submitted' ? 0 : allocationHold(request);
}

export function sumOf<T>(items: readonly T[], amount: (item: T) => number): number {
  return items.reduce((sum, item) => sum + amount(item), 0);
}

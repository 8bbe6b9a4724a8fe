// The program, enrolment, claim and ledger entry rows the incentive fixtures write straight through
// the write path, with every column set: each fixture names only what its tests vary.
import { rowChanges, type FieldChange } from '../../../src/core/db/apply-changes';
import { derivedId } from '../../../src/core/db/ids';

const noEligibilityLimits = { partnerTypes: [], tiers: [], regions: [], partnerIds: [] };

/** A program row: an active, MYR sales incentive without budget, point value or expiry unless told. */
export function programChanges(
  id: string,
  fields: { name: string; startsOn: string; endsOn: string } & Record<string, unknown>,
): FieldChange[] {
  return rowChanges('programs', id, {
    kind: 'sales-incentive',
    description: '',
    eligibility: noEligibilityLimits,
    budgetMinor: 0,
    currency: 'MYR',
    pointValueMinor: 0,
    pointsExpiryMonths: null,
    status: 'active',
    revision: 0,
    deletedAt: null,
    ...fields,
  });
}

/** A partner's enrolment in a program (its id derived as the enrol procedure derives it). */
export function enrolmentChanges(
  programId: string,
  partnerId: string,
  enrolledOn: string,
  leftOn: string | null = null,
): FieldChange[] {
  return rowChanges('programEnrollments', derivedId('enrollment', programId, partnerId), {
    programId,
    partnerId,
    enrolledOn,
    leftOn,
    deletedAt: null,
  });
}

/** A claim row: submitted, one unit for MYR 100.00, without lines, files or decision unless told. */
export function claimChanges(
  id: string,
  fields: {
    programId: string;
    partnerId: string;
    invoiceNumber: string;
    invoiceKey: string;
    invoiceDate: string;
  } & Record<string, unknown>,
): FieldChange[] {
  return rowChanges('claims', id, {
    lines: [],
    lineCount: 0,
    totalMinor: 10_000,
    units: 1,
    currency: 'MYR',
    attachments: [],
    note: '',
    status: 'submitted',
    decisionReason: '',
    decidedOn: null,
    decidedBy: null,
    importId: null,
    revision: 0,
    deletedAt: null,
    ...fields,
  });
}

/** A ledger entry row (written in a permanent batch by the caller): no expiry, links, rule or reason unless told. */
export function ledgerEntryChanges(
  id: string,
  fields: {
    programId: string;
    partnerId: string;
    kind: string;
    unit: string;
    amount: number;
    postedOn: string;
  } & Record<string, unknown>,
): FieldChange[] {
  return rowChanges('ledgerEntries', id, {
    expiresOn: null,
    claimId: null,
    redemptionId: null,
    reversesId: null,
    ruleKey: null,
    ruleVersion: null,
    period: null,
    explanation: null,
    reason: '',
    actorId: null,
    ...fields,
  });
}

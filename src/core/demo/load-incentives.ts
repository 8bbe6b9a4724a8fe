// The demo incentive programs as changes for the write path: the catalog, programs, rules,
// enrolments, rewards, funds and every claim join the demo load's batch; the approvals go in a
// second, permanent batch, so the rules engine posts their awards to the ledger exactly as an
// approval in the app would.
import type { CoreContext } from '../context';
import { rowChanges, type FieldChange } from '../db/apply-changes';
import type { EntityTable } from '../db/database';
import type { DemoPartner } from './generate';
import { generateIncentiveActivity } from './incentive-activity';

export interface DemoIncentiveChanges {
  /** Everything but the approvals: part of the demo load's one undoable batch. */
  changes: FieldChange[];
  /** The approvals of the claims already decided: written after the load by `approveDemoClaims`. */
  approved: FieldChange[];
}

export function demoIncentiveChanges(
  ctx: CoreContext,
  partners: readonly DemoPartner[],
  currency: string,
  today: string,
  seed: number,
): DemoIncentiveChanges {
  const demo = generateIncentiveActivity(partners, currency, today, seed);
  const changes: FieldChange[] = [];
  const add = (table: EntityTable, rows: readonly { id: string }[], into = changes) => {
    for (const { id, ...fields } of rows) into.push(...rowChanges(table, id, { ...fields, deletedAt: null }));
  };
  add(
    'products',
    demo.products.map(({ priceMinor: _price, ...product }) => product),
  );
  add('programs', demo.programs);
  add('programRuleVersions', demo.ruleVersions);
  add('programEnrollments', demo.enrollments);
  add('rewards', demo.rewards);
  add('fundAllocations', demo.allocations);
  add('fundRequests', demo.fundRequests);
  const claims = demo.claims.map((claim) => ({
    ...claim,
    decidedBy: claim.decidedOn ? ctx.selfOwnerId : null,
  }));
  // Every claim is entered with the load (so the loyalty score already counts it as program
  // participation, and tiers are settled before the awards read them); the approvals follow.
  add(
    'claims',
    claims.map((claim) =>
      claim.status === 'approved'
        ? { ...claim, status: 'submitted', decidedOn: null, decidedBy: null, revision: 0 }
        : claim,
    ),
  );
  const approved = claims
    .filter((claim) => claim.status === 'approved')
    .flatMap(({ id, decidedOn, decidedBy }) =>
      rowChanges('claims', id, { status: 'approved', decidedOn, decidedBy, revision: 1 }),
    );
  return { changes, approved };
}

/**
 * The approvals, as a system batch: Undo of the demo load still reaches the load itself, and the
 * ledger keeps the awards (of programs that Undo then removes), as a ledger must.
 */
export async function approveDemoClaims(ctx: CoreContext, approved: FieldChange[]): Promise<void> {
  if (approved.length === 0) return;
  await ctx.write({ label: 'Approve demo claims', origin: 'system', permanent: true, changes: approved });
}

// One case as lists show it (parties by name, the lead partner's region, owner, SLA standing),
// read for a page of case ids at once. Lists, the library, alerts and the case page share it.
import type { DisputeSummary, Money } from '../../shared/disputes';
import type { CoreContext } from '../context';
import { slaState } from './sla-state';

/** The columns of a case row every summary needs; callers add their own. */
export const summaryColumns = [
  'd.id',
  'd.kind',
  'd.title',
  'd.severity',
  'd.status',
  'd.partnerIds',
  'd.ownerId',
  'o.name as ownerName',
  'd.openedAt',
  'd.resolvedAt',
  'd.closedAt',
  'd.rootCause',
  'd.dueAt',
  'd.revision',
] as const;

/** Live cases with their owner's name joined, aliased `d` and `o`. */
export function caseRows(ctx: CoreContext) {
  return ctx.db
    .selectFrom('disputes as d')
    .leftJoin('owners as o', (join) => join.onRef('o.id', '=', 'd.ownerId').on('o.deletedAt', 'is', null))
    .where('d.deletedAt', 'is', null);
}

export interface SummaryRow {
  id: string;
  kind: DisputeSummary['kind'];
  title: string;
  severity: DisputeSummary['severity'];
  status: DisputeSummary['status'];
  /** JSON array, as stored. */
  partnerIds: string;
  ownerId: string | null;
  ownerName: string | null;
  openedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  rootCause: DisputeSummary['rootCause'];
  dueAt: string;
  revision: number;
}

/**
 * Turns case rows into summaries (same order), naming every party with one query for the whole
 * page. Callers extending a summary zip it with their row by index.
 */
export async function summarize(
  ctx: CoreContext,
  rows: readonly SummaryRow[],
  now: Date = new Date(),
): Promise<DisputeSummary[]> {
  const idsOfRow = rows.map((row) => JSON.parse(row.partnerIds) as string[]);
  const partnerIds = [...new Set(idsOfRow.flat())];
  const partners = new Map<string, { id: string; name: string; region: string; country: string }>();
  for (let i = 0; i < partnerIds.length; i += 500) {
    const found = await ctx.db
      .selectFrom('partners')
      .select(['id', 'name', 'region', 'country'])
      .where('id', 'in', partnerIds.slice(i, i + 500))
      .execute();
    for (const partner of found) partners.set(partner.id, partner);
  }
  return rows.map((row, index) => {
    const parties = (idsOfRow[index] ?? []).flatMap((id) => {
      const partner = partners.get(id);
      return partner ? [partner] : [];
    });
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      severity: row.severity,
      status: row.status,
      partners: parties,
      region: parties[0]?.region ?? '',
      ownerId: row.ownerId,
      ownerName: row.ownerName,
      openedAt: row.openedAt,
      resolvedAt: row.resolvedAt,
      closedAt: row.closedAt,
      rootCause: row.rootCause,
      sla: slaState(row, now),
      revision: row.revision,
    };
  });
}

/** The stored pair of columns as one sum of money (null when no amount was recorded). */
export function moneyOf(amountMinor: number | null, currency: string | null): Money | null {
  return amountMinor === null || currency === null ? null : { amountMinor, currency };
}

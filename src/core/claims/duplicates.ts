// The same invoice claimed by another partner of the program: allowed (a distributor's invoice can
// be split between dealers) but flagged, on the claim and in the list.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Claim } from '../../shared/claims';
import type { CoreContext } from '../context';

export async function crossPartnerDuplicates(
  ctx: CoreContext,
  programId: string,
  partnerId: string,
  invoiceKey: string,
): Promise<Claim['duplicates']> {
  return ctx.db
    .selectFrom('claims as c')
    .innerJoin('partners as p', 'p.id', 'c.partnerId')
    .select(['c.id as claimId', 'c.partnerId', 'p.name as partnerName', 'c.invoiceDate'])
    .where('c.invoiceKey', '=', invoiceKey)
    .where('c.partnerId', '!=', partnerId)
    .where('c.programId', '=', programId)
    .where('c.deletedAt', 'is', null)
    .where('c.status', '!=', 'rejected')
    .orderBy('c.invoiceDate')
    .orderBy('c.id')
    .execute();
}

/**
 * SQL: the claim aliased `c` has a live, not rejected twin at another partner of its program
 * (one probe of the claims_invoice index per claim).
 */
export function flaggedCondition(): Expression<SqlBool> {
  return sql<SqlBool>`(c.status != 'rejected' and exists (
    select 1 from claims d
    where d.invoice_key = c.invoice_key and d.partner_id != c.partner_id and d.program_id = c.program_id
      and d.deleted_at is null and d.status != 'rejected'))`;
}

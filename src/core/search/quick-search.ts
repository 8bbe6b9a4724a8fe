// search.quick: partners and contacts by name, for pickers that want only those (Ctrl+K uses
// search.everywhere). Uses the partner and contact indexes of migration 0001.
import { sql } from 'kysely';
import type { QuickSearchResult } from '../../shared/app';
import type { CoreContext } from '../context';
import { toFullTextQuery } from '../partners/full-text-query';

export async function quickSearch(
  ctx: CoreContext,
  query: string,
  limit: number,
): Promise<QuickSearchResult[]> {
  const match = toFullTextQuery(query);
  if (!match) return [];
  const partners = await ctx.db
    .selectFrom('partners as p')
    .select(['p.id', 'p.name', 'p.city', 'p.country', 'p.type'])
    .where(sql<boolean>`p.rowid in (select rowid from partners_fts where partners_fts match ${match})`)
    .where('p.deletedAt', 'is', null)
    .orderBy(sql`p.name collate nocase`)
    .limit(limit)
    .execute();
  const contacts = await ctx.db
    .selectFrom('contacts as c')
    .innerJoin('partners as p', 'p.id', 'c.partnerId')
    .select(['c.id', 'c.name', 'c.role', 'c.partnerId', 'p.name as partnerName'])
    .where(sql<boolean>`c.rowid in (select rowid from contacts_fts where contacts_fts match ${match})`)
    .where('c.deletedAt', 'is', null)
    .where('p.deletedAt', 'is', null)
    .orderBy(sql`c.name collate nocase`)
    .limit(limit)
    .execute();
  return [
    ...partners.map((p) => ({
      kind: 'partner' as const,
      id: p.id,
      partnerId: p.id,
      title: p.name,
      subtitle: [p.city, p.country].filter(Boolean).join(', '),
    })),
    ...contacts.map((c) => ({
      kind: 'contact' as const,
      id: c.id,
      partnerId: c.partnerId,
      title: c.name,
      subtitle: [c.role, c.partnerName].filter(Boolean).join(' · '),
    })),
  ].slice(0, limit);
}

// Workspace-wide procedures: status for the first-run screen and quick search (Ctrl+K).
import { sql } from 'kysely';
import type { AppStatus, QuickSearchResult } from '../../shared/app';
import type { CoreContext } from '../context';
import { liveCount } from '../db/live-counts';
import { getProfile } from '../owners/service';
import { toFullTextQuery } from '../partners/full-text-query';

export async function appStatus(ctx: CoreContext): Promise<AppStatus> {
  const [partnerCount, contactCount, profile] = await Promise.all([
    liveCount(ctx, 'partners'),
    liveCount(ctx, 'contacts'),
    getProfile(ctx),
  ]);
  return {
    partnerCount,
    contactCount,
    profile,
    dataFile: ctx.dataFile,
    replicaId: ctx.clock.replicaId,
    schemaVersion: ctx.schemaVersion,
  };
}

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

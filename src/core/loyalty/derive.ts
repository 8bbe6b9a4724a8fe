// The write path's derive hook: after a batch's own changes, recompute the partners it touched
// (a sales month, a survey answer, a visit held, a partner moved...) in the same transaction, so
// the tier change or retention case it causes joins that batch and is undone with it.
import { sql, type Transaction } from 'kysely';
import type { AppliedRow, DeriveChanges } from '../db/apply-changes';
import type { Database, EntityTable } from '../db/database';
import { localToday } from '../care/calendar-dates';
import { recomputePartners } from './recompute';
import { loyaltySettingIds, loyaltySettingIdList } from './settings-store';

/** Tables whose rows carry the partner they belong to. */
const partnerRowTables: Partial<Record<EntityTable, string>> = {
  salesRecords: 'sales_records',
  surveyResponses: 'survey_responses',
  careEvents: 'care_events',
  visitNotes: 'visit_notes',
  greetings: 'greetings',
  commitments: 'commitments',
  tierOverrides: 'tier_overrides',
  retentionCases: 'retention_cases',
  claims: 'claims',
};

/** Partner fields the score or its copies in partner_scores read. */
const partnerFields = new Set(['status', 'region', 'ownerId', 'partnershipStart', 'deletedAt']);

/**
 * The per-partner path is set-based too (every query filters by the list of ids through the
 * partner indexes); beyond this many partners one pass over every table is cheaper.
 */
const bulkThreshold = 20_000;

export const deriveLoyalty: DeriveChanges = async (trx, applied, now) => {
  const affected = await scoresAffected(trx, applied);
  if (!affected) return [];
  return (await rescore(trx, affected, now)).changes;
};

/** Whose loyalty scores some applied rows move: every partner (the loyalty settings), or these. */
export interface ScoresAffected {
  all: boolean;
  tiersChanged: boolean;
  partnerIds: string[];
}

/** The scores these rows move, or null when they move none. */
export async function scoresAffected(
  trx: Transaction<Database>,
  applied: readonly AppliedRow[],
): Promise<ScoresAffected | null> {
  const relevant = applied.filter(isRelevant);
  if (relevant.length === 0) return null;
  const settingsRows = relevant.filter((row) => row.table === 'settings');
  if (settingsRows.length > 0) {
    return {
      all: true,
      tiersChanged: settingsRows.some((row) => row.rowId === loyaltySettingIds.tiers),
      partnerIds: [],
    };
  }
  const partnerIds = await touchedPartners(trx, relevant);
  return partnerIds.size === 0 ? null : { all: false, tiersChanged: false, partnerIds: [...partnerIds] };
}

/** Recomputes the scores `affected` names (all of them beyond bulkThreshold partners). */
export async function rescore(trx: Transaction<Database>, affected: ScoresAffected, now: string) {
  const today = localToday(new Date(now));
  if (affected.all) return recomputePartners(trx, null, today, { now, tiersChanged: affected.tiersChanged });
  const ids = affected.partnerIds.length > bulkThreshold ? null : affected.partnerIds;
  return recomputePartners(trx, ids, today, { now });
}

function isRelevant(row: AppliedRow): boolean {
  if (row.table === 'settings') return loyaltySettingIdList.includes(row.rowId);
  // A new partner has nothing to score yet: its first sale, visit or answer (or the daily run,
  // or opening its loyalty card) computes it, so creating one stays a plain partner write.
  if (row.table === 'partners') return !row.created && row.fields.some((field) => partnerFields.has(field));
  return row.table in partnerRowTables || row.table === 'disputes' || row.table === 'disputeEntries';
}

async function touchedPartners(
  trx: Transaction<Database>,
  rows: readonly AppliedRow[],
): Promise<Set<string>> {
  const partners = new Set<string>();
  const idsByTable = new Map<EntityTable, string[]>();
  for (const row of rows) {
    if (row.table === 'partners') partners.add(row.rowId);
    else {
      const list = idsByTable.get(row.table);
      if (list) list.push(row.rowId);
      else idsByTable.set(row.table, [row.rowId]);
    }
  }
  const add = (found: { rows: { partnerId: string | null }[] }) => {
    for (const row of found.rows) if (row.partnerId) partners.add(row.partnerId);
  };
  for (const [table, ids] of idsByTable) {
    const json = JSON.stringify(ids);
    const sqlTable = partnerRowTables[table];
    if (sqlTable) {
      add(
        await sql<{ partnerId: string }>`select distinct partner_id as "partnerId" from ${sql.table(sqlTable)}
          where id in (select value from json_each(${json}))`.execute(trx),
      );
    } else if (table === 'disputes') {
      // Parties named on the case now (a party just removed is caught by the daily recompute).
      add(
        await sql<{ partnerId: string }>`select distinct p.value as "partnerId"
          from disputes d, json_each(d.partner_ids) p where d.id in (select value from json_each(${json}))`.execute(
          trx,
        ),
      );
    } else if (table === 'disputeEntries') {
      add(
        await sql<{ partnerId: string }>`select distinct dp.partner_id as "partnerId"
          from dispute_entries e join dispute_partners dp on dp.dispute_id = e.dispute_id
          where e.id in (select value from json_each(${json}))`.execute(trx),
      );
    }
  }
  return partners;
}

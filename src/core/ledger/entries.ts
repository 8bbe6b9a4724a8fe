// Reading a partner's ledger entries in a program: as facts for the FIFO replay (posting order), and
// as the contract's entries (explanation decoded, the actor's name).
import type { Kysely, Transaction } from 'kysely';
import type { LedgerEntry } from '../../shared/claims';
import { awardExplanationSchema } from '../../shared/programs';
import type { Database } from '../db/database';
import { replayLedger, type LedgerFact, type LedgerReplay } from './lots';

type Reader = Kysely<Database> | Transaction<Database>;

/** The points entries in the order they were posted (creation order; ids are monotonic). */
export async function pointsFacts(db: Reader, programId: string, partnerId: string): Promise<LedgerFact[]> {
  const rows = await db
    .selectFrom('ledgerEntries')
    .select(['id', 'kind', 'amount', 'postedOn', 'expiresOn', 'reversesId', 'createdAt'])
    .where('partnerId', '=', partnerId)
    .where('programId', '=', programId)
    .where('unit', '=', 'points')
    .execute();
  rows.sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.id, b.id));
  return rows.map(({ createdAt: _createdAt, ...fact }) => fact);
}

export async function replayPartner(db: Reader, programId: string, partnerId: string): Promise<LedgerReplay> {
  return replayLedger(await pointsFacts(db, programId, partnerId));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entries with the columns the contract shows; callers add order, filters and paging. */
export function entryQuery(db: Reader) {
  return db
    .selectFrom('ledgerEntries as e')
    .leftJoin('owners as o', 'o.id', 'e.actorId')
    .select([
      'e.id',
      'e.programId',
      'e.partnerId',
      'e.kind',
      'e.unit',
      'e.amount',
      'e.postedOn',
      'e.ruleKey',
      'e.period',
      'e.expiresOn',
      'e.claimId',
      'e.redemptionId',
      'e.reversesId',
      'e.explanation',
      'e.reason',
      'o.name as actorName',
      'e.createdAt',
    ]);
}

type EntryRow = Omit<LedgerEntry, 'explanation' | 'actorName'> & {
  explanation: string | null;
  actorName: string | null;
};

export function toLedgerEntry(row: EntryRow): LedgerEntry {
  return { ...row, explanation: decodeExplanation(row.explanation), actorName: row.actorName ?? '' };
}

function decodeExplanation(text: string | null): LedgerEntry['explanation'] {
  if (!text) return null;
  try {
    const parsed = awardExplanationSchema.safeParse(JSON.parse(text));
    // A garbled explanation (an older version, a bad sync) shows as none rather than failing the page.
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// Reading a program as stored: its row (NOT_FOUND when missing or deleted), its rule versions, and
// the facts other decisions hang on (anything awarded, claims taken, participants).
import type { Kysely, Selectable, Transaction } from 'kysely';
import { CoreError } from '../../shared/errors';
import {
  eligibilitySchema,
  ruleSchema,
  type Eligibility,
  type Rule,
  type RuleVersion,
} from '../../shared/programs';
import type { Database, ProgramsTable } from '../db/database';

type Db = Kysely<Database> | Transaction<Database>;
export type ProgramRow = Selectable<ProgramsTable>;

export async function requireProgram(db: Db, id: string): Promise<ProgramRow> {
  const row = await db
    .selectFrom('programs')
    .selectAll()
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row)
    throw new CoreError({ code: 'NOT_FOUND', message: 'This program does not exist or was deleted.' });
  return row;
}

/** The revision check of a program edit: of two people editing at once, the second gets a CONFLICT naming it. */
export function programRevision(program: { id: string; name: string }, revision: number) {
  return { table: 'programs' as const, rowId: program.id, revision, what: `The program ${program.name}` };
}

export function eligibilityOf(stored: string): Eligibility {
  const parsed = eligibilitySchema.safeParse(parseJson(stored));
  return parsed.success ? parsed.data : { partnerTypes: [], tiers: [], regions: [], partnerIds: [] };
}

/** Stored rules that no longer read as rules (a bad sync) are left out rather than breaking the page. */
export function rulesOf(stored: string): Rule[] {
  const value = parseJson(stored);
  if (!Array.isArray(value)) return [];
  return value.flatMap((rule) => {
    const parsed = ruleSchema.safeParse(rule);
    return parsed.success ? [parsed.data] : [];
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Every version of a program's rules, oldest first. */
export async function ruleVersionsOf(db: Db, programId: string): Promise<(RuleVersion & { id: string })[]> {
  const rows = await db
    .selectFrom('programRuleVersions')
    .select(['id', 'version', 'effectiveFrom', 'rules', 'createdAt'])
    .where('programId', '=', programId)
    .where('deletedAt', 'is', null)
    .orderBy('version')
    .execute();
  return rows.map((row) => ({ ...row, rules: rulesOf(row.rules) }));
}

/** Once anything was awarded the rules are frozen: a change becomes a new version. */
export async function hasAwarded(db: Db, programId: string): Promise<boolean> {
  const row = await db
    .selectFrom('ledgerEntries')
    .select('id')
    .where('programId', '=', programId)
    .where('kind', '=', 'earn')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function claimCount(db: Db, programId: string): Promise<number> {
  const row = await db
    .selectFrom('claims')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programId', '=', programId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Programs' participants now: live enrolments that have not left, of partners that still exist
 * (aliases `e` and `p`). Callers name the program, the columns and any further filter.
 */
export function currentParticipants(db: Db) {
  return db
    .selectFrom('programEnrollments as e')
    .innerJoin('partners as p', 'p.id', 'e.partnerId')
    .where('e.deletedAt', 'is', null)
    .where('e.leftOn', 'is', null)
    .where('p.deletedAt', 'is', null);
}

export async function participantCount(db: Db, programId: string): Promise<number> {
  const row = await currentParticipants(db)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('e.programId', '=', programId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

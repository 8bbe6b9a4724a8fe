// What the rules engine needs from the database, read in few statements: a program's rule
// versions, its approved claims as engine claims (lines with their product categories), partners'
// tiers, and the awards already in the ledger. Shared by award posting, the month's settlement
// check and target progress.
import type { Kysely, Transaction } from 'kysely';
import { CoreError } from '../../shared/errors';
import { ruleSchema, type Rule } from '../../shared/programs';
import type { Database } from '../db/database';
import { readLoyaltyConfig } from '../loyalty/settings-store';
import { periodDays, periodKey, periodOfCalc } from './engine/periods';
import {
  awardKey,
  capKey,
  type EngineClaim,
  type EngineVersion,
  type PartnerTier,
  type PostedAwards,
} from './engine/types';

type Db = Kysely<Database> | Transaction<Database>;

const rulesSchema = ruleSchema.array();

export interface ProgramFacts {
  id: string;
  name: string;
  status: string;
  startsOn: string;
  endsOn: string;
  currency: string;
  pointsExpiryMonths: number | null;
  versions: EngineVersion[];
}

export async function readProgramFacts(db: Db, programId: string): Promise<ProgramFacts | undefined> {
  const program = await db
    .selectFrom('programs')
    .select(['id', 'name', 'status', 'startsOn', 'endsOn', 'currency', 'pointsExpiryMonths'])
    .where('id', '=', programId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!program) return undefined;
  const rows = await db
    .selectFrom('programRuleVersions')
    .select(['version', 'effectiveFrom', 'rules'])
    .where('programId', '=', programId)
    .where('deletedAt', 'is', null)
    .orderBy('version')
    .execute();
  const versions = rows.map((row) => {
    const parsed = rulesSchema.safeParse(JSON.parse(row.rules));
    if (!parsed.success) {
      throw new CoreError({
        code: 'CONFLICT',
        message: `Version ${row.version} of the rules of ${program.name} cannot be read: save the rules again before deciding claims.`,
      });
    }
    return { version: row.version, effectiveFrom: row.effectiveFrom, rules: parsed.data };
  });
  return { ...program, versions };
}

export function allRules(versions: readonly EngineVersion[]): Rule[] {
  return versions.flatMap((version) => version.rules);
}

/** How claims are read: whole claims suffice when no rule picks lines by product or category. */
export interface LineNeeds {
  byLine: boolean;
  categories: boolean;
}

export function lineNeeds(versions: readonly EngineVersion[]): LineNeeds {
  const rules = allRules(versions);
  return {
    byLine: rules.some((rule) => rule.filter.productIds.length > 0 || rule.filter.categories.length > 0),
    categories: rules.some((rule) => rule.filter.categories.length > 0),
  };
}

export async function productCategories(db: Db, needs: LineNeeds): Promise<Map<string, string>> {
  if (!needs.categories) return new Map();
  const rows = await db.selectFrom('products').select(['id', 'category']).execute();
  return new Map(rows.map((row) => [row.id, row.category]));
}

export interface ClaimRow {
  id: string;
  partnerId: string;
  invoiceNumber: string;
  invoiceDate: string;
  lines: string;
  lineCount: number;
  units: number;
  totalMinor: number;
}

interface StoredLine {
  productId?: unknown;
  quantity?: unknown;
  amountMinor?: unknown;
}

/** A claim row as the engine reads it; without line filters, one line of the claim's totals. */
export function engineClaim(row: ClaimRow, needs: LineNeeds, categories: Map<string, string>): EngineClaim {
  if (!needs.byLine) {
    return {
      id: row.id,
      invoiceNumber: row.invoiceNumber,
      invoiceDate: row.invoiceDate,
      lines: [{ productId: '', category: '', quantity: row.units, amountMinor: row.totalMinor }],
    };
  }
  const stored = JSON.parse(row.lines) as StoredLine[];
  return {
    id: row.id,
    invoiceNumber: row.invoiceNumber,
    invoiceDate: row.invoiceDate,
    lines: stored.map((line) => {
      const productId = typeof line.productId === 'string' ? line.productId : '';
      return {
        productId,
        category: categories.get(productId) ?? '',
        quantity: Number(line.quantity) || 0,
        amountMinor: Number(line.amountMinor) || 0,
      };
    }),
  };
}

/** Approved live claims of the program with invoice dates in [from, to], optionally of one partner. */
export async function approvedClaimRows(
  db: Db,
  programId: string,
  range: { from: string; to: string },
  partnerId: string | null,
  needs: LineNeeds,
): Promise<ClaimRow[]> {
  let query = db
    .selectFrom('claims')
    .where('programId', '=', programId)
    .where('status', '=', 'approved')
    .where('deletedAt', 'is', null)
    .where('invoiceDate', '>=', range.from)
    .where('invoiceDate', '<=', range.to);
  if (partnerId) query = query.where('partnerId', '=', partnerId);
  // Lines are only read (and parsed) when a rule filters them.
  const rows = await query
    .select(['id', 'partnerId', 'invoiceNumber', 'invoiceDate', 'lineCount', 'units', 'totalMinor'])
    .$if(needs.byLine, (q) => q.select('lines'))
    .execute();
  return rows.map((row) => ({ ...row, lines: 'lines' in row ? String(row.lines) : '[]' }));
}

/** Tier in effect per partner, with the tier's name from the loyalty settings. */
export async function partnerTiers(db: Db, partnerIds: readonly string[]): Promise<Map<string, PartnerTier>> {
  const tiers = new Map<string, PartnerTier>();
  if (partnerIds.length === 0) return tiers;
  const config = await readLoyaltyConfig(db as Kysely<Database>);
  const names = new Map(config.tiers.map((tier) => [tier.key, tier.name]));
  for (let i = 0; i < partnerIds.length; i += 500) {
    const rows = await db
      .selectFrom('partnerScores')
      .select(['partnerId', 'tier'])
      .where('partnerId', 'in', partnerIds.slice(i, i + 500))
      .execute();
    for (const row of rows) {
      if (row.tier) tiers.set(row.partnerId, { key: row.tier, name: names.get(row.tier) ?? row.tier });
    }
  }
  return tiers;
}

export interface PostedRow {
  partnerId: string;
  ruleKey: string | null;
  ruleVersion: number | null;
  period: string | null;
  unit: 'points' | 'money';
  amount: number;
  /** Entries posted for this key so far (each award step is one). */
  entries: number;
}

/** Awards in the ledger summed per partner, rule, version, period and unit. */
export async function postedAwardRows(
  db: Db,
  programId: string,
  partnerId: string | null,
): Promise<PostedRow[]> {
  let query = db
    .selectFrom('ledgerEntries')
    .select([
      'partnerId',
      'ruleKey',
      'ruleVersion',
      'period',
      'unit',
      (eb) => eb.fn.sum<number>('amount').as('amount'),
      (eb) => eb.fn.countAll<number>().as('entries'),
    ])
    .where('programId', '=', programId)
    .where('ruleKey', 'is not', null);
  if (partnerId) query = query.where('partnerId', '=', partnerId);
  const rows = await query.groupBy(['partnerId', 'ruleKey', 'ruleVersion', 'period', 'unit']).execute();
  return rows.map((row) => ({ ...row, amount: Number(row.amount), entries: Number(row.entries) }));
}

/** Every partner's awards per rule over the program (what program caps count). */
export async function programAwardTotals(db: Db, programId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('ledgerEntries')
    .select(['ruleKey', 'unit', (eb) => eb.fn.sum<number>('amount').as('amount')])
    .where('programId', '=', programId)
    .where('ruleKey', 'is not', null)
    .groupBy(['ruleKey', 'unit'])
    .execute();
  return new Map(rows.map((row) => [capKey(row.ruleKey ?? '', row.unit), Number(row.amount)]));
}

/** One partner's posted awards as the engine reads them. */
export function postedAwardsOf(
  rows: readonly PostedRow[],
  program: ReadonlyMap<string, number>,
): PostedAwards {
  const own = new Map<string, number>();
  const partner = new Map<string, number>();
  for (const row of rows) {
    if (row.ruleKey === null) continue;
    const key = awardKey(row.ruleKey, row.ruleVersion ?? 1, row.period ?? 'program', row.unit);
    own.set(key, (own.get(key) ?? 0) + row.amount);
    const cap = capKey(row.ruleKey, row.unit);
    partner.set(cap, (partner.get(cap) ?? 0) + row.amount);
  }
  return { own, partner, program };
}

/** The invoice days whose claims the periods containing `days` need (every rule's period kind). */
export function claimDaysFor(
  program: Pick<ProgramFacts, 'startsOn' | 'endsOn' | 'versions'>,
  days: readonly string[],
): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const rule of allRules(program.versions)) {
    for (const day of days) {
      const range = periodDays(periodKey(periodOfCalc(rule.calc), day), program);
      if (from === null || range.from < from) from = range.from;
      if (to === null || range.to > to) to = range.to;
    }
  }
  return from === null || to === null ? null : { from, to };
}

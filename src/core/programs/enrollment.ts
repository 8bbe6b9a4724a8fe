// Enrolling partners in a program (explicit, checked against eligibility, many in one undoable
// batch) and listing participants with their balances. Enrolments go through the write path, so
// the change log (and with it the partner's timeline) has every join and leave.
import { sql } from 'kysely';
import type { ParsedInput, ProcedureOutput } from '../../shared/contract';
import { CoreError } from '../../shared/errors';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges, type FieldChange } from '../db/apply-changes';
import { derivedId } from '../db/ids';
import { readLoyaltyConfig } from '../loyalty/settings-store';
import { eligibleWhere, isEligible } from './eligibility';
import { currentParticipants, eligibilityOf, requireProgram } from './program-rows';
import { likeText } from './like-text';

export function enrollmentId(programId: string, partnerId: string): string {
  return derivedId('enrollment', programId, partnerId);
}

function refuse(message: string, key: string, params?: Record<string, string | number>): never {
  throw new CoreError({
    code: 'VALIDATION',
    message,
    fields: { partnerIds: fieldMessage(key, params) },
  });
}

function namesList(names: readonly string[]): string {
  return names.length <= 3
    ? names.join(', ')
    : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

export async function enrollPartners(
  ctx: CoreContext,
  input: ParsedInput<'programs.enroll'>,
): Promise<ProcedureOutput<'programs.enroll'>> {
  const program = await requireProgram(ctx.db, input.programId);
  if (program.status === 'ended')
    refuse(`${program.name} has ended: it takes no new participants.`, 'validation.programEndedEnrol');
  const ids = [...new Set(input.partnerIds)];
  const partners = await ctx.db
    .selectFrom('partners as p')
    .leftJoin('partnerScores as s', 's.partnerId', 'p.id')
    .select(['p.id', 'p.name', 'p.type', 'p.region', 'p.deletedAt', 's.tier'])
    .where('p.id', 'in', ids)
    .execute();
  if (partners.length < ids.length) refuse('A chosen partner does not exist.', 'validation.id');
  const deleted = partners.filter((p) => p.deletedAt !== null).map((p) => p.name);
  if (deleted.length)
    refuse(`Deleted partners cannot join: ${namesList(deleted)}.`, 'validation.partnerDeleted', {
      names: namesList(deleted),
    });
  const eligibility = eligibilityOf(program.eligibility);
  const ineligible = partners
    .filter((p) => !isEligible({ ...p, tier: p.tier ?? null }, eligibility))
    .map((p) => p.name);
  if (ineligible.length)
    refuse(`Not eligible for ${program.name}: ${namesList(ineligible)}.`, 'validation.partnerIneligible', {
      names: namesList(ineligible),
    });

  const existing = new Map(
    (
      await ctx.db
        .selectFrom('programEnrollments')
        .select(['id', 'leftOn', 'deletedAt'])
        .where(
          'id',
          'in',
          ids.map((id) => enrollmentId(program.id, id)),
        )
        .execute()
    ).map((row) => [row.id, row]),
  );
  const changes: FieldChange[] = [];
  const joining: string[] = [];
  for (const partner of partners) {
    const id = enrollmentId(program.id, partner.id);
    const before = existing.get(id);
    // Already in: nothing to do, so picking a few enrolled ones by mistake is harmless.
    if (before && before.leftOn === null && before.deletedAt === null) continue;
    joining.push(partner.name);
    changes.push(
      ...(before
        ? rowChanges('programEnrollments', id, { enrolledOn: input.today, leftOn: null, deletedAt: null })
        : rowChanges('programEnrollments', id, {
            programId: program.id,
            partnerId: partner.id,
            enrolledOn: input.today,
            leftOn: null,
            deletedAt: null,
          })),
    );
  }
  if (changes.length === 0) return { id: program.id, batchId: '' };
  const { batchId } = await ctx.write({
    label:
      joining.length === 1
        ? `Enrol ${joining[0]} in ${program.name}`
        : `Enrol ${joining.length} partners in ${program.name}`,
    origin: 'local',
    changes,
  });
  return { id: program.id, batchId: batchId ?? '' };
}

export async function unenrollPartner(
  ctx: CoreContext,
  input: ParsedInput<'programs.unenroll'>,
): Promise<ProcedureOutput<'programs.unenroll'>> {
  const program = await requireProgram(ctx.db, input.programId);
  const id = enrollmentId(program.id, input.partnerId);
  const row = await ctx.db
    .selectFrom('programEnrollments as e')
    .innerJoin('partners as p', 'p.id', 'e.partnerId')
    .select(['p.name', 'e.leftOn'])
    .where('e.id', '=', id)
    .where('e.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row || row.leftOn !== null)
    throw new CoreError({ code: 'NOT_FOUND', message: `This partner is not enrolled in ${program.name}.` });
  const waiting = await ctx.db
    .selectFrom('claims')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('partnerId', '=', input.partnerId)
    .where('programId', '=', program.id)
    .where('status', '=', 'submitted')
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  const count = Number(waiting?.n ?? 0);
  if (count > 0) {
    throw new CoreError({
      code: 'VALIDATION',
      message: `${row.name} has ${count} claim${count === 1 ? '' : 's'} waiting for a decision in ${program.name}: approve or reject ${count === 1 ? 'it' : 'them'} first.`,
      fields: { partnerId: fieldMessage('validation.claimsWaiting', { name: row.name, count }) },
    });
  }
  const { batchId } = await ctx.write({
    label: `Remove ${row.name} from ${program.name}`,
    origin: 'local',
    changes: rowChanges('programEnrollments', id, { leftOn: input.today }),
  });
  return { id, batchId: batchId ?? '' };
}

export async function listParticipants(
  ctx: CoreContext,
  input: ParsedInput<'programs.participants'>,
): Promise<ProcedureOutput<'programs.participants'>> {
  const program = await requireProgram(ctx.db, input.programId);
  let query = currentParticipants(ctx.db).where('e.programId', '=', program.id);
  if (input.search) query = query.where((eb) => eb.or(nameOrCityContains(input.search)));
  const [counted, page] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    query
      .leftJoin('partnerScores as s', 's.partnerId', 'p.id')
      .select(['p.id', 'p.name', 'p.city', 'p.region', 'e.enrolledOn', 's.tier'])
      .orderBy('p.name')
      .orderBy('p.id')
      .offset(input.offset)
      .limit(input.limit)
      .execute(),
  ]);
  const partnerIds = page.map((row) => row.id);
  const balances = new Map<string, { points: number; moneyMinor: number }>();
  const claims = new Map<string, number>();
  if (partnerIds.length) {
    const sums = await ctx.db
      .selectFrom('ledgerEntries')
      .select(['partnerId', 'unit', (eb) => eb.fn.sum<number>('amount').as('amount')])
      .where('programId', '=', program.id)
      .where('partnerId', 'in', partnerIds)
      .groupBy(['partnerId', 'unit'])
      .execute();
    for (const row of sums) {
      const balance = balances.get(row.partnerId) ?? { points: 0, moneyMinor: 0 };
      if (row.unit === 'points') balance.points += Number(row.amount);
      else balance.moneyMinor += Number(row.amount);
      balances.set(row.partnerId, balance);
    }
    const claimRows = await ctx.db
      .selectFrom('claims')
      .select(['partnerId', (eb) => eb.fn.countAll<number>().as('n')])
      .where('programId', '=', program.id)
      .where('partnerId', 'in', partnerIds)
      .where('deletedAt', 'is', null)
      .groupBy('partnerId')
      .execute();
    for (const row of claimRows) claims.set(row.partnerId, Number(row.n));
  }
  const tierNames = await tierNamesOf(ctx);
  return {
    rows: page.map((row) => ({
      partnerId: row.id,
      partnerName: row.name,
      city: row.city,
      region: row.region,
      tier: row.tier ? (tierNames.get(row.tier) ?? row.tier) : null,
      enrolledOn: row.enrolledOn,
      points: balances.get(row.id)?.points ?? 0,
      moneyMinor: balances.get(row.id)?.moneyMinor ?? 0,
      claims: claims.get(row.id) ?? 0,
    })),
    total: Number(counted?.n ?? 0),
  };
}

/** The search of the participant and eligible-partner lists: the partner's name or city (alias `p`). */
function nameOrCityContains(search: string) {
  return [likeText(sql.ref('p.name'), search), likeText(sql.ref('p.city'), search)];
}

async function tierNamesOf(ctx: CoreContext): Promise<Map<string, string>> {
  const { tiers } = await readLoyaltyConfig(ctx.db);
  return new Map(tiers.map((tier) => [tier.key, tier.name]));
}

export async function eligiblePartners(
  ctx: CoreContext,
  input: ParsedInput<'programs.eligible'>,
): Promise<ProcedureOutput<'programs.eligible'>> {
  const program = await requireProgram(ctx.db, input.programId);
  const base = ctx.db
    .selectFrom('partners as p')
    .leftJoin('partnerScores as s', 's.partnerId', 'p.id')
    .leftJoin('programEnrollments as e', (join) =>
      join
        .onRef('e.partnerId', '=', 'p.id')
        .on('e.programId', '=', program.id)
        .on('e.deletedAt', 'is', null)
        .on('e.leftOn', 'is', null),
    )
    .where(eligibleWhere(eligibilityOf(program.eligibility)));
  let rowsQuery = base;
  if (input.search) rowsQuery = rowsQuery.where((eb) => eb.or(nameOrCityContains(input.search)));
  const [counted, rows, tierNames] = await Promise.all([
    base
      .select([
        (eb) => eb.fn.countAll<number>().as('total'),
        sql<number>`coalesce(sum(case when e.id is null then 1 else 0 end), 0)`.as('notEnrolled'),
      ])
      .executeTakeFirst(),
    rowsQuery
      .select(['p.id', 'p.name', 'p.city', 'p.region', 's.tier', 'e.id as enrollmentId'])
      // Those still to enrol first: that is what the picker is for.
      .orderBy(sql`e.id is not null`)
      .orderBy('p.name')
      .orderBy('p.id')
      .limit(input.limit)
      .execute(),
    tierNamesOf(ctx),
  ]);
  return {
    rows: rows.map((row) => ({
      partnerId: row.id,
      name: row.name,
      city: row.city,
      region: row.region,
      tier: row.tier ? (tierNames.get(row.tier) ?? row.tier) : null,
      enrolled: row.enrollmentId !== null,
    })),
    total: Number(counted?.total ?? 0),
    notEnrolled: Number(counted?.notEnrolled ?? 0),
  };
}

// Partner procedures: list with filters and sorting, facets, read, create, update, delete.
import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import { importMessage } from '../../shared/data-import';
import { CoreError } from '../../shared/errors';
import type { WriteResult } from '../../shared/history';
import type {
  Partner,
  PartnerFacets,
  PartnerFields,
  PartnerListItem,
  PartnerListOutput,
  PartnerListQuery,
} from '../../shared/partners';
import { externalIdKey } from '../../shared/partners';
import { fieldMessage } from '../../shared/validation';
import type { CoreContext } from '../context';
import { rowChanges } from '../db/apply-changes';
import type { Database } from '../db/database';
import { newId } from '../db/ids';
import { liveCount } from '../db/live-counts';
import { requireLiveOwner } from '../references';
import { toFullTextQuery } from './full-text-query';

type PartnerQuery = SelectQueryBuilder<Database & { p: Database['partners'] }, 'p', object>;

const contactCount = (eb: ExpressionBuilder<Database & { p: Database['partners'] }, 'p'>) =>
  eb
    .selectFrom('contacts as c')
    .select((inner) => inner.fn.countAll<number>().as('n'))
    .whereRef('c.partnerId', '=', 'p.id')
    .where('c.deletedAt', 'is', null)
    .as('contactCount');

/** Live partners; filters, counts and pages all start here. */
function livePartners(ctx: CoreContext): PartnerQuery {
  return ctx.db.selectFrom('partners as p').where('p.deletedAt', 'is', null);
}

function applyFilters(query: PartnerQuery, filters: PartnerListQuery): PartnerQuery {
  let q = query;
  const match = toFullTextQuery(filters.search);
  if (match) {
    q = q.where(sql<boolean>`p.rowid in (select rowid from partners_fts where partners_fts match ${match})`);
  }
  if (filters.regions.length) q = q.where('p.region', 'in', filters.regions);
  if (filters.countries.length) q = q.where('p.country', 'in', filters.countries);
  if (filters.types.length) q = q.where('p.type', 'in', filters.types);
  if (filters.statuses.length) q = q.where('p.status', 'in', filters.statuses);
  if (filters.ownerIds.length) {
    const ids = filters.ownerIds.filter((id) => id !== 'none');
    const withoutOwner = ids.length < filters.ownerIds.length;
    q = q.where((eb) =>
      eb.or([
        ...(ids.length ? [eb('p.ownerId', 'in', ids)] : []),
        ...(withoutOwner ? [eb('p.ownerId', 'is', null)] : []),
      ]),
    );
  }
  if (filters.tags.length) {
    // EXISTS lets SQLite walk the sort index and stop after one page, instead of sorting every
    // partner with the tag.
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('partnerTags as t')
          .select('t.tag')
          .whereRef('t.partnerId', '=', 'p.id')
          .where('t.tag', 'in', filters.tags),
      ),
    );
  }
  // Loyalty filters read partner_scores through its (tier | risk_level, ...) indexes: the set of
  // matching ids is built once, then each partner in sort order is checked against it.
  if (filters.tiers.length) {
    q = q.where('p.id', 'in', (eb) =>
      eb.selectFrom('partnerScores as s').select('s.partnerId').where('s.tier', 'in', filters.tiers),
    );
  }
  if (filters.riskLevels.length) {
    q = q.where('p.id', 'in', (eb) =>
      eb
        .selectFrom('partnerScores as s')
        .select('s.partnerId')
        .where('s.riskLevel', 'in', filters.riskLevels),
    );
  }
  if (filters.statusSinceFrom) q = q.where('p.statusSince', '>=', filters.statusSinceFrom);
  if (filters.statusSinceTo) q = q.where('p.statusSince', '<=', filters.statusSinceTo);
  if (filters.joinedBy) {
    q = q.where(
      sql<string>`coalesce(p.partnership_start, substr(p.created_at, 1, 10))`,
      '<=',
      filters.joinedBy,
    );
  }
  return q;
}

const sortColumns = {
  name: sql`p.name collate nocase`,
  type: sql`p.type`,
  status: sql`p.status`,
  region: sql`p.region collate nocase`,
  country: sql`p.country`,
  city: sql`p.city collate nocase`,
  ownerName: sql`p.owner_name collate nocase`,
  partnershipStart: sql`p.partnership_start`,
  createdAt: sql`p.created_at`,
  updatedAt: sql`p.updated_at`,
  // Unscored partners sort as -1: after every score when the best come first.
  score: sql`coalesce((select s.score from partner_scores s where s.partner_id = p.id), -1)`,
} as const;

/** Totals per filter, valid until the next write: scrolling and re-sorting reuse them. */
const totalsByContext = new WeakMap<CoreContext, { version: number; totals: Map<string, number> }>();

async function countPartners(ctx: CoreContext, input: PartnerListQuery): Promise<number> {
  const key = JSON.stringify([
    input.search,
    input.regions,
    input.countries,
    input.types,
    input.statuses,
    input.ownerIds,
    input.tags,
    input.tiers,
    input.riskLevels,
    input.statusSinceFrom,
    input.statusSinceTo,
    input.joinedBy,
  ]);
  let cache = totalsByContext.get(ctx);
  if (!cache || cache.version !== ctx.dataVersion()) {
    cache = { version: ctx.dataVersion(), totals: new Map() };
    totalsByContext.set(ctx, cache);
  }
  const cached = cache.totals.get(key);
  if (cached !== undefined) return cached;
  if (!hasFilters(input)) return liveCount(ctx, 'partners');
  const { n } = await applyFilters(livePartners(ctx), input)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  cache.totals.set(key, Number(n));
  return Number(n);
}

function hasFilters(input: PartnerListQuery): boolean {
  return (
    toFullTextQuery(input.search) !== null ||
    [
      input.regions,
      input.countries,
      input.types,
      input.statuses,
      input.ownerIds,
      input.tags,
      input.tiers,
      input.riskLevels,
    ].some((list) => list.length > 0) ||
    input.statusSinceFrom !== null ||
    input.statusSinceTo !== null ||
    input.joinedBy !== null
  );
}

export async function listPartners(ctx: CoreContext, input: PartnerListQuery): Promise<PartnerListOutput> {
  const direction = input.direction === 'desc' ? sql`desc` : sql`asc`;
  // Keys first: the page's ids come from the narrow filter-and-sort query (indexes cover it for
  // the common cases), then only those 50 rows are read in full with their owner and contacts.
  const page = await applyFilters(livePartners(ctx), input)
    .select('p.id')
    .orderBy(sql`${sortColumns[input.sort]} ${direction}`)
    // Ties by name then id; naming the name twice would keep SQLite from using the name index.
    .$if(input.sort !== 'name', (q) => q.orderBy(sql`p.name collate nocase ${direction}`))
    .orderBy(sql`p.id ${direction}`)
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  const ids = page.map((row) => row.id);
  const rows =
    ids.length === 0
      ? []
      : await livePartners(ctx)
          // The page's scores come with its rows: one statement, not a second round trip.
          .leftJoin('partnerScores as s', 's.partnerId', 'p.id')
          .select([
            's.score',
            's.tier',
            's.riskLevel',
            'p.id',
            'p.name',
            'p.legalName',
            'p.type',
            'p.status',
            'p.region',
            'p.country',
            'p.city',
            'p.phone',
            'p.email',
            'p.website',
            'p.ownerId',
            'p.ownerName',
            'p.partnershipStart',
            'p.tags',
            'p.visitCadenceDays',
            'p.careStatus',
            'p.careStatusUntil',
            'p.careStatusNote',
            'p.createdAt',
            'p.updatedAt',
            contactCount,
          ])
          .where('p.id', 'in', ids)
          .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    rows: ids.flatMap((id): PartnerListItem[] => {
      const row = byId.get(id);
      return row
        ? [{ ...row, contactCount: Number(row.contactCount ?? 0), tags: JSON.parse(row.tags) as string[] }]
        : [];
    }),
    total: await countPartners(ctx, input),
  };
}

export async function partnerFacets(ctx: CoreContext): Promise<PartnerFacets> {
  const live = ctx.db.selectFrom('partners').where('deletedAt', 'is', null);
  const [regions, countries, tags] = await Promise.all([
    live.select('region').distinct().where('region', '!=', '').orderBy('region').execute(),
    live.select('country').distinct().orderBy('country').execute(),
    ctx.db.selectFrom('partnerTags').select('tag').distinct().orderBy('tag').execute(),
  ]);
  return {
    regions: regions.map((r) => r.region),
    countries: countries.map((r) => r.country),
    tags: tags.map((r) => r.tag),
  };
}

export async function getPartner(ctx: CoreContext, id: string): Promise<Partner> {
  const row = await livePartners(ctx)
    .selectAll('p')
    .select(contactCount)
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!row)
    throw new CoreError({ code: 'NOT_FOUND', message: 'This partner does not exist or was deleted.' });
  const { deletedAt: _deleted, ...partner } = row;
  return {
    ...partner,
    contactCount: Number(partner.contactCount ?? 0),
    tags: JSON.parse(partner.tags) as string[],
  };
}

export async function createPartner(
  ctx: CoreContext,
  fields: PartnerFields,
  allowDuplicate: boolean,
): Promise<WriteResult> {
  await checkReferences(ctx, fields);
  if (!allowDuplicate) await refuseDuplicateName(ctx, fields, null);
  const id = newId();
  const externalId = fields.externalId ?? '';
  const { batchId } = await ctx.write({
    label: `Create partner ${fields.name}`,
    origin: 'local',
    check: (trx) => refuseTakenExternalId(trx, externalId, id),
    changes: rowChanges('partners', id, { ...fields, externalId, deletedAt: null }),
  });
  return { id, batchId: batchId ?? '' };
}

export async function updatePartner(
  ctx: CoreContext,
  id: string,
  fields: PartnerFields,
  allowDuplicate: boolean,
): Promise<WriteResult> {
  await getPartner(ctx, id);
  await checkReferences(ctx, fields);
  if (!allowDuplicate) await refuseDuplicateName(ctx, fields, id);
  const { externalId, ...rest } = fields;
  const { batchId } = await ctx.write({
    label: `Edit partner ${fields.name}`,
    origin: 'local',
    check: externalId === undefined ? undefined : (trx) => refuseTakenExternalId(trx, externalId, id),
    changes: rowChanges('partners', id, externalId === undefined ? rest : fields),
  });
  return { id, batchId: batchId ?? '' };
}

export async function deletePartner(ctx: CoreContext, id: string): Promise<WriteResult> {
  const partner = await getPartner(ctx, id);
  // Its contacts go with it, in the same batch, so one undo brings all of them back.
  const contacts = await ctx.db
    .selectFrom('contacts')
    .select('id')
    .where('partnerId', '=', id)
    .where('deletedAt', 'is', null)
    .execute();
  const now = new Date().toISOString();
  const { batchId } = await ctx.write({
    label: `Delete partner ${partner.name}`,
    origin: 'local',
    changes: [
      { table: 'partners', rowId: id, field: 'deletedAt', value: now },
      ...contacts.map((contact) => ({
        table: 'contacts' as const,
        rowId: contact.id,
        field: 'deletedAt',
        value: now,
      })),
    ],
  });
  return { id, batchId: batchId ?? '' };
}

async function checkReferences(ctx: CoreContext, fields: PartnerFields): Promise<void> {
  if (fields.ownerId) await requireLiveOwner(ctx, fields.ownerId);
}

/**
 * Two live partners never share an external id (compared as the import compares them): an import
 * matching on it would not know which one a row means. Checked inside the write's transaction.
 */
async function refuseTakenExternalId(
  db: Kysely<Database> | Transaction<Database>,
  externalId: string,
  exceptId: string,
): Promise<void> {
  if (externalId === '') return;
  const key = externalIdKey(externalId);
  // SQLite's upper() knows ASCII only: an ASCII id (the usual ERP code) is narrowed in SQL, any
  // other is compared over the partners that have one; either way the final test is the import's.
  const ascii = /^[\x20-\x7e]*$/.test(key);
  const holders = await db
    .selectFrom('partners')
    .select(['id', 'name', 'externalId'])
    .where('deletedAt', 'is', null)
    .where('externalId', '!=', '')
    .where('id', '!=', exceptId)
    .$if(ascii, (q) => q.where(sql<boolean>`upper(trim(external_id)) = ${key}`))
    .execute();
  const holder = holders.find((row) => externalIdKey(row.externalId) === key);
  if (!holder) return;
  const message = importMessage('dataImport.errors.externalIdTaken', {
    value: externalId,
    name: holder.name,
  });
  throw new CoreError({ code: 'VALIDATION', message: message.message, fields: { externalId: message } });
}

/** Same name in the same city is usually a duplicate entry; the user may still save it. */
async function refuseDuplicateName(ctx: CoreContext, fields: PartnerFields, exceptId: string | null) {
  let query = ctx.db
    .selectFrom('partners')
    .select(['id', 'name', 'city'])
    .where('deletedAt', 'is', null)
    .where(sql<boolean>`name = ${fields.name} collate nocase`)
    .where(sql<boolean>`city = ${fields.city} collate nocase`)
    .limit(5);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const duplicates = await query.execute();
  if (duplicates.length === 0) return;
  throw new CoreError({
    code: 'CONFLICT',
    message: fields.city
      ? `A partner named "${fields.name}" already exists in ${fields.city}.`
      : `A partner named "${fields.name}" already exists.`,
    fields: { name: fieldMessage('validation.duplicateName') },
    details: { duplicates },
  });
}

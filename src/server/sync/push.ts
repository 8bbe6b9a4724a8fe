// POST /v1/sync/push: checks a whole push first (workspace, clocks, size, shapes, scopes, roles),
// refusing all of it with a reason if one change is wrong, then stores it in one transaction:
// one log row per scope holding every batch of the push that touched it, the scopes of new rows,
// and each partner's region and owner. A batch the server already has (a retried push) is
// skipped and counted, never stored twice: each replica's newest stored stamp says which.
import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import {
  pushRequestSchema,
  syncLimits,
  type PushResponse,
  type SyncBatch,
  type SyncChange,
} from '../../shared/sync-protocol';
import type { AuthUser } from '../auth/sessions';
import type { DatabaseKind, ServerDatabase } from '../db/database';
import { parseOr400, SyncHttpError } from '../http-error';
import { oneOf } from '../db/value-list';
import { lockWorkspace, maxSeq } from './workspace-log';
import { rowKeyHex, storedRowKeyHex } from './row-key';
import { ensureScopeKeys, isPlaceholder, workspaceScopeKey } from './scope-keys';
import { encodeBatches, type StoredBatch } from './batch-codec';
import { partnerNameFromPush, partnerNameFromStore } from './partner-names';
import { refusalMessage, refusalOf, type PartnerScopeState, type Writer } from './permissions';
import {
  fixedScope,
  isFieldsObject,
  pointedPartner,
  scopeOfCreation,
  tracksRowScope,
  workspaceScope,
  type CreationScope,
} from './scope';

export interface PushStore {
  db: Kysely<ServerDatabase>;
  kind: DatabaseKind;
}

/**
 * Rows per multi-row insert: as many as fit under SQLite's 32,766 bound values, so a push's log
 * rows and partners take one statement each (PostgreSQL allows 65,535).
 */
const chunkFor = (columns: number): number => Math.floor(32_000 / columns);

export async function pushBatches(
  store: PushStore,
  user: AuthUser,
  body: unknown,
  now: Date,
): Promise<PushResponse> {
  refuseOversize(body);
  const push = parseOr400(pushRequestSchema, body, 'push');
  if (push.workspaceId !== user.workspacePublicId) {
    throw new SyncHttpError(
      403,
      'FORBIDDEN',
      `This computer is connected to another workspace than your account (${user.workspaceName}). Reconnect to sync.`,
    );
  }
  for (const batch of push.batches) checkBatchShape(batch, now);
  refuseUnordered(push.batches);

  const scoped = await resolveScopes(store, user.workspaceId, push.batches);
  await checkPermissions(store, user, push.batches, scoped);

  return store.db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, store.kind, user.workspaceId);
    const marks = await loadMarks(trx, user.workspaceId, push.batches);
    // Partners first, so that the keys below find them instead of making placeholders.
    const moves = await upsertPartnerScopes(trx, user.workspaceId, notOlderThanMarks(push.batches, marks));
    const keys = await ensureScopeKeys(trx, store.kind, user.workspaceId, [
      ...scoped.scopeOf.flat(),
      ...scoped.created.values(),
    ]);
    const scopeKeyOf = scoped.scopeOf.map((scopes) =>
      scopes.map((scope) => {
        const key = keys.get(scope);
        if (key === undefined) throw new Error(`The scope ${scope} got no key`);
        return key;
      }),
    );
    const plan = planLog(push.batches, scopeKeyOf, marks, user.ownerId);
    const stored = await insertLogRows(trx, user, plan.rows, now);
    await saveMarks(trx, user.workspaceId, plan.marks);
    if (stored) await recordMoves(trx, user.workspaceId, stored.last, moves, keys);
    await insertRowScopes(trx, store.kind, user.workspaceId, scoped.created, keys);
    const accepted = plan.stored.length;
    return {
      accepted,
      duplicates: push.batches.length - accepted,
      // The workspace lock makes this push's rows the log's newest, one after the other.
      cursor: stored?.last ?? (await maxSeq(trx, user.workspaceId)),
      firstSeq: stored?.first ?? null,
      serverTime: now.toISOString(),
    };
  });
}

/** 413 before validation, so an oversized push gets the reason that tells the client to split it. */
function refuseOversize(body: unknown): void {
  if (!isFieldsObject(body) || !Array.isArray(body.batches)) return;
  const batches: unknown[] = body.batches;
  const changes = batches.reduce<number>(
    (sum, batch) => sum + (isFieldsObject(batch) && Array.isArray(batch.changes) ? batch.changes.length : 0),
    0,
  );
  if (batches.length > syncLimits.maxBatchesPerPush || changes > syncLimits.maxChangesPerPush) {
    throw new SyncHttpError(
      413,
      'TOO_LARGE',
      `A push may carry at most ${syncLimits.maxBatchesPerPush} batches and ${syncLimits.maxChangesPerPush} changes; this one has ${batches.length} batches and ${changes} changes. Send fewer at once.`,
    );
  }
}

/** Fields of a change whose values the server stores as text (scopes, regions, owners). */
const textStoredFields = ['partnerId', 'partnerIds', 'disputeId', 'region', 'ownerId'];

/** A UTF-16 half of a pair without its other half. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * NUL does not fit PostgreSQL text; and text the server compares after storing it (ids, scopes)
 * must come back as itself, which a lone surrogate does not (it is stored as U+FFFD, so two ids
 * could become one). Refused with a reason.
 */
function refuseUnstorable(
  batch: SyncBatch,
  change: SyncChange | null,
  what: unknown,
  compared: boolean,
): void {
  const strings = Array.isArray(what) ? what : [what];
  const fault = (item: unknown): string | null =>
    typeof item !== 'string'
      ? null
      : item.includes('\u0000')
        ? 'a NUL character'
        : compared && loneSurrogate.test(item)
          ? 'broken Unicode (half of a character)'
          : null;
  const found = strings.map(fault).find((reason) => reason !== null);
  if (!found) return;
  const printable = (text: string) =>
    text.replaceAll('\u0000', '').replace(new RegExp(loneSurrogate.source, 'g'), '\ufffd');
  const where = change
    ? `the change to ${change.table} ${printable(change.rowId)}`
    : 'its id, actor or label';
  throw new SyncHttpError(
    400,
    'BAD_REQUEST',
    `A batch contains ${found} in ${where}, which the server cannot store.`,
    printable(batch.id),
  );
}

function checkBatchShape(batch: SyncBatch, now: Date): void {
  refuseUnstorable(batch, null, [batch.actor, batch.label, batch.undoes], false);
  refuseUnstorable(batch, null, batch.id, true);
  const wallMs = Number(batch.hlc.slice(0, 15));
  const aheadMs = wallMs - now.getTime();
  if (aheadMs > syncLimits.maxClockDriftMs) {
    const minutes = Math.round(aheadMs / 60_000);
    throw new SyncHttpError(
      400,
      'CLOCK_DRIFT',
      `This computer's clock is ahead of the server by about ${minutes} minutes. Fix the computer's date and time, then sync again.`,
      batch.id,
    );
  }
  for (const change of batch.changes) {
    refuseUnstorable(batch, change, change.rowId, true);
    if (textStoredFields.includes(change.field)) refuseUnstorable(batch, change, change.value, true);
    if (change.field === '*' && isFieldsObject(change.value)) {
      for (const field of textStoredFields) refuseUnstorable(batch, change, change.value[field], true);
    }
    if (change.field === '*' && !isFieldsObject(change.value)) {
      throw new SyncHttpError(
        400,
        'BAD_REQUEST',
        `The creation of ${change.table} ${change.rowId} must carry an object of its fields.`,
        batch.id,
      );
    }
  }
}

interface ScopedPush {
  /** The scope of each change, by batch index and change index. */
  scopeOf: string[][];
  /** Partner-scoped rows created by this push, with their scope. */
  created: Map<string, string>;
}

/** Places every change in its scope; a change to a row the server cannot place refuses the push. */
async function resolveScopes(
  store: PushStore,
  workspaceId: number,
  batches: readonly SyncBatch[],
): Promise<ScopedPush> {
  const creations = new Map<string, CreationScope>();
  for (const batch of batches) {
    for (const change of batch.changes) {
      if (change.field !== '*' || !tracksRowScope(change.table) || creations.has(change.rowId)) continue;
      creations.set(
        change.rowId,
        scopeOfCreation(change.table, change.rowId, change.value as Record<string, unknown>),
      );
    }
  }
  const wanted = new Set<string>();
  for (const creation of creations.values()) {
    if ('parentRowId' in creation && !creations.has(creation.parentRowId)) wanted.add(creation.parentRowId);
  }
  for (const batch of batches) {
    for (const change of batch.changes) {
      if (fixedScope(change) === null && !creations.has(change.rowId)) wanted.add(change.rowId);
    }
  }
  const known = await loadRowScopes(store, workspaceId, [...wanted]);

  const resolve = (rowId: string, depth = 0): string | undefined => {
    const creation = creations.get(rowId);
    if (!creation) return known.get(rowId);
    if ('scope' in creation) return creation.scope;
    return depth > 8 ? undefined : resolve(creation.parentRowId, depth + 1);
  };

  const created = new Map<string, string>();
  const scopeOf = batches.map((batch) =>
    batch.changes.map((change) => {
      const scope = fixedScope(change) ?? resolve(change.rowId);
      if (scope === undefined) throw unplaceable(batch, change, creations.get(change.rowId));
      if (creations.has(change.rowId)) created.set(change.rowId, scope);
      return scope;
    }),
  );
  return { scopeOf, created };
}

function unplaceable(
  batch: SyncBatch,
  change: SyncChange,
  creation: CreationScope | undefined,
): SyncHttpError {
  const reason =
    creation && 'parentRowId' in creation
      ? `it belongs to ${creation.parentRowId}, which the server has never received`
      : 'the server has never received the creation of that row';
  return new SyncHttpError(
    400,
    'BAD_REQUEST',
    `The change to ${change.table} ${change.rowId} cannot be placed: ${reason}.`,
    batch.id,
  );
}

async function loadRowScopes(
  store: PushStore,
  workspaceId: number,
  rowIds: readonly string[],
): Promise<Map<string, string>> {
  const known = new Map<string, string>();
  if (rowIds.length === 0) return known;
  const idOfKey = new Map(rowIds.map((rowId) => [rowKeyHex(rowId), rowId]));
  const keys = [...idOfKey.keys()];
  const inKeys =
    store.kind === 'postgres'
      ? sql<SqlBool>`row_scopes.row_id = any(${keys}::uuid[])`
      : sql<SqlBool>`row_scopes.row_id in (select unhex(value) from json_each(${JSON.stringify(keys)}))`;
  const rows = await store.db
    .selectFrom('rowScopes')
    .leftJoin('partnerScopes', 'partnerScopes.key', 'rowScopes.scope')
    .select(['rowScopes.rowId', 'partnerScopes.partnerId'])
    .where('rowScopes.workspaceId', '=', workspaceId)
    .where(inKeys)
    .execute();
  for (const row of rows) {
    const rowId = idOfKey.get(storedRowKeyHex(row.rowId));
    if (rowId !== undefined) known.set(rowId, row.partnerId ?? workspaceScope);
  }
  return known;
}

async function loadPartnerStates(
  store: PushStore,
  workspaceId: number,
  partnerIds: readonly string[],
): Promise<Map<string, PartnerScopeState>> {
  const states = new Map<string, PartnerScopeState>();
  if (partnerIds.length === 0) return states;
  const rows = await store.db
    .selectFrom('partnerScopes')
    .select(['partnerId', 'region', 'ownerId', 'regionHlc', 'ownerHlc'])
    .where('workspaceId', '=', workspaceId)
    .where(oneOf(store.kind, 'partner_id', partnerIds))
    .execute();
  for (const row of rows) {
    if (!isPlaceholder(row)) states.set(row.partnerId, { region: row.region, ownerId: row.ownerId });
  }
  return states;
}

/** A partner as it stands after one change to it (only region and owner matter here). */
function partnerAfter(before: PartnerScopeState | null, change: SyncChange): PartnerScopeState | null {
  if (change.table !== 'partners') return before;
  if (change.field === '*') {
    const fields = change.value as Record<string, unknown>;
    return { region: regionValue(fields.region), ownerId: ownerValue(fields.ownerId) };
  }
  if (change.field === 'region')
    return { region: regionValue(change.value), ownerId: before?.ownerId ?? null };
  if (change.field === 'ownerId') return { region: before?.region ?? '', ownerId: ownerValue(change.value) };
  return before;
}

const regionValue = (value: unknown): string => (typeof value === 'string' ? value : '');
const ownerValue = (value: unknown): string | null =>
  typeof value === 'string' && value.length > 0 ? value : null;

/** Walks the push in order as the writer's role sees it; the first change refused refuses all. */
async function checkPermissions(
  store: PushStore,
  user: AuthUser,
  batches: readonly SyncBatch[],
  scoped: ScopedPush,
): Promise<void> {
  if (user.role === 'admin') return;
  const writer: Writer = { role: user.role, regions: user.regions, ownerId: user.ownerId };
  const partnerIds = new Set<string>();
  batches.forEach((batch, b) =>
    batch.changes.forEach((change, c) => {
      const scope = scoped.scopeOf[b]![c]!;
      if (scope !== workspaceScope) partnerIds.add(scope);
      const pointed = pointedPartner(change);
      if (pointed) partnerIds.add(pointed);
    }),
  );
  const states = await loadPartnerStates(store, user.workspaceId, [...partnerIds]);
  const stateOf = (partnerId: string) => states.get(partnerId) ?? null;

  for (const [b, batch] of batches.entries()) {
    for (const [c, change] of batch.changes.entries()) {
      const scope = scoped.scopeOf[b]![c]!;
      const before = scope === workspaceScope ? null : stateOf(scope);
      const after = scope === workspaceScope ? null : partnerAfter(before, change);
      const pointed = pointedPartner(change);
      const refusal =
        scope === workspaceScope
          ? refusalOf(writer, { kind: 'workspace', table: change.table, rowId: change.rowId })
          : (refusalOf(writer, { kind: 'partner', partnerId: scope, before, after }) ??
            (pointed
              ? refusalOf(writer, {
                  kind: 'partner',
                  partnerId: pointed,
                  before: stateOf(pointed),
                  after: stateOf(pointed),
                })
              : null));
      if (refusal) {
        const partnerId = 'partnerId' in refusal ? refusal.partnerId : null;
        const name = partnerId
          ? (partnerNameFromPush(batches, partnerId) ??
            (await partnerNameFromStore(store.db, user.workspaceId, partnerId)) ??
            partnerId)
          : '';
        throw new SyncHttpError(403, 'FORBIDDEN', refusalMessage(writer, refusal, name), batch.id);
      }
      if (after) states.set(scope, after);
    }
  }
}

/** The replica a stamp comes from: its suffix after the milliseconds and the counter. */
export const replicaOf = (hlc: string): string => hlc.slice(23);

/**
 * Idempotency rests on each replica pushing its batches oldest stamp first (its outbox order): a
 * push that goes back in time within one replica is refused rather than half taken for a retry.
 */
function refuseUnordered(batches: readonly SyncBatch[]): void {
  const last = new Map<string, SyncBatch>();
  for (const batch of batches) {
    const replica = replicaOf(batch.hlc);
    const previous = last.get(replica);
    if (previous && (batch.hlc < previous.hlc || (batch.hlc === previous.hlc && batch.id !== previous.id))) {
      throw new SyncHttpError(
        400,
        'BAD_REQUEST',
        `The batches of a push must come oldest first, each with its own stamp: ${batch.id} (${batch.hlc}) follows ${previous.id} (${previous.hlc}).`,
        batch.id,
      );
    }
    last.set(replica, batch);
  }
}

/** A replica's newest stored batch: its stamp, id, and the scopes (keys) of it stored so far. */
export interface ReplicaMark {
  hlc: string;
  batchId: string;
  scopes: number[];
}

async function loadMarks(
  trx: Transaction<ServerDatabase>,
  workspaceId: number,
  batches: readonly SyncBatch[],
): Promise<Map<string, ReplicaMark>> {
  const replicas = [...new Set(batches.map((batch) => replicaOf(batch.hlc)))];
  const rows = await trx
    .selectFrom('replicaMarks')
    .select(['replicaId', 'hlc', 'batchId', 'scopes'])
    .where('workspaceId', '=', workspaceId)
    .where('replicaId', 'in', replicas)
    .execute();
  return new Map(
    rows.map((row) => [
      row.replicaId,
      { hlc: row.hlc, batchId: row.batchId, scopes: JSON.parse(row.scopes) as number[] },
    ]),
  );
}

/**
 * The batches that may be new: all but retries older than their replica's mark. Parts of the
 * mark's own batch stored before are among them, which changes nothing where they go: their
 * stamps are not newer than what they stored (upsertPartnerScopes keeps the newer).
 */
function notOlderThanMarks(
  batches: readonly SyncBatch[],
  marks: ReadonlyMap<string, ReplicaMark>,
): SyncBatch[] {
  return batches.filter((batch) => {
    const mark = marks.get(replicaOf(batch.hlc));
    return !mark || batch.hlc >= mark.hlc;
  });
}

export interface LogPlan {
  /** Per scope key, in order of first appearance, the parts of new batches to store in its row. */
  rows: Map<number, StoredBatch[]>;
  /** Batches (or parts of one) stored now, each once. */
  stored: StoredBatch[];
  /** The replicas' marks after this push (only those that moved). */
  marks: Map<string, ReplicaMark>;
}

/**
 * Pure: which parts of a push are new, given each replica's mark, grouped by scope. A stamp
 * older than the mark is a retry; the mark's own batch is new only in scopes not yet stored (a
 * huge batch arrives in parts by scope, all with its id and stamp).
 */
export function planLog(
  batches: readonly SyncBatch[],
  scopeOf: readonly number[][],
  known: ReadonlyMap<string, ReplicaMark>,
  authorOwnerId: string,
): LogPlan {
  const marks = new Map<string, ReplicaMark>();
  const rows = new Map<number, StoredBatch[]>();
  const stored: StoredBatch[] = [];
  batches.forEach((batch, b) => {
    const replica = replicaOf(batch.hlc);
    const mark = marks.get(replica) ?? known.get(replica);
    if (mark && batch.hlc < mark.hlc) return;
    const sameBatch = mark !== undefined && batch.hlc === mark.hlc && batch.id === mark.batchId;
    const already = new Set(sameBatch ? mark.scopes : []);
    const byScope = new Map<number, SyncChange[]>();
    batch.changes.forEach((change, c) => {
      const scope = scopeOf[b]![c]!;
      if (already.has(scope)) return;
      const list = byScope.get(scope);
      if (list) list.push(change);
      else byScope.set(scope, [change]);
    });
    if (byScope.size === 0) return;
    // The actor is nearly always the author's own owner row: stored once, in users.
    const actor = batch.actor === authorOwnerId ? '' : batch.actor;
    for (const [scope, changes] of byScope) {
      const part = { ...batch, actor, changes };
      const list = rows.get(scope);
      if (list) list.push(part);
      else rows.set(scope, [part]);
    }
    stored.push({ ...batch, changes: [...byScope.values()].flat() });
    marks.set(replica, { hlc: batch.hlc, batchId: batch.id, scopes: [...already, ...byScope.keys()] });
  });
  return { rows, stored, marks };
}

/** Inserts the push's log rows; answers the last sequence given, or null when nothing was new. */
async function insertLogRows(
  trx: Transaction<ServerDatabase>,
  user: AuthUser,
  parts: ReadonlyMap<number, StoredBatch[]>,
  now: Date,
): Promise<{ first: number; last: number } | null> {
  const rows = [...parts].map(([scope, batches]) => ({
    workspaceId: user.workspaceId,
    scope,
    author: user.key,
    receivedMs: now.getTime(),
    changeCount: batches.reduce((sum, batch) => sum + batch.changes.length, 0),
    body: encodeBatches(batches),
  }));
  let first: number | null = null;
  let last: number | null = null;
  const chunk = chunkFor(6);
  for (let start = 0; start < rows.length; start += chunk) {
    const inserted = await trx
      .insertInto('syncLog')
      .values(rows.slice(start, start + chunk))
      .returning('seq')
      .execute();
    for (const row of inserted) {
      last = Math.max(last ?? 0, Number(row.seq));
      first = Math.min(first ?? Number.MAX_SAFE_INTEGER, Number(row.seq));
    }
  }
  return first === null || last === null ? null : { first, last };
}

async function saveMarks(
  trx: Transaction<ServerDatabase>,
  workspaceId: number,
  marks: ReadonlyMap<string, ReplicaMark>,
): Promise<void> {
  if (marks.size === 0) return;
  await trx
    .insertInto('replicaMarks')
    .values(
      [...marks].map(([replicaId, mark]) => ({
        workspaceId,
        replicaId,
        hlc: mark.hlc,
        batchId: mark.batchId,
        scopes: JSON.stringify(mark.scopes),
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(['workspaceId', 'replicaId']).doUpdateSet((eb) => ({
        hlc: eb.ref('excluded.hlc'),
        batchId: eb.ref('excluded.batchId'),
        scopes: eb.ref('excluded.scopes'),
      })),
    )
    .execute();
}

/**
 * The scopes of the rows this push created, in one statement whatever their number. A row created
 * again keeps its first scope; the workspace's lock makes the check and the insert one step.
 */
async function insertRowScopes(
  trx: Transaction<ServerDatabase>,
  kind: DatabaseKind,
  workspaceId: number,
  created: ReadonlyMap<string, string>,
  keys: ReadonlyMap<string, number>,
): Promise<void> {
  if (created.size === 0) return;
  const entries = [...created].map(([rowId, scope]) => [
    keys.get(scope) ?? workspaceScopeKey,
    rowKeyHex(rowId),
  ]) satisfies [number, string][];
  const rows =
    kind === 'postgres'
      ? sql`select ${workspaceId}::integer as workspace_id, r.scope, r.row_id from unnest(${entries.map((entry) => entry[0])}::integer[], ${entries.map((entry) => entry[1])}::uuid[]) as r(scope, row_id)`
      : sql`select ${workspaceId} as workspace_id, json_extract(value, '$[0]') as scope, unhex(json_extract(value, '$[1]')) as row_id from json_each(${JSON.stringify(entries)})`;
  await sql`insert into row_scopes (workspace_id, scope, row_id) select * from (${rows}) as n where not exists (select 1 from row_scopes s where s.workspace_id = n.workspace_id and s.row_id = n.row_id)`.execute(
    trx,
  );
}

interface Stamped<T> {
  value: T;
  hlc: string;
}

/** A partner's region changed by a push. */
interface PartnerMove {
  partnerId: string;
  before: string;
  after: string;
}

/**
 * Each partner's newest region and owner in these batches; the database keeps the newer of its
 * own, per field. Answers the partners whose region this changed (not a partner's first region).
 */
async function upsertPartnerScopes(
  trx: Transaction<ServerDatabase>,
  workspaceId: number,
  batches: readonly SyncBatch[],
): Promise<PartnerMove[]> {
  const latest = new Map<string, { region?: Stamped<string>; owner?: Stamped<string | null> }>();
  const take = <T>(current: Stamped<T> | undefined, value: T, hlc: string) =>
    !current || hlc >= current.hlc ? { value, hlc } : current;
  for (const batch of batches) {
    for (const change of batch.changes) {
      if (change.table !== 'partners') continue;
      const entry = latest.get(change.rowId) ?? {};
      if (change.field === '*') {
        const fields = change.value as Record<string, unknown>;
        entry.region = take(entry.region, regionValue(fields.region), batch.hlc);
        entry.owner = take(entry.owner, ownerValue(fields.ownerId), batch.hlc);
      } else if (change.field === 'region') {
        entry.region = take(entry.region, regionValue(change.value), batch.hlc);
      } else if (change.field === 'ownerId') {
        entry.owner = take(entry.owner, ownerValue(change.value), batch.hlc);
      } else continue;
      latest.set(change.rowId, entry);
    }
  }
  const moves = await regionChanges(trx, workspaceId, latest);
  const rows = [...latest].map(([partnerId, entry]) => ({
    workspaceId,
    partnerId,
    region: entry.region?.value ?? '',
    regionHlc: entry.region?.hlc ?? '',
    ownerId: entry.owner?.value ?? null,
    ownerHlc: entry.owner?.hlc ?? '',
  }));
  const chunk = chunkFor(6);
  for (let start = 0; start < rows.length; start += chunk) {
    await trx
      .insertInto('partnerScopes')
      .values(rows.slice(start, start + chunk))
      .onConflict((conflict) =>
        conflict
          .columns(['workspaceId', 'partnerId'])
          .doUpdateSet({
            region: sql`case when excluded.region_hlc > partner_scopes.region_hlc then excluded.region else partner_scopes.region end`,
            regionHlc: sql`case when excluded.region_hlc > partner_scopes.region_hlc then excluded.region_hlc else partner_scopes.region_hlc end`,
            ownerId: sql`case when excluded.owner_hlc > partner_scopes.owner_hlc then excluded.owner_id else partner_scopes.owner_id end`,
            ownerHlc: sql`case when excluded.owner_hlc > partner_scopes.owner_hlc then excluded.owner_hlc else partner_scopes.owner_hlc end`,
          })
          // Nothing newer: no write (in PostgreSQL an update leaves a dead row version behind).
          .where(
            sql<SqlBool>`excluded.region_hlc > partner_scopes.region_hlc or excluded.owner_hlc > partner_scopes.owner_hlc`,
          ),
      )
      .execute();
  }
  return moves;
}

/** The stored partners whose region the newest stamped regions of a push change. */
async function regionChanges(
  trx: Transaction<ServerDatabase>,
  workspaceId: number,
  latest: ReadonlyMap<string, { region?: Stamped<string> }>,
): Promise<PartnerMove[]> {
  const changing = [...latest].filter(([, entry]) => entry.region !== undefined).map(([id]) => id);
  const moves: PartnerMove[] = [];
  const chunk = chunkFor(1);
  for (let start = 0; start < changing.length; start += chunk) {
    const stored = await trx
      .selectFrom('partnerScopes')
      .select(['partnerId', 'region', 'regionHlc'])
      .where('workspaceId', '=', workspaceId)
      .where('partnerId', 'in', changing.slice(start, start + chunk))
      .execute();
    for (const row of stored) {
      const region = latest.get(row.partnerId)!.region!;
      // A placeholder's first region is its arrival, not a move.
      if (row.regionHlc === '' || region.hlc <= row.regionHlc || region.value === row.region) continue;
      moves.push({ partnerId: row.partnerId, before: row.region, after: region.value });
    }
  }
  return moves;
}

async function recordMoves(
  trx: Transaction<ServerDatabase>,
  workspaceId: number,
  seq: number,
  moves: readonly PartnerMove[],
  keys: ReadonlyMap<string, number>,
): Promise<void> {
  const rows = moves.flatMap((move) => {
    const partnerKey = keys.get(move.partnerId);
    return partnerKey === undefined
      ? []
      : [{ workspaceId, seq, partnerKey, regionBefore: move.before, regionAfter: move.after }];
  });
  const chunk = chunkFor(5);
  for (let start = 0; start < rows.length; start += chunk)
    await trx
      .insertInto('partnerMoves')
      .values(rows.slice(start, start + chunk))
      .execute();
}

// A replica for sync tests: a real core database file with the procedures of the app and its own
// context, so a test can call the replica engine directly and skew this computer's clock.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { createContext, type CoreContext } from '../../../src/core/context';
import { openDatabase } from '../../../src/core/db/open-database';
import { newId } from '../../../src/core/db/ids';
import { ensureProfile } from '../../../src/core/owners/service';
import { handlers } from '../../../src/core/procedures';
import { HybridClock } from '../../../src/core/sync/hlc';
import { applyPulledBatches, markPushed, readOutbox, syncCursorKey } from '../../../src/core/sync/replica';
import { procedures, type ProcedureName, type ProcedureOutput } from '../../../src/shared/contract';
import { CoreError, type RpcResult } from '../../../src/shared/errors';
import type { ChangeEvent } from '../../../src/shared/events';
import type { SyncRelay } from '../../support/sync-relay';

export interface Replica {
  ctx: CoreContext;
  events: ChangeEvent[];
  call<N extends ProcedureName>(name: N, input: unknown): Promise<RpcResult<ProcedureOutput<N>>>;
  ok<N extends ProcedureName>(name: N, input: unknown): Promise<ProcedureOutput<N>>;
  dispose(): Promise<void>;
}

export async function openReplica(options: { skewMs?: number } = {}): Promise<Replica> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ck-sync-'));
  const dataFile = path.join(dir, 'channelkeeper.sqlite3');
  const { db, migration } = await openDatabase({ filePath: dataFile });
  const replicaId = newId();
  const selfOwnerId = newId();
  await db
    .insertInto('localSettings')
    .values([
      { key: 'replicaId', value: replicaId },
      { key: 'selfOwnerId', value: selfOwnerId },
    ])
    .execute();
  const skew = options.skewMs ?? 0;
  const clock = new HybridClock(replicaId, undefined, () => Date.now() + skew);
  const events: ChangeEvent[] = [];
  const ctx = createContext({
    db,
    dataFile,
    schemaVersion: migration.to,
    clock,
    selfOwnerId,
    emit: (event) => events.push(event),
  });
  await ensureProfile(ctx);
  const call = async <N extends ProcedureName>(
    name: N,
    input: unknown,
  ): Promise<RpcResult<ProcedureOutput<N>>> => {
    const parsed = procedures[name].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'VALIDATION', message: parsed.error.message } };
    try {
      const handler = handlers[name] as (ctx: CoreContext, input: unknown) => Promise<ProcedureOutput<N>>;
      return { ok: true, value: await handler(ctx, parsed.data) };
    } catch (error) {
      if (error instanceof CoreError) return { ok: false, error: error.toData() };
      throw error;
    }
  };
  return {
    ctx,
    events,
    call,
    async ok(name, input) {
      const result = await call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    async dispose() {
      await db.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function pushAll(
  replica: Pick<Replica, 'ctx'>,
  relay: SyncRelay,
  limit = { batches: 50, changes: 500 },
) {
  for (;;) {
    const batches = await readOutbox(replica.ctx, limit);
    if (batches.length === 0) return;
    relay.push(batches);
    await markPushed(replica.ctx, [...new Set(batches.map((batch) => batch.id))]);
  }
}

export async function cursorOf(replica: Pick<Replica, 'ctx'>): Promise<number> {
  const row = await replica.ctx.db
    .selectFrom('localSettings')
    .select('value')
    .where('key', '=', syncCursorKey)
    .executeTakeFirst();
  return row ? Number(row.value) : 0;
}

/** Pulls pages after the replica's cursor; all of them unless `maxPages` says otherwise. */
export async function pullAll(
  replica: Pick<Replica, 'ctx'>,
  relay: SyncRelay,
  pageSize = 20,
  maxPages = Infinity,
) {
  for (let page = 0; page < maxPages; page++) {
    const { batches, cursor, more } = relay.pull(await cursorOf(replica), pageSize);
    if (batches.length > 0) await applyPulledBatches(replica.ctx, batches, cursor);
    if (!more) return;
  }
}

/** Every entity row, without the columns each computer keeps for itself. */
export async function entityRows(
  replica: Pick<Replica, 'ctx'>,
  table: string,
): Promise<Record<string, unknown>[]> {
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.raw(table)} order by id`.execute(
    replica.ctx.db,
  );
  return rows.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);
}

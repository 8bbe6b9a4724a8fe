// Opens the core on a data folder: the database, this replica's identity and clock, the profile,
// and the procedure table behind one validated `call`.
import path from 'node:path';
import { procedures, isProcedureName, type ProcedureName, type ProcedureOutput } from '../shared/contract';
import { CoreError, type RpcResult } from '../shared/errors';
import type { ChangeEvent } from '../shared/events';
import { fieldMessagesFromZod } from '../shared/validation';
import { createContext, type CoreContext } from './context';
import type { Core, CoreOptions } from './core-api';
import type { Migration } from './db/migrations';
import { openDatabase } from './db/open-database';
import { startDailyBackups } from './backups/daily';
import { markClosedCleanly, markRunning, wasShutDownUncleanly } from './backups/integrity';
import { recoveryCore } from './backups/startup-recovery';
import { clearTransfers } from './backups/transfers';
import { CoreStartupError } from './startup-error';
import { startDailyExpiry } from './ledger/expiry';
import { startDailyRecompute } from './loyalty/recompute-all';
import { ensureProfile } from './owners/service';
import { handlers } from './procedures';
import { attachSyncClient, defaultSyncTiming } from './sync/client/sync-client';
import { HybridClock, parseHlc } from './sync/hlc';
import { loadIdentity } from './sync/replica-identity';
import { memorySecretStore } from './sync/secret-store';

export const databaseFileName = 'channelkeeper.sqlite3';

export async function openCore(options: CoreOptions & { migrations?: readonly Migration[] }): Promise<Core> {
  const dataFile = path.resolve(options.dataDir, databaseFileName);
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase({
      filePath: dataFile,
      ...(options.migrations ? { migrations: options.migrations } : {}),
      // The app or the computer stopped without closing the file last time: check it first.
      checkIntegrity: wasShutDownUncleanly(dataFile),
    });
  } catch (error) {
    if (error instanceof CoreStartupError && error.problem === 'DAMAGED') {
      return recoveryCore(dataFile, error.message, () => openCore(options));
    }
    throw error;
  }
  const { db, migration } = opened;
  await markRunning(dataFile);
  await clearTransfers(dataFile);
  const identity = await loadIdentity(db, dataFile);
  // Every change of a batch carries the batch's stamp, so the latest batch has the latest one.
  const last = await db
    .selectFrom('batches')
    .select((eb) => eb.fn.max('hlc').as('hlc'))
    .executeTakeFirst();
  const clock = new HybridClock(identity.replicaId, last?.hlc ? parseHlc(last.hlc) : undefined);

  const listeners = new Set<(event: ChangeEvent) => void>();
  const ctx = createContext({
    db,
    dataFile,
    schemaVersion: migration.to,
    clock,
    selfOwnerId: identity.selfOwnerId,
    emit(event) {
      for (const listener of listeners) listener(event);
    },
  });
  await ensureProfile(ctx);
  const dailyLoyalty = startDailyRecompute(ctx);
  const dailyExpiry = startDailyExpiry(ctx);
  const dailyBackups = startDailyBackups(ctx);
  const sync = attachSyncClient(ctx, {
    secrets: options.secrets ?? memorySecretStore(),
    timing: { ...defaultSyncTiming, ...options.sync },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  await sync.start();

  async function call<N extends ProcedureName>(
    name: N,
    input: unknown,
  ): Promise<RpcResult<ProcedureOutput<N>>> {
    const parsed = procedures[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'Some fields need attention.',
          fields: fieldMessagesFromZod(parsed.error),
        },
      };
    }
    try {
      const handler = handlers[name] as (ctx: CoreContext, input: unknown) => Promise<ProcedureOutput<N>>;
      return { ok: true, value: await handler(ctx, parsed.data) };
    } catch (error) {
      return { ok: false, error: toErrorData(error, name) };
    }
  }

  return {
    dataFile,
    call,
    callByName(name, input) {
      if (!isProcedureName(name)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'NOT_FOUND', message: `Unknown procedure "${name}".` },
        });
      }
      return call(name, input);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await sync.stop();
      listeners.clear();
      await dailyLoyalty.stop();
      await dailyExpiry.stop();
      await dailyBackups.stop();
      await db.destroy();
      await markClosedCleanly(dataFile);
    },
  };
}

const sqliteMessages: Record<string, string> = {
  SQLITE_FULL: 'The disk is full, so nothing was saved. Free some space and try again.',
  SQLITE_READONLY: 'The database file has become read-only, so nothing was saved.',
  SQLITE_BUSY: 'The database is busy; nothing was saved. Try again in a moment.',
  SQLITE_IOERR: 'The disk could not be written, so nothing was saved.',
};

function toErrorData(error: unknown, procedure: string) {
  if (error instanceof CoreError) return error.toData();
  const code = (error as { code?: string }).code ?? '';
  const known = sqliteMessages[code];
  if (known) return { code: 'UNAVAILABLE' as const, message: known };
  // Details stay in the log of the process; the caller gets a plain message.
  console.error(`[core] ${procedure} failed:`, error);
  return { code: 'INTERNAL' as const, message: 'Something went wrong; nothing was saved.' };
}

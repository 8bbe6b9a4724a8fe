// A core context on a real database file for the loyalty tests: procedures through the same
// validation and handlers as the core, and direct writes through the one write path (with the
// loyalty hook) for inputs whose own procedures belong to other features.
import path from 'node:path';
import { rm } from 'node:fs/promises';
import {
  procedures,
  type ProcedureInput,
  type ProcedureName,
  type ProcedureOutput,
} from '../../../src/shared/contract';
import { CoreError } from '../../../src/shared/errors';
import { createContext, type CoreContext } from '../../../src/core/context';
import { databaseFileName } from '../../../src/core/core';
import { rowChanges, type FieldChange } from '../../../src/core/db/apply-changes';
import { derivedId, newId } from '../../../src/core/db/ids';
import { openDatabase } from '../../../src/core/db/open-database';
import { ensureProfile } from '../../../src/core/owners/service';
import { handlers } from '../../../src/core/procedures';
import { HybridClock } from '../../../src/core/sync/hlc';
import { addDays, localToday } from '../../../src/core/care/calendar-dates';
import { addMonths } from '../../../src/shared/periods';
import { makeTempDir } from './temp-core';

export interface LoyaltyFixture {
  ctx: CoreContext;
  dataDir: string;
  today: string;
  call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>>;
  /** The CoreError a call fails with. */
  fails<N extends ProcedureName>(name: N, input: unknown): Promise<CoreError>;
  write(label: string, changes: FieldChange[]): Promise<string | null>;
  partner(name: string, fields?: Record<string, string | null>, id?: string): Promise<string>;
  /** Sales of `monthsAgo` whole months before this month (1: last month). */
  sales(partnerId: string, monthsAgo: number, revenueMinor: number, orders?: number): Promise<string | null>;
  scoreRow(partnerId: string): Promise<Record<string, unknown> | undefined>;
  close(): Promise<void>;
}

export async function openLoyaltyFixture(dir?: string): Promise<LoyaltyFixture> {
  const dataDir = dir ?? (await makeTempDir('ck-loyalty-'));
  const { db, migration } = await openDatabase({ filePath: path.join(dataDir, databaseFileName) });
  const replicaId = newId();
  const ctx = createContext({
    db,
    dataFile: path.join(dataDir, databaseFileName),
    schemaVersion: migration.to,
    clock: new HybridClock(replicaId),
    selfOwnerId: newId(),
    emit: () => undefined,
  });
  await ensureProfile(ctx);
  const today = localToday();
  const fixture: LoyaltyFixture = {
    ctx,
    dataDir,
    today,
    async call(name, input) {
      const parsed = procedures[name].input.parse(input);
      const handler = handlers[name] as (c: CoreContext, i: unknown) => Promise<ProcedureOutput<typeof name>>;
      return handler(ctx, parsed);
    },
    async fails(name, input) {
      const parsed = procedures[name].input.safeParse(input);
      if (!parsed.success) {
        const { fieldMessagesFromZod } = await import('../../../src/shared/validation');
        return new CoreError({
          code: 'VALIDATION',
          message: 'invalid',
          fields: fieldMessagesFromZod(parsed.error),
        });
      }
      try {
        await (handlers[name] as (c: CoreContext, i: unknown) => Promise<unknown>)(ctx, parsed.data);
      } catch (error) {
        if (error instanceof CoreError) return error;
        throw error;
      }
      throw new Error(`${name} succeeded but was expected to fail`);
    },
    async write(label, changes) {
      const { batchId } = await ctx.write({ label, origin: 'local', changes });
      return batchId;
    },
    async partner(name, fields = {}, id = newId()) {
      await fixture.write(`Create partner ${name}`, [
        ...rowChanges('partners', id, {
          name,
          legalName: '',
          type: 'distributor',
          status: 'active',
          region: 'North',
          country: 'MY',
          city: '',
          address: '',
          phone: '',
          email: '',
          website: '',
          ownerId: null,
          partnershipStart: addDays(today, -3 * 365),
          tags: [],
          notes: '',
          visitCadenceDays: null,
          careStatus: null,
          careStatusUntil: null,
          careStatusNote: '',
          ...fields,
        }),
      ]);
      return id;
    },
    async sales(partnerId, monthsAgo, revenueMinor, orders = 1) {
      const period = addMonths(today.slice(0, 7), -monthsAgo);
      return fixture.write(`Record sales ${period}`, [
        ...rowChanges('salesRecords', derivedId('sales', partnerId, period), {
          partnerId,
          period,
          revenueMinor,
          currency: 'MYR',
          units: 0,
          orders,
          note: '',
          importId: null,
          deletedAt: null,
        }),
      ]);
    },
    async scoreRow(partnerId) {
      return (await ctx.db
        .selectFrom('partnerScores')
        .selectAll()
        .where('partnerId', '=', partnerId)
        .executeTakeFirst()) as Record<string, unknown> | undefined;
    },
    async close() {
      await db.destroy();
      if (!dir) await rm(dataDir, { recursive: true, force: true });
    },
  };
  return fixture;
}

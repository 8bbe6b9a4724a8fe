// The incentive benchmark's data set: 1,000 partners (the demo, with its own small programs), all
// enrolled in one year-long program with every kind of rule, and 1,000,000 claim lines (250,000
// claims of 4 lines) over its 12 months. Each month's claims go in through the one write path as
// submitted, then are approved all at once, so the rules engine posts their awards exactly as a
// month-end approval in the app would; each month's times are printed as it goes.
import path from 'node:path';
import { createContext, type CoreContext } from '../src/core/context';
import { databaseFileName } from '../src/core/core';
import { loadDemoData } from '../src/core/demo/load';
import { DemoRandom } from '../src/core/demo/random';
import { invoiceKey } from '../src/core/claims/claim-checks';
import { rowChanges, type FieldChange } from '../src/core/db/apply-changes';
import { derivedId, newId } from '../src/core/db/ids';
import { analyzeAfterBulkLoad, openDatabase } from '../src/core/db/open-database';
import { openCore } from '../src/core';
import { ensureProfile } from '../src/core/owners/service';
import { HybridClock } from '../src/core/sync/hlc';
import { workspaceCurrency } from '../src/core/workspace/settings';
import type { Rule } from '../src/shared/programs';
import { addMonths, monthOf } from '../src/shared/periods';
import { formatMs } from './stats';

export const benchProgramId = derivedId('bench-program', 'year');
const claimsPerPartnerMonth = 21;
const linesPerClaim = 4;

export interface IncentiveSeed {
  partners: number;
  claims: number;
  lines: number;
  months: string[];
}

export async function seedIncentiveBench(
  dataDir: string,
  today: string,
  partners = 1000,
): Promise<IncentiveSeed> {
  // Opening a core once makes the file and this replica's identity; the seeding then writes
  // through a context of its own, which can run system batches of any size.
  await (await openCore({ dataDir })).close();
  const dataFile = path.join(dataDir, databaseFileName);
  const { db, migration } = await openDatabase({ filePath: dataFile });
  const local = new Map(
    (await db.selectFrom('localSettings').selectAll().execute()).map((row) => [row.key, row.value]),
  );
  const ctx = createContext({
    db,
    dataFile,
    schemaVersion: migration.to,
    clock: new HybridClock(local.get('replicaId') ?? newId()),
    selfOwnerId: local.get('selfOwnerId') ?? newId(),
    emit: () => undefined,
  });
  await ensureProfile(ctx);
  try {
    let started = performance.now();
    await loadDemoData(ctx, partners, today);
    console.log(`  demo data (${partners} partners): ${formatMs(performance.now() - started)}`);
    const currency = await workspaceCurrency(ctx.db);
    const partnerIds = (
      await ctx.db.selectFrom('partners').select('id').where('deletedAt', 'is', null).orderBy('id').execute()
    ).map((row) => row.id);
    const products = await ctx.db
      .selectFrom('products')
      .select(['id', 'sku', 'category'])
      .where('deletedAt', 'is', null)
      .orderBy('sku')
      .execute();
    const lastMonth = monthOf(today);
    const months = Array.from({ length: 12 }, (_, index) => addMonths(lastMonth, index - 11));
    await writeProgram(ctx, months, currency, partnerIds, products);

    const random = new DemoRandom(6);
    let claims = 0;
    for (const month of months) {
      const changes: FieldChange[] = [];
      const approvals: FieldChange[] = [];
      // Month-end approval: the month's last day (today for this month).
      const monthEnd = `${month}-28`;
      const approvedOn = monthEnd < today ? monthEnd : today;
      for (const partnerId of partnerIds) {
        for (let n = 0; n < claimsPerPartnerMonth; n++) {
          const day = `${month}-${String(1 + random.int(28)).padStart(2, '0')}`;
          if (day > today) continue;
          const lines = Array.from({ length: linesPerClaim }, () => {
            const product = random.pick(products);
            const quantity = 1 + random.int(6);
            return {
              sku: product.sku,
              productId: product.id,
              quantity,
              amountMinor: quantity * (2_000 + random.int(60_000)),
              serialNumbers: [] as string[],
            };
          });
          const invoiceNumber = `B${month.replace('-', '')}-${partnerId.slice(-6)}-${n}`;
          const id = derivedId('bench-claim', partnerId, invoiceNumber);
          changes.push(
            ...rowChanges('claims', id, {
              programId: benchProgramId,
              partnerId,
              invoiceNumber,
              invoiceKey: invoiceKey(invoiceNumber),
              invoiceDate: day,
              lines,
              lineCount: lines.length,
              totalMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0),
              units: lines.reduce((sum, line) => sum + line.quantity, 0),
              currency,
              attachments: [],
              note: '',
              status: 'submitted',
              decisionReason: '',
              decidedOn: null,
              decidedBy: null,
              importId: null,
              revision: 0,
              deletedAt: null,
            }),
          );
          approvals.push(
            ...rowChanges('claims', id, {
              status: 'approved',
              decidedOn: approvedOn,
              decidedBy: ctx.selfOwnerId,
              revision: 1,
            }),
          );
          claims++;
        }
      }
      started = performance.now();
      await ctx.write({ label: `Claims of ${month}`, origin: 'system', changes });
      const entered = performance.now() - started;
      started = performance.now();
      await ctx.write({
        label: `Approve claims of ${month}`,
        origin: 'system',
        permanent: true,
        changes: approvals,
      });
      const entries = await ctx.db
        .selectFrom('ledgerEntries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('programId', '=', benchProgramId)
        .executeTakeFirst();
      console.log(
        `  ${month}: enter ${formatMs(entered)}, approve all in one batch (the rules engine posts the awards) ${formatMs(performance.now() - started)}; ledger ${entries?.n ?? 0} entries`,
      );
    }
    await analyzeAfterBulkLoad(ctx.db);
    return { partners: partnerIds.length, claims, lines: claims * linesPerClaim, months };
  } finally {
    await db.destroy();
  }
}

/** One program with a rule of every kind, all partners enrolled. */
async function writeProgram(
  ctx: CoreContext,
  months: string[],
  currency: string,
  partnerIds: string[],
  products: { id: string; category: string }[],
): Promise<void> {
  const startsOn = `${months[0]}-01`;
  const endsOn = `${months[months.length - 1]}-28`;
  const base = {
    filter: { productIds: [], categories: [] },
    window: null,
    tierMultipliers: [],
    capPerPartner: null,
    capPerProgram: null,
  };
  const spifStart = `${months[months.length - 2]}-01`;
  const rules: Rule[] = [
    {
      ...base,
      key: 'points',
      name: 'Points on every purchase',
      award: 'points',
      basis: 'amount',
      calc: { kind: 'rate', rate: 1, every: 1_000 },
      tierMultipliers: [
        { tier: 'gold', multiplier: 1.25 },
        { tier: 'platinum', multiplier: 1.5 },
      ],
    },
    {
      ...base,
      key: 'monthly-rebate',
      name: 'Monthly rebate',
      award: 'money',
      basis: 'amount',
      calc: {
        kind: 'brackets',
        mode: 'marginal',
        period: 'month',
        brackets: [
          { upTo: 5_000_000, rate: 2, every: 100 },
          { upTo: 20_000_000, rate: 3, every: 100 },
          { upTo: null, rate: 5, every: 100 },
        ],
      },
    },
    {
      ...base,
      key: 'quarter-target',
      name: 'Quarterly volume bonus',
      award: 'points',
      basis: 'units',
      calc: { kind: 'target', period: 'quarter', target: 600, bonus: 5_000 },
    },
    {
      ...base,
      key: 'spare-parts',
      name: 'Spare parts bonus',
      award: 'points',
      basis: 'units',
      filter: { productIds: [], categories: [products.find((p) => p.category)?.category ?? 'Spare parts'] },
      calc: { kind: 'rate', rate: 3, every: 1 },
      capPerPartner: 20_000,
    },
    {
      ...base,
      key: 'spif',
      name: 'Two-month SPIF',
      award: 'money',
      basis: 'units',
      filter: { productIds: products.slice(0, 2).map((p) => p.id), categories: [] },
      calc: { kind: 'rate', rate: 500, every: 1 },
      window: { from: spifStart, to: endsOn },
      capPerProgram: 500_000_000,
    },
  ];
  const changes: FieldChange[] = [
    ...rowChanges('programs', benchProgramId, {
      name: 'Benchmark rewards',
      kind: 'sales-incentive',
      description: '',
      startsOn,
      endsOn,
      eligibility: { partnerTypes: [], tiers: [], regions: [], partnerIds: [] },
      budgetMinor: 10_000_000_000,
      currency,
      pointValueMinor: 1,
      pointsExpiryMonths: 12,
      status: 'active',
      revision: 1,
      deletedAt: null,
    }),
    ...rowChanges('programRuleVersions', newId(), {
      programId: benchProgramId,
      version: 1,
      effectiveFrom: startsOn,
      rules,
      deletedAt: null,
    }),
  ];
  for (const partnerId of partnerIds) {
    changes.push(
      ...rowChanges('programEnrollments', derivedId('enrollment', benchProgramId, partnerId), {
        programId: benchProgramId,
        partnerId,
        enrolledOn: startsOn,
        leftOn: null,
        deletedAt: null,
      }),
    );
  }
  await ctx.write({ label: 'Benchmark program', origin: 'local', changes });
}

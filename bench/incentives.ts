// The incentive programs' budgets (issue 6): with 1,000 enrolled partners and 1,000,000 claim
// lines, evaluating all rules for a month (≤ 10 s), one partner's balance (≤ 10 ms) and
// statement, and the leaderboard (≤ 100 ms); plus approving one claim and the claims list.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../src/core';
import { databaseFileName } from '../src/core/core';
import { localToday } from '../src/core/care/calendar-dates';
import { addMonths, monthOf } from '../src/shared/periods';
import { benchProgramId, seedIncentiveBench } from './incentive-seed';
import { call, formatMs, report, timeRuns } from './stats';

export async function benchIncentives(options: {
  dataDir?: string;
  keep: boolean;
  runs: number;
}): Promise<void> {
  const today = localToday();
  const dataDir = options.dataDir
    ? path.resolve(options.dataDir)
    : await mkdtemp(path.join(os.tmpdir(), 'ck-bench-incentives-'));
  console.log(`\nincentive programs (data in ${dataDir}):`);
  // A given folder without a database is filled once and reused by later runs.
  if (!existsSync(path.join(dataDir, databaseFileName))) {
    await mkdir(dataDir, { recursive: true });
    const started = performance.now();
    const seeded = await seedIncentiveBench(dataDir, today);
    console.log(
      `  seeded ${seeded.partners} enrolled partners, ${seeded.claims} claims, ${seeded.lines} claim lines: ${formatMs(performance.now() - started)}`,
    );
  }
  const core = await openCore({ dataDir });
  try {
    const participants = await call<{ rows: { partnerId: string }[]; total: number }>(
      core,
      'programs.participants',
      {
        programId: benchProgramId,
        limit: 500,
      },
    );
    const partnerIds = participants.rows.map((row) => row.partnerId);
    const pick = (i: number) => partnerIds[(i * 7919) % partnerIds.length]!;
    const lastMonth = addMonths(monthOf(today), -1);
    const lines = await call<{ total: number }>(core, 'claims.list', { programId: benchProgramId, limit: 1 });
    console.log(`  ${participants.total} participants, ${lines.total} claims in the program`);

    const heavyRuns = Math.max(3, Math.min(7, Math.round(options.runs / 30)));
    const evaluate = await timeRuns(heavyRuns, () =>
      call(core, 'programs.evaluate', { programId: benchProgramId, period: lastMonth, today, limit: 50 }),
    );
    report(`  evaluate all rules for ${lastMonth} (${heavyRuns} runs)`, evaluate, 10_000);
    const balance = await timeRuns(options.runs, (i) =>
      call(core, 'ledger.balance', { programId: benchProgramId, partnerId: pick(i), today }),
    );
    report('  one partner’s balance', balance, 10);
    const statement = await timeRuns(Math.min(options.runs, 50), (i) =>
      call(core, 'ledger.statement', { programId: benchProgramId, partnerId: pick(i), today }),
    );
    report('  one partner’s statement (entries, badges, rank, targets)', statement);
    for (const metric of ['points', 'growth', 'target'] as const) {
      const board = await timeRuns(Math.min(options.runs, 50), () =>
        call(core, 'programs.leaderboard', { programId: benchProgramId, metric, today, limit: 50 }),
      );
      report(`  leaderboard by ${metric}`, board, metric === 'points' ? 100 : undefined);
    }
    const list = await timeRuns(Math.min(options.runs, 50), (i) =>
      call(core, 'claims.list', {
        programId: benchProgramId,
        partnerId: i % 2 === 0 ? null : pick(i),
        statuses: ['approved'],
        limit: 50,
      }),
    );
    report('  claims list page (program, optional partner)', list);

    // One approval as a user makes it: the partner's rules re-evaluated, the difference posted.
    const product = await call<{ rows: { sku: string }[] }>(core, 'products.list', { limit: 1 });
    const sku = product.rows[0]!.sku;
    const approve = await timeRuns(Math.min(options.runs, 20), async (i) => {
      const created = await call<{ id: string }>(core, 'claims.create', {
        programId: benchProgramId,
        partnerId: pick(i + 1),
        invoiceNumber: `BENCH-${Date.now()}-${i}`,
        invoiceDate: today,
        lines: [{ sku, quantity: 2, amountMinor: 125_000 }],
        today,
      });
      await call(core, 'claims.decide', { id: created.id, revision: 0, decision: 'approve', today });
    });
    report('  enter and approve one claim', approve);
  } finally {
    await core.close();
    if (!options.keep && !options.dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

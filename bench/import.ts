// Benchmark section: importing 100,000 partners from one CSV through the real procedures
// (imports.preview, then imports.commit), as the import page does: rows per second of each step,
// the peak resident memory of the process (the core runs in it; sampled every 20 ms), how quickly
// progress polls are answered during the commit, and a cancel halfway through the write (how long
// until the transaction is rolled back, and that nothing is left). Median of 3 fresh databases
// (CK_IMPORT_BENCH_RUNS=N to change).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../src/core';
import type { ImportProgress } from '../src/shared/data-import';
import { call, formatMs, percentile } from './stats';

const rowCount = 100_000;
const today = new Date().toISOString().slice(0, 10);
const runs = Number(process.env.CK_IMPORT_BENCH_RUNS ?? 3);

const cities = [
  ['Penang', 'MY', 'North'],
  ['Kuala Lumpur', 'MY', 'Central'],
  ['Surabaya', 'ID', 'East Java'],
  ['Utrecht', 'NL', 'Midden'],
  ['广州', 'CN', '华南'],
  ['深圳', 'CN', '华南'],
] as const;
const types = ['distributor', 'wholesaler', 'dealer', 'reseller', 'retailer', 'agent'];

/** A realistic partner list: every importable column filled, some names in Chinese. */
export function partnerCsv(rows: number): string {
  const lines = ['External ID,Name,Legal name,Type,Status,Region,Country,City,Phone,Email,Tags,Notes'];
  for (let i = 0; i < rows; i++) {
    const [city, country, region] = cities[i % cities.length]!;
    const name = country === 'CN' ? `五金批发 ${i} 号` : `Toko Sinar ${i}`;
    lines.push(
      [
        `ERP-${String(i).padStart(6, '0')}`,
        name,
        `${name} Sdn Bhd`,
        types[i % types.length],
        i % 10 === 0 ? 'prospect' : 'active',
        region,
        country,
        city,
        `+60 12-${String(1_000_000 + i).slice(-7, -4)} ${String(i).padStart(4, '0').slice(-4)}`,
        `sales${i}@partner.example`,
        i % 3 === 0 ? '"Paint; Hardware"' : 'Paint',
        i % 7 === 0 ? '"Visits monthly, asks for, ""promo"" prices"' : '',
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

function rssSampler() {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

/** Polls progress every 100 ms while `work` runs: how quickly the core answers during it. */
async function withPolls<T>(core: Core, jobId: string, work: Promise<T>) {
  const latencies: number[] = [];
  let last: ImportProgress | null = null;
  let running = true;
  const polling = (async () => {
    while (running) {
      const started = performance.now();
      last = (await call<ImportProgress | null>(core, 'imports.progress', { jobId })) ?? last;
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const value = await work;
  running = false;
  await polling;
  return { value, latencies, last };
}

interface RunFigures {
  previewMs: number;
  commitMs: number;
  peakRss: number;
  pollP50: number;
  pollMax: number;
}

async function oneRun(file: { fileName: string; contentBase64: string }): Promise<RunFigures> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ck-bench-import-'));
  const core = await openCore({ dataDir });
  try {
    global.gc?.();
    const sampler = rssSampler();
    const previewStart = performance.now();
    const preview = await call<{ fileHash: string; counts: { new: number; error: number } }>(
      core,
      'imports.preview',
      { kind: 'partners', ...file, today, matchBy: 'externalId' },
    );
    const previewMs = performance.now() - previewStart;
    if (preview.counts.new !== rowCount || preview.counts.error !== 0) {
      throw new Error(`preview found ${JSON.stringify(preview.counts)}`);
    }
    const jobId = `bench-commit-${Date.now()}`;
    const commitStart = performance.now();
    const { value: done, latencies } = await withPolls(
      core,
      jobId,
      call<{ created: number }>(core, 'imports.commit', {
        kind: 'partners',
        ...file,
        today,
        matchBy: 'externalId',
        fileHash: preview.fileHash,
        jobId,
      }),
    );
    const commitMs = performance.now() - commitStart;
    const peakRss = sampler.stop();
    if (done.created !== rowCount) throw new Error(`commit created ${done.created}`);
    return {
      previewMs,
      commitMs,
      peakRss,
      pollP50: percentile(latencies, 50),
      pollMax: Math.max(...latencies),
    };
  } finally {
    await core.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Cancels a commit once half its rows are written: how long the rollback takes, and what is left. */
async function cancelRun(file: { fileName: string; contentBase64: string }) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ck-bench-import-'));
  const core = await openCore({ dataDir });
  try {
    const preview = await call<{ fileHash: string }>(core, 'imports.preview', {
      kind: 'partners',
      ...file,
      today,
      matchBy: 'externalId',
    });
    const jobId = `bench-cancel-${Date.now()}`;
    let cancelledAt = 0;
    const commit = call<{ cancelled: boolean }>(core, 'imports.commit', {
      kind: 'partners',
      ...file,
      today,
      matchBy: 'externalId',
      fileHash: preview.fileHash,
      jobId,
    });
    const watcher = (async () => {
      for (;;) {
        const progress = await call<ImportProgress | null>(core, 'imports.progress', { jobId });
        if (progress?.phase === 'writing' && progress.done >= rowCount / 2) {
          cancelledAt = performance.now();
          await call(core, 'imports.cancel', { jobId });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const result = await commit;
    await watcher;
    const rollbackMs = performance.now() - cancelledAt;
    const left = await call<{ total: number }>(core, 'partners.list', { limit: 1 });
    return { cancelled: result.cancelled, rollbackMs, left: left.total };
  } finally {
    await core.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function benchImport(): Promise<void> {
  console.log(`\nImport: ${rowCount.toLocaleString('en')} partners from one CSV (median of ${runs})`);
  const csv = partnerCsv(rowCount);
  const file = { fileName: 'partners-100k.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') };
  console.log(`  file: ${mb(Buffer.byteLength(csv))}, every column filled, matched by external id`);
  const figures: RunFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await oneRun(file);
    figures.push(run);
    console.log(
      `  run ${i + 1}: preview ${formatMs(run.previewMs)}, commit ${formatMs(run.commitMs)}, peak RSS ${mb(run.peakRss)}`,
    );
  }
  const median = (pick: (run: RunFigures) => number) => percentile(figures.map(pick), 50);
  const previewMs = median((r) => r.previewMs);
  const commitMs = median((r) => r.commitMs);
  const rate = (ms: number) => `${Math.round(rowCount / (ms / 1000)).toLocaleString('en')} rows/s`;
  console.log(`  preview (read + check every row): ${formatMs(previewMs)} = ${rate(previewMs)}`);
  console.log(`  commit (re-check + write one batch): ${formatMs(commitMs)} = ${rate(commitMs)}`);
  console.log(`  preview + commit: ${rate(previewMs + commitMs)}`);
  console.log(`  peak process RSS: ${mb(median((r) => r.peakRss))}`);
  console.log(
    `  progress polls during the commit: p50 ${formatMs(median((r) => r.pollP50))}, max ${formatMs(median((r) => r.pollMax))}`,
  );
  const cancel = await cancelRun(file);
  console.log(
    `  cancel at 50% written: ${cancel.cancelled ? 'cancelled' : 'NOT cancelled'}, rolled back in ${formatMs(cancel.rollbackMs)}, ${cancel.left} partners left`,
  );
}

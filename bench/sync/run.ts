// `npm run bench:sync`: team sync through a real server process on loopback, with SQLite and with
// PostgreSQL. Push then pull ~100,000 messages between two clients (messages per second each way,
// the client's own work included), the server's peak memory while a new client pulls them, the
// database bytes per stored message, and 50 simulated clients syncing every 5 s for 60 s (p50/p99
// request latency and errors). Figures vary with the machine: compare ratios across runs.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startPostgres, createDatabase } from '../../tests/support/postgres';
import { formatMs, percentile } from '../stats';
import { writeClientHistory } from './client-data';
import { simulateClients } from './load';
import { seedWorkspace } from './seed-workspace';
import { startServerProcess } from './server-process';
import { benchTransfer } from './transfer';

const { values } = parseArgs({
  options: {
    'demo-partners': { type: 'string', default: '1300' },
    'edit-messages': { type: 'string', default: '42000' },
    clients: { type: 'string', default: '50' },
    'interval-ms': { type: 'string', default: '5000' },
    'duration-ms': { type: 'string', default: '60000' },
    /** 'transfer' or 'load' to run one part. */
    only: { type: 'string' },
    /** 'sqlite' or 'postgres' to run one database. */
    database: { type: 'string' },
  },
});

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (messages: number, seconds: number) =>
  `${Math.round(messages / seconds).toLocaleString('en')} messages/s`;
const verdict = (met: boolean, target: string) => `(target ${target}: ${met ? 'met' : 'MISSED'})`;

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'ck-bench-sync-'));
  const postgres = values.database === 'sqlite' ? null : await startPostgres();
  try {
    const databases = (['sqlite', 'postgres'] as const).filter(
      (kind) => !values.database || values.database === kind,
    );
    if (values.only !== 'load') {
      const template = path.join(work, 'client-a-template');
      console.log('Writing client A history (demo data and small edits)…');
      const history = await writeClientHistory(template, {
        demoPartners: Number(values['demo-partners']),
        editMessages: Number(values['edit-messages']),
      });
      console.log(
        `Client A: ${history.messages.toLocaleString('en')} messages in ${history.batches.toLocaleString('en')} batches, ${history.partners.toLocaleString('en')} partners\n`,
      );
      for (const kind of databases) {
        const clientA = path.join(work, `client-a-${kind}`);
        await cp(template, clientA, { recursive: true });
        const database = kind === 'postgres' ? await createDatabase(postgres!.url) : null;
        const location = database
          ? { databaseUrl: database.url }
          : { dataDir: path.join(work, 'server-sqlite') };
        const outcome = await benchTransfer({ location, clientA, history });
        await database?.drop();
        const push = outcome.messages / outcome.pushSeconds;
        const pull = outcome.messages / outcome.pullSeconds;
        const perMessage = outcome.databaseBytes / outcome.messages;
        console.log(`Sync through the server, ${kind === 'postgres' ? 'PostgreSQL' : 'SQLite'}:`);
        console.log(
          `  push (client A uploads)          ${rate(outcome.messages, outcome.pushSeconds).padStart(20)}  ${outcome.pushSeconds.toFixed(1)} s ${kind === 'postgres' ? verdict(push >= 20_000, '≥ 20,000') : ''}`,
        );
        console.log(
          `  pull (client B joins)            ${rate(outcome.messages, outcome.pullSeconds).padStart(20)}  ${outcome.pullSeconds.toFixed(1)} s ${kind === 'postgres' ? verdict(pull >= 50_000, '≥ 50,000') : ''}`,
        );
        console.log(
          `  server memory while B pulls      ${mb(outcome.serverPeakBytes).padStart(20)}  (idle ${mb(outcome.serverBaselineBytes)}; the server that took the upload kept ${mb(outcome.afterUploadBytes)}) ${verdict(outcome.serverPeakBytes <= 200 * 1024 * 1024, '≤ 200 MB')}`,
        );
        console.log(
          `  database bytes per message       ${perMessage.toFixed(0).padStart(20)}  ${verdict(perMessage <= 150, '≤ 150')}`,
        );
        console.log(
          `  partners on client B             ${String(outcome.partnersOnB).padStart(20)}  (client A: ${history.partners})`,
        );
        console.log(
          `  history folded into the snapshot ${`${outcome.compactSeconds.toFixed(1)} s`.padStart(20)}  (the server's compaction, all ${outcome.messages.toLocaleString('en')} messages)`,
        );
        console.log(
          `  join from the snapshot (client C) ${rate(outcome.messages, outcome.snapshotJoinSeconds).padStart(19)}  ${outcome.snapshotJoinSeconds.toFixed(1)} s  (the state those messages made; ${outcome.partnersOnC} partners)`,
        );
        console.log(
          `  server memory while C joins      ${mb(outcome.serverPeakJoinBytes).padStart(20)}  ${verdict(outcome.serverPeakJoinBytes <= 200 * 1024 * 1024, '≤ 200 MB')}\n`,
        );
        await rm(clientA, { recursive: true, force: true });
      }
    }
    if (values.only !== 'transfer') {
      for (const kind of databases) {
        const database = kind === 'postgres' ? await createDatabase(postgres!.url) : null;
        const location = database
          ? { databaseUrl: database.url }
          : { dataDir: path.join(work, 'server-load') };
        const clients = Number(values.clients);
        const regions = ['North', 'South', 'East', 'West'];
        const workspace = await seedWorkspace(
          location,
          Array.from({ length: clients }, (_, i) =>
            i % 5 === 0
              ? { role: 'admin' as const, regions: [] }
              : { role: 'regional_manager' as const, regions: [regions[i % 4]!] },
          ),
        );
        const server = await startServerProcess(location);
        try {
          const outcome = await simulateClients({
            url: server.url,
            workspace,
            intervalMs: Number(values['interval-ms']),
            durationMs: Number(values['duration-ms']),
          });
          const p99 = percentile(outcome.latenciesMs, 99);
          console.log(
            `${clients} clients syncing every ${Number(values['interval-ms']) / 1000} s for ${Number(values['duration-ms']) / 1000} s, ${kind === 'postgres' ? 'PostgreSQL' : 'SQLite'}:`,
          );
          console.log(
            `  requests ${outcome.requests.toLocaleString('en')}, batches pulled ${outcome.pulledBatches.toLocaleString('en')}, errors ${outcome.errors} ${verdict(outcome.errors === 0, '0')}`,
          );
          console.log(
            `  latency p50 ${formatMs(percentile(outcome.latenciesMs, 50))}, p99 ${formatMs(p99)} ${verdict(p99 <= 200, 'p99 ≤ 200 ms')}`,
          );
          for (const error of outcome.firstErrors) console.log(`  error: ${error}`);
          console.log('');
        } finally {
          await server.stop();
          await database?.drop();
        }
      }
    }
  } finally {
    await postgres?.stop();
    await rm(work, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// `npm run server -- --data-dir DIR [--port N] [--host H]`: the team sync server. SQLite in the data
// folder by default; with DATABASE_URL=postgres://… it uses PostgreSQL and keeps no local state.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { openServerStore } from './db/connect';
import { buildServer } from './app';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string', default: path.resolve('.server-data') },
      port: { type: 'string', default: process.env.PORT ?? '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      'compact-after-days': { type: 'string', default: '30' },
    },
  });
  const databaseUrl = process.env.DATABASE_URL;
  const store = await openServerStore(
    databaseUrl ? { databaseUrl } : { dataDir: path.resolve(values['data-dir']) },
  );
  const app = await buildServer({
    store,
    version: process.env.npm_package_version ?? '0.0.0',
    compactAfterDays: Number(values['compact-after-days']),
    logger: true,
  });
  const address = await app.listen({ host: values.host, port: Number(values.port) });
  console.log(
    `ChannelKeeper sync server on ${address} (${store.kind === 'postgres' ? 'PostgreSQL' : 'SQLite in ' + path.resolve(values['data-dir'])})`,
  );
  const stop = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();

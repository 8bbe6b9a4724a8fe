// GET /v1/health (the load balancer's probe: answers only when the database does) and
// GET /v1/version (which server and protocol a client is talking to).
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { syncProtocolVersion } from '../../shared/sync-protocol';
import type { ServerDeps } from '../app';

export function healthRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.get('/v1/health', async () => {
    await sql`select 1`.execute(deps.store.db);
    return { ok: true, database: deps.store.kind };
  });
  app.get('/v1/version', () => ({ server: deps.version, protocol: syncProtocolVersion }));
}

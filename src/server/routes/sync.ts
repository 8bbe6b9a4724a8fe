// Push and pull of change batches, snapshots for joining computers, and compaction on demand.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { partnerIdSchema, syncLimits } from '../../shared/sync-protocol';
import type { ServerDeps } from '../app';
import type { AuthUser } from '../auth/sessions';
import { parseOr400, SyncHttpError } from '../http-error';
import { compactWorkspace } from '../sync/compaction';
import { pullPage } from '../sync/pull';
import { pushBatches } from '../sync/push';
import { snapshotPage } from '../sync/snapshot';
import type { Viewer } from '../sync/workspace-log';

/**
 * Only these partners' rows (comma-separated ids): the earlier history of partners that came into
 * the user's regions, which the user's computer asks for when their changes start arriving.
 */
const partnersParam = z
  .string()
  .transform((list) => list.split(','))
  .pipe(z.array(partnerIdSchema).min(1).max(syncLimits.maxPartnersPerBackfill))
  .optional();

const pullQuerySchema = z.object({
  after: z.coerce.number().int().min(0).default(0),
  /** Change messages per page (see syncLimits.maxPullLimit). */
  limit: z.coerce.number().int().min(1).max(syncLimits.maxPullLimit).default(1000),
  partners: partnersParam,
  /** The last log sequence to read (default: the log's end). */
  until: z.coerce.number().int().min(0).optional(),
});

const snapshotQuerySchema = z.object({
  after: z.string().min(1).max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(syncLimits.maxSnapshotLimit).default(1000),
  partners: partnersParam,
  /** Where the computer's pull stood: the first page names the partners that left since. */
  since: z.coerce.number().int().min(0).optional(),
});

const compactRequestSchema = z
  .object({ olderThanDays: z.number().min(0).max(36500).optional() })
  .strict()
  .default({});

const viewerOf = (user: AuthUser, partners?: readonly string[]): Viewer => ({
  workspaceId: user.workspaceId,
  role: user.role,
  regions: user.regions,
  ...(partners ? { partners } : {}),
});

export function syncRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.post('/v1/sync/push', async (request) => {
    const user = await deps.requireUser(request);
    return pushBatches(deps.store, user, request.body, deps.now());
  });

  app.get('/v1/sync/pull', async (request, reply) => {
    const user = await deps.requireUser(request);
    const query = parseOr400(pullQuerySchema, request.query, 'pull query');
    // The page is already JSON text (pull-page-json.ts): sent as it is, not serialised again.
    const page = await pullPage(
      deps.store.db,
      viewerOf(user, query.partners),
      query.after,
      query.limit,
      deps.now(),
      query.until,
    );
    return reply.type('application/json; charset=utf-8').send(page);
  });

  app.get('/v1/sync/snapshot', async (request, reply) => {
    const user = await deps.requireUser(request);
    const query = parseOr400(snapshotQuerySchema, request.query, 'snapshot query');
    // Already JSON text (snapshot.ts), like the pull page.
    const page = await snapshotPage(
      deps.store.db,
      viewerOf(user, query.partners),
      query.after,
      query.limit,
      query.since,
    );
    return reply.type('application/json; charset=utf-8').send(page);
  });

  app.post('/v1/sync/compact', async (request) => {
    const user = await deps.requireUser(request);
    if (user.role !== 'admin') {
      throw new SyncHttpError(403, 'FORBIDDEN', 'Only an admin can compact the history of the workspace.');
    }
    const body = parseOr400(compactRequestSchema, request.body ?? undefined, 'compaction request');
    const olderThanDays = body.olderThanDays ?? deps.compactAfterDays;
    return compactWorkspace(deps.store, user.workspaceId, { now: deps.now(), olderThanDays });
  });
}

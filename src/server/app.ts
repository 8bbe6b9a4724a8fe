// The sync server as a Fastify app: one place that wires the database, the error shape and the
// route modules (health, auth, sync, attachments, team). Built by the CLI and by tests alike.
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { syncLimits, type SyncErrorBody } from '../shared/sync-protocol';
import { authenticate, defaultLifetimes, type AuthUser, type SessionLifetimes } from './auth/sessions';
import type { ServerStore } from './db/connect';
import { SyncHttpError } from './http-error';
import { attachmentRoutes } from './routes/attachments';
import { authRoutes } from './routes/auth';
import { healthRoutes } from './routes/health';
import { syncRoutes } from './routes/sync';
import { teamRoutes } from './routes/team';

export interface ServerOptions {
  store: ServerStore;
  /** The server's version, answered by GET /v1/version. */
  version: string;
  lifetimes?: SessionLifetimes;
  /** History older than this is folded into snapshots; 0 turns compaction off. */
  compactAfterDays?: number;
  /** Failed sign-ins per email (and per address) within the window before 429. */
  loginLimit?: { attempts: number; windowMs: number };
  now?: () => Date;
  logger?: boolean;
}

/** What every route module receives. */
export interface ServerDeps {
  store: ServerStore;
  version: string;
  lifetimes: SessionLifetimes;
  compactAfterDays: number;
  loginLimit: { attempts: number; windowMs: number };
  now: () => Date;
  /** The signed-in user of a request, or a 401. */
  requireUser(request: FastifyRequest): Promise<AuthUser>;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: syncLimits.maxBodyBytes,
    // Behind nginx or Caddy the client's address arrives in X-Forwarded-For (login rate limits).
    trustProxy: true,
  });
  const now = options.now ?? (() => new Date());
  const deps: ServerDeps = {
    store: options.store,
    version: options.version,
    lifetimes: options.lifetimes ?? defaultLifetimes,
    compactAfterDays: options.compactAfterDays ?? 30,
    loginLimit: options.loginLimit ?? { attempts: 10, windowMs: 15 * 60 * 1000 },
    now,
    async requireUser(request) {
      const header = request.headers.authorization ?? '';
      const token = /^Bearer (\S+)$/.exec(header)?.[1];
      const user = token ? await authenticate(options.store.db, token, now()) : null;
      if (!user) {
        throw new SyncHttpError(
          401,
          'UNAUTHORIZED',
          'Your session has ended. Sign in again to keep syncing.',
        );
      }
      return user;
    },
  };

  app.setErrorHandler((error, request, reply) => {
    const body = (
      code: SyncErrorBody['error']['code'],
      message: string,
      batchId?: string,
    ): SyncErrorBody => ({
      error: { code, message, ...(batchId ? { batchId } : {}) },
    });
    if (error instanceof SyncHttpError) {
      return reply.status(error.status).send(body(error.code, error.message, error.batchId));
    }
    const status =
      typeof error === 'object' && error && 'statusCode' in error ? Number(error.statusCode) : 500;
    if (status === 413) {
      return reply
        .status(413)
        .send(
          body(
            'TOO_LARGE',
            request.url.startsWith('/v1/attachments/')
              ? `The attachment is larger than ${megabytes(syncLimits.maxAttachmentBytes)}. Attach a smaller file.`
              : `The request is larger than ${megabytes(syncLimits.maxBodyBytes)}. Send fewer changes at once.`,
          ),
        );
    }
    if (status >= 400 && status < 500) {
      const message = error instanceof Error ? error.message : 'The request is not valid.';
      return reply.status(400).send(body('BAD_REQUEST', `The request is not valid: ${message}`));
    }
    request.log.error(error);
    return reply
      .status(500)
      .send(body('INTERNAL', 'The server failed to handle this request. It has been logged.'));
  });

  healthRoutes(app, deps);
  authRoutes(app, deps);
  syncRoutes(app, deps);
  attachmentRoutes(app, deps);
  teamRoutes(app, deps);
  await app.ready();
  return app;
}

// The browser-mode host: serves the built renderer and the core's procedures over HTTP on
// 127.0.0.1, with change events as server-sent events. Same validation and errors as IPC.
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import type { Core } from '../core';
import type { CoreErrorData, ErrorCode, RpcResult } from '../shared/errors';
import { maxAttachmentBytes } from '../shared/visit-notes';
import { bearerToken, tokenMatches } from './access-token';
import { isLoopbackHost } from './host-check';

export interface WebServerOptions {
  /** The opened core, or the message saying why it could not be opened. */
  core: Core | { startupProblem: string };
  token: string;
  /** Folder with the built renderer (index.html and assets). */
  rendererDir: string;
  logRequests?: boolean;
}

const statusByCode: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

/**
 * Procedure calls carry attachments as base64 (4 bytes per 3): a 50 MB file is about 70 MB of
 * JSON. The headroom lets a file a little over the limit reach the core, which names the problem
 * at the file field instead of the request failing as a whole.
 */
const rpcBodyLimit = Math.ceil((maxAttachmentBytes * 4) / 3) + 10 * 1024 * 1024;

// Mantine injects style tags at run time, hence 'unsafe-inline' for styles only.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export async function createWebServer(options: WebServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logRequests ?? false, bodyLimit: 2 * 1024 * 1024 });
  // Open event streams never end on their own: closing the server (Ctrl+C, SIGTERM) ends them
  // first, or it would wait for every open tab to be closed.
  const eventStreams = new Set<ServerResponse>();
  app.addHook('preClose', (done) => {
    for (const stream of eventStreams) stream.end();
    done();
  });
  const core = 'startupProblem' in options.core ? null : options.core;
  const startupProblem = 'startupProblem' in options.core ? options.core.startupProblem : null;

  app.addHook('onRequest', async (request, reply) => {
    if (!isLoopbackHost(request.headers.host)) {
      return sendError(reply, { code: 'FORBIDDEN', message: 'ChannelKeeper only answers on localhost.' });
    }
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', contentSecurityPolicy);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });

  // Malformed JSON is the caller's mistake, answered like any other validation error.
  app.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => {
    if (error.statusCode && error.statusCode < 500) {
      return sendError(reply, {
        code: 'VALIDATION',
        message: `The request could not be read: ${error.message}`,
      });
    }
    console.error('[web] request failed:', error);
    return sendError(reply, { code: 'INTERNAL', message: 'Something went wrong; nothing was saved.' });
  });

  const rpcOptions = {
    bodyLimit: rpcBodyLimit,
    // Before the body is read, so a caller without the token cannot make us parse 80 MB.
    onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
      if (!tokenMatches(options.token, bearerToken(request.headers.authorization))) {
        return sendError(reply, {
          code: 'UNAUTHORIZED',
          message: 'Missing or wrong access token; open the URL printed at start.',
        });
      }
    },
  };
  app.post<{ Params: { name: string } }>('/rpc/:name', rpcOptions, async (request, reply) => {
    if (!core) return sendError(reply, { code: 'UNAVAILABLE', message: startupProblem ?? 'Not ready.' });
    const result = await core.callByName(request.params.name, request.body ?? {});
    return result.ok ? reply.send(result) : sendError(reply, result.error);
  });

  app.get<{ Querystring: { token?: string } }>('/events', async (request, reply) => {
    if (!tokenMatches(options.token, request.query.token)) {
      return sendError(reply, { code: 'UNAUTHORIZED', message: 'Missing or wrong access token.' });
    }
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
    });
    reply.raw.write('retry: 2000\n\n');
    eventStreams.add(reply.raw);
    const unsubscribe = core?.onChange((event) => reply.raw.write(`data: ${JSON.stringify(event)}\n\n`));
    // A comment line now and then keeps proxies and idle timers from closing the stream.
    const heartbeat = setInterval(() => reply.raw.write(': keep-alive\n\n'), 25_000);
    request.raw.on('close', () => {
      eventStreams.delete(reply.raw);
      clearInterval(heartbeat);
      unsubscribe?.();
    });
  });

  await app.register(fastifyStatic, { root: options.rendererDir, index: 'index.html' });
  return app;
}

function sendError(reply: FastifyReply, error: CoreErrorData) {
  const body: RpcResult<never> = { ok: false, error };
  return reply.code(statusByCode[error.code]).send(body);
}

// Attachments by content hash: uploaded once (a second upload of the same bytes stores nothing),
// checked against their hash, and fetched by anyone of the workspace.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { syncLimits } from '../../shared/sync-protocol';
import type { ServerDeps } from '../app';
import { parseOr400, SyncHttpError } from '../http-error';

const paramsSchema = z.object({
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'An attachment is named by the sha256 of its bytes, in lower-case hex'),
});

export function attachmentRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: syncLimits.maxAttachmentBytes },
    (_request, body, done) => done(null, body),
  );

  const target = async (request: FastifyRequest) => {
    const user = await deps.requireUser(request);
    const { hash } = parseOr400(paramsSchema, request.params, 'attachment address');
    return { workspaceId: user.workspaceId, hash };
  };

  app.put('/v1/attachments/:hash', { bodyLimit: syncLimits.maxAttachmentBytes }, async (request, reply) => {
    const { workspaceId, hash } = await target(request);
    if (!Buffer.isBuffer(request.body)) {
      throw new SyncHttpError(400, 'BAD_REQUEST', 'Send the attachment as application/octet-stream bytes.');
    }
    const data = request.body;
    const actual = createHash('sha256').update(data).digest('hex');
    if (actual !== hash) {
      throw new SyncHttpError(
        400,
        'BAD_REQUEST',
        `The attachment's bytes do not match its name: their sha256 is ${actual}. The upload may have been cut short; try again.`,
      );
    }
    const inserted = await deps.store.db
      .insertInto('attachments')
      .values({ workspaceId, hash, size: data.length, data, createdAt: deps.now().toISOString() })
      .onConflict((conflict) => conflict.columns(['workspaceId', 'hash']).doNothing())
      .returning('hash')
      .execute();
    return reply
      .status(inserted.length > 0 ? 201 : 200)
      .send({ hash, size: data.length, stored: inserted.length > 0 });
  });

  // Declared before GET, so HEAD answers from the size alone instead of reading the bytes.
  app.head('/v1/attachments/:hash', async (request, reply) => {
    const { workspaceId, hash } = await target(request);
    const row = await deps.store.db
      .selectFrom('attachments')
      .select('size')
      .where('workspaceId', '=', workspaceId)
      .where('hash', '=', hash)
      .executeTakeFirst();
    if (!row) return reply.status(404).send();
    return reply.status(200).header('content-length', row.size).type('application/octet-stream').send();
  });

  app.get('/v1/attachments/:hash', async (request, reply) => {
    const { workspaceId, hash } = await target(request);
    const row = await deps.store.db
      .selectFrom('attachments')
      .select('data')
      .where('workspaceId', '=', workspaceId)
      .where('hash', '=', hash)
      .executeTakeFirst();
    if (!row) throw new SyncHttpError(404, 'NOT_FOUND', 'The server has no attachment with this hash.');
    return reply.type('application/octet-stream').send(Buffer.from(row.data));
  });
}

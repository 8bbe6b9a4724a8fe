// Attachments by content hash: uploaded once, fetched by whoever may see them.
import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../app';

export function attachmentRoutes(app: FastifyInstance, deps: ServerDeps): void {
  void app;
  void deps;
  // Not built yet (issue 7).
}

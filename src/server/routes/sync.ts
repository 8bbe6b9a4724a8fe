// Push and pull of change batches, snapshots for joining computers, and compaction.
import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../app';

export function syncRoutes(app: FastifyInstance, deps: ServerDeps): void {
  void app;
  void deps;
  // Not built yet (issue 7).
}

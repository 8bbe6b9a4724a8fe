// The team: an admin lists users and pending invitations, invites, changes roles and regions, revokes.
import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../app';

export function teamRoutes(app: FastifyInstance, deps: ServerDeps): void {
  void app;
  void deps;
  // Not built yet (issue 7).
}

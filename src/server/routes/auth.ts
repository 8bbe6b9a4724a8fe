// Sign-in: accept an invitation, log in (rate limited), refresh, log out.
import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../app';

export function authRoutes(app: FastifyInstance, deps: ServerDeps): void {
  void app;
  void deps;
  // Not built yet (issue 7).
}

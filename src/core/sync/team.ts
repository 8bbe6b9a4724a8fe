// The team procedures (admins): list users and invitations, invite, change roles and regions,
// revoke. They go to the team server with this computer's session.
import { z } from 'zod';
import { CoreError } from '../../shared/errors';
import {
  teamListOutputSchema,
  teamInviteOutputSchema,
  type teamInviteInputSchema,
  type teamUpdateUserInputSchema,
} from '../../shared/sync';
import { teamUserSchema, type TeamUser } from '../../shared/sync-protocol';
import type { CoreContext } from '../context';
import { SignedOutError } from './client/session-store';
import { syncClientOf } from './client/sync-client';
import { SyncServerError, SyncUnreachableError, type SyncHttp } from './client/sync-http';

export function listTeam(ctx: CoreContext): Promise<z.output<typeof teamListOutputSchema>> {
  return teamRequest(ctx, (http, token) =>
    http.json({ method: 'GET', path: '/v1/team', token }, teamListOutputSchema),
  );
}

export function inviteTeammate(
  ctx: CoreContext,
  input: z.output<typeof teamInviteInputSchema>,
): Promise<z.output<typeof teamInviteOutputSchema>> {
  return teamRequest(ctx, (http, token) =>
    http.json({ method: 'POST', path: '/v1/team/invitations', token, json: input }, teamInviteOutputSchema),
  );
}

export function updateTeammate(
  ctx: CoreContext,
  input: z.output<typeof teamUpdateUserInputSchema>,
): Promise<TeamUser> {
  const { userId, ...changes } = input;
  return teamRequest(ctx, (http, token) =>
    http.json(
      { method: 'POST', path: `/v1/team/users/${encodeURIComponent(userId)}`, token, json: changes },
      teamUserSchema,
    ),
  );
}

async function teamRequest<T>(
  ctx: CoreContext,
  request: (http: SyncHttp, token: string) => Promise<T>,
): Promise<T> {
  try {
    return await syncClientOf(ctx).withSession(request);
  } catch (error) {
    throw teamError(error);
  }
}

function teamError(error: unknown): unknown {
  if (error instanceof SignedOutError) {
    return new CoreError({ code: 'UNAUTHORIZED', message: error.message });
  }
  if (error instanceof SyncUnreachableError) {
    return new CoreError({
      code: 'UNAVAILABLE',
      message: `Could not reach the server at ${error.serverUrl}. Team changes need a connection.`,
    });
  }
  if (!(error instanceof SyncServerError)) return error;
  switch (error.code) {
    case 'FORBIDDEN':
      return new CoreError({ code: 'FORBIDDEN', message: 'Only an admin can manage the team.' });
    case 'NOT_FOUND':
      return new CoreError({ code: 'NOT_FOUND', message: error.message });
    case 'CONFLICT':
      return new CoreError({ code: 'CONFLICT', message: error.message });
    case 'BAD_REQUEST':
      return new CoreError({ code: 'VALIDATION', message: error.message });
    default:
      return new CoreError({ code: 'UNAVAILABLE', message: error.message });
  }
}

// The team procedures (admins): list users and invitations, invite, change roles and regions,
// revoke. They go to the team server with this computer's session.
import { CoreError } from '../../shared/errors';
import type { z } from 'zod';
import type {
  teamInviteInputSchema,
  teamInviteOutputSchema,
  teamListOutputSchema,
  teamUpdateUserInputSchema,
} from '../../shared/sync';
import type { TeamUser } from '../../shared/sync-protocol';
import type { CoreContext } from '../context';

const notBuilt = () => new CoreError({ code: 'INTERNAL', message: 'Team management is not built yet.' });

export function listTeam(ctx: CoreContext): Promise<z.output<typeof teamListOutputSchema>> {
  void ctx;
  return Promise.reject(notBuilt());
}

export function inviteTeammate(
  ctx: CoreContext,
  input: z.output<typeof teamInviteInputSchema>,
): Promise<z.output<typeof teamInviteOutputSchema>> {
  void ctx;
  void input;
  return Promise.reject(notBuilt());
}

export function updateTeammate(
  ctx: CoreContext,
  input: z.output<typeof teamUpdateUserInputSchema>,
): Promise<TeamUser> {
  void ctx;
  void input;
  return Promise.reject(notBuilt());
}

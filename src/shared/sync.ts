// The procedures of team sync as the UI sees them: connect this computer to a team server, choose
// what happens to local data on joining, see the sync status, and (admins) manage the team.
import { z } from 'zod';
import { inviteRequestSchema, roles, teamUserSchema } from './sync-protocol';

export const syncStates = [
  /** Not connected to a team server: everything stays on this computer. */
  'off',
  /** Connected; joining is waiting for the user's choice about local data. */
  'choose',
  'synced',
  'syncing',
  /** The server cannot be reached: changes wait and go out on reconnect. */
  'offline',
  /** The server refused something or answered an error: `error` says what. */
  'error',
  /** The session ended (logged out elsewhere, revoked): sign in again; local data stays readable. */
  'signedOut',
] as const;
export type SyncState = (typeof syncStates)[number];

export const downloadSteps = ['snapshot', 'changes'] as const;

/** How far a long download has come: the workspace's snapshot first, then the changes after it. */
export const downloadProgressSchema = z.object({
  step: z.enum(downloadSteps),
  /** The share of the step done, 0 to 1. */
  share: z.number().min(0).max(1),
});
export type DownloadProgress = z.infer<typeof downloadProgressSchema>;

export const syncStatusSchema = z.object({
  state: z.enum(syncStates),
  serverUrl: z.string().nullable(),
  workspace: z.object({ id: z.string(), name: z.string() }).nullable(),
  user: z
    .object({
      name: z.string(),
      email: z.string(),
      role: z.enum(roles),
      regions: z.array(z.string()),
    })
    .nullable(),
  lastSyncAt: z.string().nullable(),
  /** Local changes (messages) not yet on the server. */
  waiting: z.number().int(),
  error: z.string().nullable(),
  /** Local changes the server refused (outside the user's regions, …): kept here, never pushed. */
  refused: z.array(z.object({ batchId: z.string(), label: z.string(), reason: z.string() })),
  /** While state is 'choose': what this computer holds that the workspace does not. */
  localData: z.object({ partners: z.number().int(), batches: z.number().int() }).nullable(),
  /** While a sync downloads more than one page (joining, catching up after weeks away). */
  download: downloadProgressSchema.nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

const serverUrl = z
  .string()
  .trim()
  .url('Enter the server address, e.g. https://sync.example.com')
  .refine(
    (url) => /^https?:\/\//.test(url),
    'The address starts with https:// (or http:// on a local network)',
  );

export const syncConnectInputSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('invite'),
    serverUrl,
    code: z.string().trim().min(6, 'Enter the invitation code you were given').max(64),
    name: z.string().trim().min(1, 'Enter your name').max(200),
    email: z.string().trim().toLowerCase().email('Enter an email address').max(200),
    password: z.string().min(10, 'Use at least 10 characters').max(200),
  }),
  z.object({
    mode: z.literal('login'),
    serverUrl,
    email: z.string().trim().toLowerCase().email('Enter an email address').max(200),
    password: z.string().min(1, 'Enter your password').max(200),
  }),
]);
export type SyncConnectInput = z.infer<typeof syncConnectInputSchema>;

export const syncJoinInputSchema = z.object({
  /** upload: this computer's data goes into the workspace; download: replace it by the workspace's. */
  choice: z.enum(['upload', 'download']),
});
export const syncJoinOutputSchema = z.object({
  status: syncStatusSchema,
  /** The copy of the local database made before joining. */
  backupFile: z.string(),
});

export const teamListOutputSchema = z.object({
  users: z.array(teamUserSchema),
  invitations: z.array(
    z.object({
      id: z.string(),
      role: z.enum(roles),
      regions: z.array(z.string()),
      ownerId: z.string(),
      note: z.string(),
      expiresAt: z.string(),
    }),
  ),
});
export const teamInviteInputSchema = inviteRequestSchema;
export const teamInviteOutputSchema = z.object({ code: z.string(), expiresAt: z.string() });
export const teamUpdateUserInputSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(roles).optional(),
  regions: z.array(z.string().trim().min(1)).max(100).optional(),
  revoked: z.boolean().optional(),
});

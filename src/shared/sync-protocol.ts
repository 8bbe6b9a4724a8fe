// The wire format of team sync, shared by the sync server (src/server) and the client engine in the
// core (src/core/sync): change batches pushed and pulled, snapshots, sign-in, and the team's users.
// A change message sets one field of one row ('*' creates the row with all its fields); messages
// travel in the batch (one user action, one hybrid-logical-clock stamp) that made them, so a batch's
// id makes every message in it idempotent: a retried push never applies anything twice.
import { z } from 'zod';

/** Version of this protocol; the server refuses clients of another major version. */
export const syncProtocolVersion = 1;

/** Limits the server enforces (a push over them is refused with 400 or 413 and a reason). */
export const syncLimits = {
  /** Bytes of one request body. */
  maxBodyBytes: 4 * 1024 * 1024,
  /** Batches in one push. */
  maxBatchesPerPush: 2000,
  /** Change messages in one push, over all its batches. */
  maxChangesPerPush: 8000,
  /**
   * Largest `limit` of a pull: change messages per page. A page holds whole log rows (one push's
   * batches for one partner) until it reaches about `limit` messages, and always at least one row,
   * so a page may exceed `limit` by up to one row (at most maxChangesPerPush messages).
   */
  maxPullLimit: 5000,
  /** Rows in one snapshot page. */
  maxSnapshotLimit: 5000,
  /** How far ahead of the server's clock a stamp may be (a computer whose clock runs fast). */
  maxClockDriftMs: 5 * 60 * 1000,
  /** Bytes of one attachment upload. */
  maxAttachmentBytes: 25 * 1024 * 1024,
  /** Partners whose earlier history one pull or snapshot request may ask for (`partners=`). */
  maxPartnersPerBackfill: 50,
} as const;

/** How each synced table is scoped to a partner, for row-level filtering by region and owner. */
export const syncTableScopes = {
  owners: { kind: 'workspace' },
  partners: { kind: 'self' },
  contacts: { kind: 'field', field: 'partnerId' },
  careEvents: { kind: 'field', field: 'partnerId' },
  commitments: { kind: 'field', field: 'partnerId' },
  visitNotes: { kind: 'field', field: 'partnerId' },
  greetings: { kind: 'field', field: 'partnerId' },
  greetingTemplates: { kind: 'workspace' },
  settings: { kind: 'workspace' },
  /** A case about several partners is scoped to the first one named when it was opened. */
  disputes: { kind: 'first', field: 'partnerIds' },
  disputeEntries: { kind: 'parent', field: 'disputeId', table: 'disputes' },
  retentionCases: { kind: 'field', field: 'partnerId' },
  retentionActions: { kind: 'field', field: 'partnerId' },
  playbooks: { kind: 'workspace' },
  salesRecords: { kind: 'field', field: 'partnerId' },
  surveyResponses: { kind: 'field', field: 'partnerId' },
  dataImports: { kind: 'workspace' },
  tierChanges: { kind: 'field', field: 'partnerId' },
  tierOverrides: { kind: 'field', field: 'partnerId' },
  products: { kind: 'workspace' },
  programs: { kind: 'workspace' },
  programRuleVersions: { kind: 'workspace' },
  programEnrollments: { kind: 'field', field: 'partnerId' },
  claims: { kind: 'field', field: 'partnerId' },
  ledgerEntries: { kind: 'field', field: 'partnerId' },
  rewards: { kind: 'workspace' },
  redemptions: { kind: 'field', field: 'partnerId' },
  fundAllocations: { kind: 'field', field: 'partnerId' },
  fundRequests: { kind: 'field', field: 'partnerId' },
} as const satisfies Record<
  string,
  | { kind: 'workspace' }
  | { kind: 'self' }
  | { kind: 'field'; field: string }
  | { kind: 'first'; field: string }
  | { kind: 'parent'; field: string; table: string }
>;
export type SyncTable = keyof typeof syncTableScopes;
export const syncTables = Object.keys(syncTableScopes) as SyncTable[];

const id = z.string().min(1).max(64);
/** A partner id as a query parameter names it: no comma, no spaces. */
export const partnerIdSchema = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/, 'Not a partner id');
/** A hybrid-logical-clock stamp: 15-digit milliseconds, 6-char counter, replica id. */
export const hlcSchema = z.string().regex(/^\d{15}-[0-9a-z]{6}-[0-9A-Za-z]{1,64}$/, 'Not a clock stamp');

/** JSON value of a field (arrays and objects for JSON fields; an object of fields for '*'). */
export const syncValueSchema: z.ZodType<unknown> = z.unknown();

export const syncChangeSchema = z.object({
  table: z.enum(syncTables as [SyncTable, ...SyncTable[]]),
  rowId: id,
  /** A column in camelCase, or '*' for the creation of the row (value holds its fields). */
  field: z
    .string()
    .min(1)
    .max(64)
    .regex(/^(\*|[a-z][A-Za-z0-9]*)$/, 'Not a field name'),
  value: syncValueSchema,
});
export type SyncChange = z.infer<typeof syncChangeSchema>;

export const syncBatchSchema = z.object({
  /** The batch id made by the client (a ULID): the idempotency key of its messages. */
  id,
  hlc: hlcSchema,
  /** Owner id of the person who made it (the timeline's "who"). */
  actor: id,
  label: z.string().max(500),
  origin: z.enum(['local', 'undo', 'system']),
  undoes: id.nullable(),
  permanent: z.boolean(),
  changes: z.array(syncChangeSchema).min(1),
});
export type SyncBatch = z.infer<typeof syncBatchSchema>;

/**
 * A push. Within one replica (the suffix of its stamps) batches come oldest stamp first, and a
 * replica's stamps only grow from push to push: the server keeps each replica's newest stored
 * stamp, so a batch stamped older than that is a retry (counted in `duplicates`). A batch too big
 * for one push comes in parts with its id and stamp, each part holding whole scopes.
 */
export const pushRequestSchema = z.object({
  workspaceId: id,
  replicaId: id,
  batches: z.array(syncBatchSchema).min(1).max(syncLimits.maxBatchesPerPush),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResponseSchema = z.object({
  /** Batches stored now. */
  accepted: z.number().int(),
  /** Batches the server already had (a retry): not stored again. */
  duplicates: z.number().int(),
  /** The server's sequence after this push. */
  cursor: z.number().int(),
  /**
   * The first sequence this push stored (its rows are `firstSeq`..`cursor`, nobody else's between
   * them), or null when it stored nothing. A client whose pull cursor stood just before it moves
   * to `cursor` and never pulls back what it pushed.
   */
  firstSeq: z.number().int().nullable(),
  serverTime: z.string(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** A batch as pulled: only the changes this user may see; `seq` orders the workspace's log. */
export const pulledBatchSchema = syncBatchSchema.extend({
  seq: z.number().int(),
  /** Display name of the signed-in user who pushed it. */
  author: z.string(),
});
export type PulledBatch = z.infer<typeof pulledBatchSchema>;

export const pullResponseSchema = z.object({
  batches: z.array(pulledBatchSchema),
  /** Pass as `after` next time (also when no batch was visible to this user). */
  cursor: z.number().int(),
  /** More pages are waiting. */
  more: z.boolean(),
  /**
   * The workspace log's newest sequence when the page was read: how far this pull has to go, so a
   * long download can show its progress. Optional: desktop apps update themselves before a team's
   * own server is upgraded, and an older server's pages must still be read.
   */
  head: z.number().int().optional(),
  /**
   * Partners that left the user's regions in this stretch of the log: their rows stop coming, and
   * the user's computer removes them. Only in pages that have some.
   */
  departed: z.array(partnerIdSchema).optional(),
  /**
   * The role and regions the page was filtered by (the user's as the server has them now): when
   * an admin changes them, the user's computer removes what it may no longer see and downloads
   * what it now may. Absent from older servers' pages.
   */
  viewer: z.object({ role: z.string(), regions: z.array(z.string()) }).optional(),
  serverTime: z.string(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/**
 * One row of a snapshot: its fields as of the snapshot, each as [the stamp that wrote it, its
 * value], so a client that later pulls an older-but-unseen message still merges it correctly.
 * The pairs are the form the server stores the row in: it sends them as they are, unparsed.
 */
export const snapshotRowSchema = z.object({
  table: z.enum(syncTables as [SyncTable, ...SyncTable[]]),
  rowId: id,
  fields: z.record(z.string(), z.tuple([hlcSchema, syncValueSchema])),
});
export type SnapshotRow = z.infer<typeof snapshotRowSchema>;

export const snapshotPageSchema = z.object({
  rows: z.array(snapshotRowSchema),
  /** The log sequence the snapshot stands for: pull from here once every page is read. */
  snapshotSeq: z.number().int(),
  /** Pass as `after` for the next page; null when this was the last one. */
  nextPage: z.string().nullable(),
  /** On the first page: how many rows the whole snapshot holds for this user (for progress). */
  total: z.number().int().optional(),
  /** On the first page, asked for with `since`: partners that left the user's regions since then. */
  departed: z.array(partnerIdSchema).optional(),
});
export type SnapshotPage = z.infer<typeof snapshotPageSchema>;

export const roles = ['admin', 'regional_manager', 'account_owner'] as const;
export type Role = (typeof roles)[number];

export const teamUserSchema = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  /** Regions this user sees (an admin sees every region whatever this says). */
  regions: z.array(z.string()),
  /** The owner row (in the workspace's data) that stands for this user. */
  ownerId: id,
  revoked: z.boolean(),
  createdAt: z.string(),
});
export type TeamUser = z.infer<typeof teamUserSchema>;

export const sessionSchema = z.object({
  accessToken: z.string(),
  /** When the access token stops working; refresh before. */
  accessExpiresAt: z.string(),
  refreshToken: z.string(),
  refreshExpiresAt: z.string(),
  user: teamUserSchema,
  workspace: z.object({ id, name: z.string() }),
});
export type SyncSession = z.infer<typeof sessionSchema>;

const email = z.string().trim().toLowerCase().email().max(200);
const password = z.string().min(10, 'At least 10 characters').max(200);

export const loginRequestSchema = z.object({ email, password: z.string().min(1).max(200) });
export const acceptInviteRequestSchema = z.object({
  code: z.string().trim().min(6).max(64),
  name: z.string().trim().min(1).max(200),
  email,
  password,
  /**
   * The joining computer's own owner id: used only when the invitation names no owner (the first
   * admin of a new workspace keeps the identity their local data already uses).
   */
  ownerId: id.optional(),
});
export const refreshRequestSchema = z.object({ refreshToken: z.string().min(1).max(200) });

export const inviteRequestSchema = z.object({
  role: z.enum(roles),
  regions: z.array(z.string().trim().min(1)).max(100),
  ownerId: id,
  /** Optional: who the code is for, shown in the list of pending invitations. */
  note: z.string().trim().max(200).default(''),
});
export const inviteResponseSchema = z.object({
  /** The one-time code to give the new teammate; shown once, stored only hashed. */
  code: z.string(),
  expiresAt: z.string(),
});
export const userUpdateRequestSchema = z.object({
  role: z.enum(roles).optional(),
  regions: z.array(z.string().trim().min(1)).max(100).optional(),
  revoked: z.boolean().optional(),
});

export const healthResponseSchema = z.object({
  ok: z.literal(true),
  database: z.enum(['sqlite', 'postgres']),
});
export const versionResponseSchema = z.object({
  server: z.string(),
  protocol: z.number().int(),
});

/** Every error answer of the server: a code the client acts on and a sentence a person can read. */
export const syncErrorCodes = [
  'BAD_REQUEST',
  'TOO_LARGE',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'CLOCK_DRIFT',
  'RESYNC_REQUIRED',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export const syncErrorSchema = z.object({
  error: z.object({
    code: z.enum(syncErrorCodes),
    message: z.string(),
    /** For a refused push: the batch that was refused (nothing of the push was applied). */
    batchId: z.string().optional(),
  }),
});
export type SyncErrorBody = z.infer<typeof syncErrorSchema>;

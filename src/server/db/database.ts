// The sync server's tables, typed first (Kysely): the same schema on SQLite and PostgreSQL.
// Workspaces are keyed by a small integer inside the database (it is repeated on every stored
// batch) and by a public id outside it.
import type { ColumnType, Generated } from 'kysely';

export interface WorkspacesTable {
  id: Generated<number>;
  publicId: string;
  name: string;
  createdAt: string;
  /** Batches up to this sequence are folded into row_states and deleted from the log. */
  compactedSeq: ColumnType<number, number | undefined, number>;
}

export type RoleColumn = 'admin' | 'regional_manager' | 'account_owner';

export interface UsersTable {
  id: string;
  /** A small key given at insert (the log names its rows' author by it: 4 bytes, not 26). */
  key: Generated<number>;
  workspaceId: number;
  /** Lower-case; unique over the server, so signing in needs no workspace name. */
  email: string;
  name: string;
  /** argon2id, PHC string. */
  passwordHash: string;
  role: RoleColumn;
  /** JSON array of region names. */
  regions: string;
  /** The owner row in the workspace's data that stands for this user. */
  ownerId: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface InvitationsTable {
  id: string;
  workspaceId: number;
  /** sha256 of the one-time code; the code itself is shown once and never stored. */
  codeHash: string;
  role: RoleColumn;
  regions: string;
  /** The owner row the new user will stand for; '' lets the joining computer bring its own. */
  ownerId: string;
  note: string;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  usedBy: string | null;
}

export interface SessionsTable {
  id: string;
  userId: string;
  /** sha256 of the access token. */
  accessHash: string;
  accessExpiresAt: string;
  /** sha256 of the refresh token; a refresh replaces both tokens. */
  refreshHash: string;
  refreshExpiresAt: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Failed sign-ins, counted per email and per address over a window (rate limiting, all instances). */
export interface LoginFailuresTable {
  id: Generated<number>;
  email: string;
  ip: string;
  at: string;
}

/**
 * The workspace's log: one row per push and scope, holding every batch of that push that touched
 * the scope (a batch touching two partners lands in two rows, so a user who sees only one of them
 * is sent only that part). Per-batch metadata and change tuples travel together in `body`, so a
 * stored message costs little more than its deflated tuple.
 */
export interface SyncLogTable {
  seq: Generated<number>;
  workspaceId: number;
  /** The key (partner_scopes.key) of the partner its changes belong to, or 0 for workspace-wide rows. */
  scope: number;
  /** The key of the user who pushed it (users.key). */
  author: number;
  /** Milliseconds since the epoch when the push was stored (compaction folds by age). */
  receivedMs: number;
  /** Change messages in `body`: pages and compaction chunks are bounded by messages. */
  changeCount: number;
  /** Deflated JSON, see batch-codec. */
  body: Buffer;
}

/**
 * Idempotency without a row per batch: per replica (the suffix of its stamps), the newest batch
 * stored and the scopes of it stored so far. A replica pushes oldest stamp first and its stamps
 * only grow, so an older stamp is a retry; the same stamp is a retry only for scopes already
 * stored (a huge batch comes in parts with the same id and stamp but disjoint scopes).
 */
export interface ReplicaMarksTable {
  workspaceId: number;
  replicaId: string;
  hlc: string;
  batchId: string;
  /** JSON array of the scope keys (as in the log) of batch `batchId` stored so far. */
  scopes: string;
}

/** Which partner a partner-scoped row belongs to (learned from its creation). */
export interface RowScopesTable {
  workspaceId: number;
  /** The partner's key, or 0 for a row that names no partner. */
  scope: number;
  /** The row id's 16-byte key (row-key.ts): a uuid in PostgreSQL, a blob in SQLite. */
  rowId: string | Uint8Array;
}

/**
 * Each partner's region and owner, last writer wins by stamp, for row-level filtering, and the
 * small key the log and row_scopes name it by. A partner known only as the scope of rows pushed
 * before it has both stamps '' (a placeholder: filtering treats it as never received).
 */
export interface PartnerScopesTable {
  key: Generated<number>;
  workspaceId: number;
  partnerId: string;
  region: string;
  regionHlc: string;
  ownerId: string | null;
  ownerHlc: string;
}

/**
 * A change of a partner's region, at the last log sequence of the push that made it (a region
 * change that lost to a newer stamp is no move).
 */
export interface PartnerMovesTable {
  workspaceId: number;
  seq: number;
  partnerKey: number;
  regionBefore: string;
  regionAfter: string;
}

/** The compacted state: each row's fields as of `workspaces.compacted_seq`, with their stamps. */
export interface RowStatesTable {
  workspaceId: number;
  tbl: string;
  rowId: string;
  /** As in the log: the partner's key, or 0. */
  scope: number;
  /** JSON object {field: [hlc, value]}. */
  fields: string;
}

export interface AttachmentsTable {
  workspaceId: number;
  /** sha256 of the content, hex. */
  hash: string;
  size: number;
  data: Buffer;
  createdAt: string;
}

export interface ServerDatabase {
  workspaces: WorkspacesTable;
  users: UsersTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  loginFailures: LoginFailuresTable;
  syncLog: SyncLogTable;
  replicaMarks: ReplicaMarksTable;
  rowScopes: RowScopesTable;
  partnerScopes: PartnerScopesTable;
  partnerMoves: PartnerMovesTable;
  rowStates: RowStatesTable;
  attachments: AttachmentsTable;
}

export type DatabaseKind = 'sqlite' | 'postgres';

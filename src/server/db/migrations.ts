// The sync server's migrations, one list for both databases: each step is written once with the
// few type words that differ (auto-increment keys, blobs) filled in per dialect. Forward-only; a
// step runs in one transaction with its bookkeeping row.
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from './database';

interface Words {
  serial: string;
  bigSerial: string;
  blob: string;
  bigint: string;
  /** The log's sequence: the rowid in SQLite; in PostgreSQL no key of its own (the log's index has it). */
  logSeq: string;
  /** The table of created rows' scopes (see rowScopesTable). */
  rowScopes: string[];
  /** A unique integer every new user gets without the insert naming it. */
  userKey: string;
  userKeyFill: string[];
  /** Statements that keep the log's bodies in its rows (see sync_log). */
  logBodyInline: string[];
}

/**
 * One entry per created partner-scoped row: after the log, the bulk of the server's bytes. The
 * row id is its 16-byte key (row-key.ts) and the scope a partner key. SQLite keeps the entries in
 * their primary key's b-tree alone (without rowid). PostgreSQL keeps 52-byte heap tuples (a uuid
 * has no length header, so nothing pads) and indexes the key alone: 28 bytes an entry against 36
 * with the workspace in front, before the third of each page that random ids leave empty. Such an
 * index cannot be unique (two workspaces may hold one row id): the push inserts only keys the
 * workspace does not have yet, under the workspace's lock.
 */
const rowScopesTable = (keyType: string, options: { keyIndex: boolean }): string[] => [
  `create table row_scopes (
    workspace_id integer not null,
    scope integer not null,
    row_id ${keyType} not null${options.keyIndex ? '' : ',\n    primary key (workspace_id, row_id)'}
  )${options.keyIndex ? '' : ' without rowid'}`,
  ...(options.keyIndex ? ['create index row_scopes_row on row_scopes(row_id)'] : []),
];

const words: Record<DatabaseKind, Words> = {
  sqlite: {
    serial: 'integer primary key autoincrement',
    bigSerial: 'integer primary key autoincrement',
    blob: 'blob',
    bigint: 'integer',
    logSeq: 'integer primary key autoincrement',
    rowScopes: rowScopesTable('blob', { keyIndex: false }),
    userKey: 'integer unique',
    // The rowid is already a unique integer: the key takes it.
    userKeyFill: [
      `create trigger users_key after insert on users when new.key is null
        begin update users set key = new.rowid where rowid = new.rowid; end`,
    ],
    logBodyInline: [],
  },
  postgres: {
    serial: 'serial primary key',
    bigSerial: 'bigserial primary key',
    blob: 'bytea',
    bigint: 'bigint',
    logSeq: 'bigserial not null',
    rowScopes: rowScopesTable('uuid', { keyIndex: true }),
    userKey: 'serial unique',
    userKeyFill: [],
    // A body is already deflated: PostgreSQL's own compression would only spend time. Bodies
    // up to a page stay in the row (TOAST would cut them into ~2 KB chunks with their own
    // tuples and index, 5 % more bytes for the log).
    logBodyInline: [
      'alter table sync_log alter column body set storage external',
      'alter table sync_log set (toast_tuple_target = 8160)',
    ],
  },
};

export interface ServerMigration {
  name: string;
  statements(w: Words): string[];
}

export const serverMigrations: readonly ServerMigration[] = [
  {
    name: '0001-sync-server',
    statements: (w) => [
      `create table workspaces (
        id ${w.serial},
        public_id text not null unique,
        name text not null,
        created_at text not null,
        compacted_seq ${w.bigint} not null default 0
      )`,
      `create table users (
        id text primary key,
        key ${w.userKey},
        workspace_id integer not null references workspaces(id),
        email text not null unique,
        name text not null,
        password_hash text not null,
        role text not null,
        regions text not null default '[]',
        owner_id text not null,
        created_at text not null,
        revoked_at text
      )`,
      `create index users_workspace on users(workspace_id)`,
      ...w.userKeyFill,
      `create table invitations (
        id text primary key,
        workspace_id integer not null references workspaces(id),
        code_hash text not null unique,
        role text not null,
        regions text not null default '[]',
        owner_id text not null,
        note text not null default '',
        created_by text,
        created_at text not null,
        expires_at text not null,
        used_at text,
        used_by text
      )`,
      `create index invitations_workspace on invitations(workspace_id)`,
      `create table sessions (
        id text primary key,
        user_id text not null references users(id),
        access_hash text not null unique,
        access_expires_at text not null,
        refresh_hash text not null unique,
        refresh_expires_at text not null,
        created_at text not null,
        revoked_at text
      )`,
      `create index sessions_user on sessions(user_id)`,
      `create table login_failures (
        id ${w.serial},
        email text not null,
        ip text not null,
        at text not null
      )`,
      `create index login_failures_email on login_failures(email, at)`,
      `create index login_failures_ip on login_failures(ip, at)`,
      // Column order saves bytes in PostgreSQL: the 8-byte columns first, then the 4-byte ones,
      // so no padding falls between them; the body last.
      `create table sync_log (
        seq ${w.logSeq},
        received_ms ${w.bigint} not null,
        workspace_id integer not null,
        scope integer not null,
        change_count integer not null,
        author integer not null,
        body ${w.blob} not null
      )`,
      ...w.logBodyInline,
      // The only index of the log: pages, compaction and filtering by scope all walk it in order.
      `create unique index sync_log_order on sync_log(workspace_id, seq)`,
      `create table replica_marks (
        workspace_id integer not null,
        replica_id text not null,
        hlc text not null,
        batch_id text not null,
        scopes text not null,
        primary key (workspace_id, replica_id)
      )`,
      // A partner's key is the scope its rows are stored under (0: workspace-wide rows).
      `create table partner_scopes (
        key ${w.serial},
        workspace_id integer not null,
        partner_id text not null,
        region text not null,
        region_hlc text not null,
        owner_id text,
        owner_hlc text not null
      )`,
      `create unique index partner_scopes_partner on partner_scopes(workspace_id, partner_id)`,
      `create index partner_scopes_region on partner_scopes(workspace_id, region)`,
      ...w.rowScopes,
      `create table row_states (
        workspace_id integer not null,
        tbl text not null,
        row_id text not null,
        scope integer not null,
        fields text not null,
        primary key (workspace_id, tbl, row_id)
      )`,
      `create index row_states_scope on row_states(workspace_id, scope)`,
      `create table attachments (
        workspace_id integer not null,
        hash text not null,
        size integer not null,
        data ${w.blob} not null,
        created_at text not null,
        primary key (workspace_id, hash)
      )`,
    ],
  },
  {
    name: '0002-partner-moves',
    // Each change of a partner's region, at the log sequence of the push that made it: a pull
    // tells the people of the region it left (they no longer receive its rows) to remove it.
    statements: (w) => [
      `create table partner_moves (
        workspace_id integer not null,
        seq ${w.bigint} not null,
        partner_key integer not null,
        region_before text not null,
        region_after text not null,
        primary key (workspace_id, seq, partner_key)
      )`,
    ],
  },
];

/**
 * Brings the database to the latest version. Several server instances may start at once against
 * one PostgreSQL: a transaction-scoped advisory lock makes them take turns.
 */
export async function migrateServerDatabase(db: Kysely<unknown>, kind: DatabaseKind): Promise<void> {
  for (const migration of serverMigrations) {
    await db.transaction().execute(async (trx) => {
      // The lock comes first: two instances creating the bookkeeping table at once would collide.
      if (kind === 'postgres') await sql`select pg_advisory_xact_lock(7207)`.execute(trx);
      await sql`create table if not exists server_migrations (name text primary key, applied_at text not null)`.execute(
        trx,
      );
      const done = await sql<{
        name: string;
      }>`select name from server_migrations where name = ${migration.name}`.execute(trx);
      if (done.rows.length > 0) return;
      for (const statement of migration.statements(words[kind])) await sql.raw(statement).execute(trx);
      await sql`insert into server_migrations (name, applied_at) values (${migration.name}, ${new Date().toISOString()})`.execute(
        trx,
      );
    });
  }
}

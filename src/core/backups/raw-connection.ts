// The `sqlite3` connection under a Kysely instance. Kysely has no way to reach it, and the online
// backup API lives on the raw connection; open-database.ts records it here when it opens a file.
import type { Kysely } from 'kysely';
import type sqlite3 from 'sqlite3';

const connections = new WeakMap<Kysely<never>, sqlite3.Database>();

export function rememberRawConnection<T>(db: Kysely<T>, raw: sqlite3.Database): void {
  connections.set(db as unknown as Kysely<never>, raw);
}

export function rawConnectionOf<T>(db: Kysely<T>): sqlite3.Database {
  const raw = connections.get(db as unknown as Kysely<never>);
  if (!raw) throw new Error('This database was not opened by openDatabase; it has no raw connection.');
  return raw;
}

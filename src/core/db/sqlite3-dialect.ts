// A Kysely dialect over the asynchronous `sqlite3` package. Kysely's own SqliteDialect expects a
// synchronous driver (better-sqlite3); `sqlite3` is Node-API, so one native build loads in Node
// and in Electron alike. One connection: Kysely's runtime serializes access to it because the
// SQLite adapter reports no support for multiple connections.
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import type sqlite3 from 'sqlite3';

/** Statements that answer rows; everything else is run for its change count. */
const returnsRows = /^\s*(select|pragma|with|values|explain)\b|\breturning\b/i;

export class Sqlite3Connection implements DatabaseConnection {
  readonly #db: sqlite3.Database;

  constructor(db: sqlite3.Database) {
    this.#db = db;
  }

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters } = compiledQuery;
    const params = parameters as unknown[];
    if (returnsRows.test(sql)) {
      return new Promise((resolve, reject) => {
        this.#db.all(sql, params, (error: Error | null, rows: R[]) =>
          error ? reject(error) : resolve({ rows }),
        );
      });
    }
    return new Promise((resolve, reject) => {
      this.#db.run(sql, params, function (this: sqlite3.RunResult, error: Error | null) {
        if (error) return reject(error);
        resolve({
          rows: [],
          numAffectedRows: BigInt(this.changes),
          insertId: BigInt(this.lastID),
        });
      });
    });
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported by the sqlite3 driver; page with limit/offset.');
  }
}

export class Sqlite3Driver implements Driver {
  readonly #db: sqlite3.Database;
  readonly #connection: Sqlite3Connection;

  constructor(db: sqlite3.Database) {
    this.#db = db;
    this.#connection = new Sqlite3Connection(db);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // IMMEDIATE takes the write lock at the start, so a transaction never fails half-way on
    // SQLITE_BUSY when it first writes.
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {}

  destroy(): Promise<void> {
    return new Promise((resolve, reject) => this.#db.close((error) => (error ? reject(error) : resolve())));
  }
}

export class Sqlite3Dialect implements Dialect {
  readonly #db: sqlite3.Database;

  constructor(db: sqlite3.Database) {
    this.#db = db;
  }

  createDriver(): Driver {
    return new Sqlite3Driver(this.#db);
  }

  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }

  createAdapter() {
    return new SqliteAdapter();
  }

  // Kysely's introspector takes Kysely<any>; the parameter type is Kysely's, not ours.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  createIntrospector(db: Kysely<any>) {
    return new SqliteIntrospector(db);
  }
}

// A condition "column is one of these values" as ONE bound parameter, whatever the list's length:
// a PostgreSQL array, or a JSON array SQLite unpacks. One round trip instead of one per few
// hundred values, and no limit on bound parameters.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DatabaseKind } from './database';

export function oneOf(kind: DatabaseKind, column: string, values: readonly string[]): RawBuilder<SqlBool> {
  const ref = sql.ref(column);
  return kind === 'postgres'
    ? sql<SqlBool>`${ref} = any(${[...values]}::text[])`
    : sql<SqlBool>`${ref} in (select value from json_each(${JSON.stringify(values)}))`;
}

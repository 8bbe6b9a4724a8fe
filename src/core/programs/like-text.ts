// A "contains" search on a text column where % and _ typed by the user are taken literally.
import { sql, type RawBuilder } from 'kysely';

export function likeText(column: RawBuilder<unknown>, text: string): RawBuilder<boolean> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${column} like ${pattern} escape '\\'`;
}

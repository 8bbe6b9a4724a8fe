import { Kysely, sql } from 'kysely';
import sqlite3 from 'sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Sqlite3Dialect } from '../../../src/core/db/sqlite3-dialect';

interface TestDb {
  items: { id: number; name: string };
}

describe('Kysely dialect over sqlite3', () => {
  let db: Kysely<TestDb>;
  beforeEach(async () => {
    db = new Kysely<TestDb>({ dialect: new Sqlite3Dialect(new sqlite3.Database(':memory:')) });
    await sql`create table items (id integer primary key, name text not null unique)`.execute(db);
  });
  afterEach(async () => {
    await db.destroy();
  });

  it('runs inserts, updates, selects and returning clauses', async () => {
    const insert = await db
      .insertInto('items')
      .values([
        { id: 1, name: 'a' },
        { id: 2, name: 'b' },
      ])
      .executeTakeFirst();
    expect(insert.numInsertedOrUpdatedRows).toBe(2n);
    const update = await db.updateTable('items').set({ name: 'c' }).where('id', '=', 2).executeTakeFirst();
    expect(update.numUpdatedRows).toBe(1n);
    const returned = await db
      .insertInto('items')
      .values({ id: 3, name: 'd' })
      .returning(['id', 'name'])
      .execute();
    expect(returned).toEqual([{ id: 3, name: 'd' }]);
    expect(await db.selectFrom('items').select('name').orderBy('id').execute()).toEqual([
      { name: 'a' },
      { name: 'c' },
      { name: 'd' },
    ]);
  });

  it('rolls a transaction back completely when it fails', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ id: 1, name: 'kept?' }).execute();
        await trx.insertInto('items').values({ id: 2, name: 'kept?' }).execute();
      }),
    ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT' });
    expect(await db.selectFrom('items').selectAll().execute()).toEqual([]);
  });

  it('serializes concurrent transactions on its single connection', async () => {
    const order: string[] = [];
    const slow = db.transaction().execute(async (trx) => {
      order.push('slow:start');
      await trx.insertInto('items').values({ id: 1, name: 'slow' }).execute();
      await new Promise((resolve) => setTimeout(resolve, 30));
      order.push('slow:end');
    });
    const fast = db.transaction().execute(async (trx) => {
      order.push('fast:start');
      await trx.insertInto('items').values({ id: 2, name: 'fast' }).execute();
      order.push('fast:end');
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(['slow:start', 'slow:end', 'fast:start', 'fast:end']);
  });

  it('passes parameters as values, never as SQL', async () => {
    const name = "x'); drop table items; --";
    await db.insertInto('items').values({ id: 1, name }).execute();
    expect(await db.selectFrom('items').select('name').where('name', '=', name).execute()).toEqual([
      { name },
    ]);
  });

  it('reports that streaming is not supported', async () => {
    await expect(async () => {
      for await (const _row of db.selectFrom('items').selectAll().stream()) break;
    }).rejects.toThrow(/Streaming is not supported/);
  });
});

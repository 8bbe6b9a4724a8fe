// A client's day-to-day history for the benchmark: demo data (partners with their contacts,
// events, notes, cases, sales and claims, as an import would bring) plus many small edits, each
// its own batch as a person's saves are. Written before the core opens, with the replica's own
// clock, so the outbox holds exactly what a user would have made.
import { sql } from 'kysely';
import path from 'node:path';
import { openCore, databaseFileName } from '../../src/core';
import { applyChanges, type FieldChange } from '../../src/core/db/apply-changes';
import { openDatabase } from '../../src/core/db/open-database';
import { HybridClock, parseHlc } from '../../src/core/sync/hlc';
import { call } from '../stats';

export interface ClientHistory {
  messages: number;
  batches: number;
  partners: number;
}

export async function writeClientHistory(
  dataDir: string,
  options: { demoPartners: number; editMessages: number },
): Promise<ClientHistory> {
  const core = await openCore({ dataDir });
  await call(core, 'demo.load', { partners: options.demoPartners });
  await core.close();

  const { db } = await openDatabase({ filePath: path.join(dataDir, databaseFileName) });
  try {
    const replicaId = (
      await db
        .selectFrom('localSettings')
        .select('value')
        .where('key', '=', 'replicaId')
        .executeTakeFirstOrThrow()
    ).value;
    const actor = (
      await db
        .selectFrom('localSettings')
        .select('value')
        .where('key', '=', 'selfOwnerId')
        .executeTakeFirstOrThrow()
    ).value;
    const last = await db
      .selectFrom('batches')
      .select((eb) => eb.fn.max('hlc').as('hlc'))
      .executeTakeFirst();
    const clock = new HybridClock(replicaId, last?.hlc ? parseHlc(last.hlc) : undefined);
    const partners = (await db.selectFrom('partners').select(['id', 'name']).execute()).map((row) => row);
    let written = 0;
    let edit = 0;
    while (written < options.editMessages) {
      const partner = partners[edit % partners.length]!;
      edit++;
      // One save of a partner's form: two or three fields, as people edit.
      const changes: FieldChange[] = [
        { table: 'partners', rowId: partner.id, field: 'phone', value: `+60 3 ${1000 + edit}` },
        { table: 'partners', rowId: partner.id, field: 'city', value: `City ${edit % 97}` },
      ];
      if (edit % 2 === 0)
        changes.push({
          table: 'partners',
          rowId: partner.id,
          field: 'website',
          value: `https://p${edit}.example.com`,
        });
      await applyChanges(
        db,
        { clock, actor },
        { label: `Edit partner ${partner.name}`, origin: 'local', changes },
      );
      written += changes.length;
    }
    const counts = await sql<{ messages: number; batches: number }>`
      select count(*) as messages, count(distinct batch_id) as batches from change_log`.execute(db);
    const partnerCount = await db
      .selectFrom('partners')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return {
      messages: Number(counts.rows[0]!.messages),
      batches: Number(counts.rows[0]!.batches),
      partners: Number(partnerCount.n),
    };
  } finally {
    await db.destroy();
  }
}

// This computer's replica id (the last part of every stamp it makes) and its local user's owner
// id, made once per database file. A data folder copied to a second computer must not keep the
// replica id: two computers stamping under one id could make equal stamps, and the server takes a
// replica's batches older than the newest it stored from that replica for retries already stored,
// so the copy's offline edits would be dropped. A copy is told apart by its file: the file's
// device and inode are saved beside the replica id, and a database opened from another file (a
// copy, or a file moved to another disk) makes itself a new replica id. A new id only starts a new
// stamp series for the same data: the batches this computer made keep their stamps and become the
// new id's (its outbox, its undo list), so a folder moved rather than copied still pushes what was
// waiting. A copy pushes those too: the same batches again, taken everywhere as retries.
import { stat } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { newId } from '../db/ids';

export interface ReplicaIdentity {
  replicaId: string;
  selfOwnerId: string;
}

export const replicaIdKey = 'replicaId';
/** The database file the replica id was made for: "device:inode". */
export const replicaFileKey = 'replicaFile';

/** The identity of a file as the file system gives it: a copy is another file. */
export async function fileIdentity(filePath: string): Promise<string> {
  const stats = await stat(filePath, { bigint: true });
  return `${stats.dev}:${stats.ino}`;
}

export async function loadIdentity(db: Kysely<Database>, dataFile: string): Promise<ReplicaIdentity> {
  const file = await fileIdentity(dataFile);
  return db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('localSettings').selectAll().execute();
    const settings = new Map(rows.map((row) => [row.key, row.value]));
    const storedReplica = settings.get(replicaIdKey);
    const storedFile = settings.get(replicaFileKey);
    // A file from before the file was recorded keeps its id: it is taken as the original.
    const copied = storedReplica !== undefined && storedFile !== undefined && storedFile !== file;
    const identity = {
      replicaId: storedReplica === undefined || copied ? newId() : storedReplica,
      selfOwnerId: settings.get('selfOwnerId') ?? newId(),
    };
    if (copied) {
      await trx
        .updateTable('batches')
        .set({ replicaId: identity.replicaId })
        .where('replicaId', '=', storedReplica)
        .execute();
    }
    const values = [
      { key: replicaIdKey, value: identity.replicaId },
      { key: replicaFileKey, value: file },
      { key: 'selfOwnerId', value: identity.selfOwnerId },
    ];
    // Most starts change nothing: no write (and no commit to wait for) then.
    if (values.every(({ key, value }) => settings.get(key) === value)) return identity;
    await trx
      .insertInto('localSettings')
      .values(values)
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
      .execute();
    return identity;
  });
}

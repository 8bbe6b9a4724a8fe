// The merge rule of team sync, pure: a change message sets one field of one row, stamped with the
// hybrid logical clock of the batch that made it. A replica keeps, per field, the value of the
// message with the highest stamp (last writer wins, per field); deletes are a field too (the
// row's tombstone), and an undo is just newer messages. So replicas that have seen the same
// messages hold the same values, whatever order the messages arrived in. A message that loses is
// not dropped: it is reported, so the field's history can show what was typed and lost.

export interface ChangeMessage {
  /** Unique per message (batch and field): a message seen twice is applied once. */
  id: string;
  /** The stamp of the batch that made it (fixed-width, so string order is causal order). */
  hlc: string;
  table: string;
  rowId: string;
  field: string;
  /** JSON-encoded value, as in change_log. */
  value: string | null;
}

/** The message currently holding a field. */
export type FieldHolder = Pick<ChangeMessage, 'id' | 'hlc' | 'value'>;

export interface ReplicaFields {
  /** Per field (`fieldKey`), the message that holds it. */
  readonly fields: ReadonlyMap<string, FieldHolder>;
  /** Every message id already merged. */
  readonly seen: ReadonlySet<string>;
}

export interface MergeOutcome {
  fields: Map<string, FieldHolder>;
  seen: Set<string>;
  /** Messages that now hold their field. */
  applied: ChangeMessage[];
  /** Messages older than what their field holds: kept in history, not applied. */
  lost: ChangeMessage[];
  /** Holders that a newer message replaced (what the field said before). */
  replaced: FieldHolder[];
  /** Messages already merged before (a retried push or pull). */
  duplicates: number;
}

export function fieldKey(message: Pick<ChangeMessage, 'table' | 'rowId' | 'field'>): string {
  return `${message.table}\u001f${message.rowId}\u001f${message.field}`;
}

/** True when `a` was written after `b`; equal stamps (one batch) are ordered by message id. */
export function isNewer(a: FieldHolder, b: FieldHolder): boolean {
  return a.hlc === b.hlc ? a.id > b.id : a.hlc > b.hlc;
}

/** Merges incoming messages into a replica's fields; the inputs are left as they were. */
export function mergeMessages(replica: ReplicaFields, incoming: readonly ChangeMessage[]): MergeOutcome {
  const fields = new Map(replica.fields);
  const seen = new Set(replica.seen);
  // Per field, the message of this merge that holds it so far.
  const appliedByField = new Map<string, ChangeMessage>();
  const lost: ChangeMessage[] = [];
  const replaced: FieldHolder[] = [];
  let duplicates = 0;
  for (const message of incoming) {
    if (seen.has(message.id)) {
      duplicates++;
      continue;
    }
    seen.add(message.id);
    const key = fieldKey(message);
    const holder = fields.get(key);
    if (holder && !isNewer(message, holder)) {
      lost.push(message);
      continue;
    }
    const earlier = appliedByField.get(key);
    if (earlier) lost.push(earlier);
    else if (holder) replaced.push(holder);
    fields.set(key, { id: message.id, hlc: message.hlc, value: message.value });
    appliedByField.set(key, message);
  }
  return { fields, seen, applied: [...appliedByField.values()], lost, replaced, duplicates };
}

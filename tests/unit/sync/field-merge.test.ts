// The merge rule of team sync: examples, and the convergence property the sync issue asks for —
// three replicas edit, delete and undo offline, exchange messages in random orders, subsets,
// duplicates and partitions, and end identical, each field held by its newest message, with
// every message either holding its field or reported as lost or replaced (nothing silently gone).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fieldKey,
  mergeMessages,
  type ChangeMessage,
  type FieldHolder,
  type ReplicaFields,
} from '../../../src/core/sync/field-merge';
import { HybridClock } from '../../../src/core/sync/hlc';

const empty: ReplicaFields = { fields: new Map(), seen: new Set() };
const message = (id: string, hlc: string, field: string, value: string | null): ChangeMessage => ({
  id,
  hlc,
  table: 'partners',
  rowId: 'P1',
  field,
  value,
});

describe('merging change messages', () => {
  it('keeps the newest value per field and reports the older one as lost', () => {
    const newer = message('m2', '000000000000002-000000-B', 'city', '"Ipoh"');
    const older = message('m1', '000000000000001-000000-A', 'city', '"Penang"');
    const merged = mergeMessages(empty, [newer, older]);
    expect(merged.fields.get(fieldKey(newer))?.value).toBe('"Ipoh"');
    expect(merged.applied).toEqual([newer]);
    expect(merged.lost).toEqual([older]);
  });

  it('replaces an older holder and says what the field held before', () => {
    const first = mergeMessages(empty, [message('m1', '000000000000001-000000-A', 'name', '"Maju"')]);
    const second = mergeMessages(first, [message('m2', '000000000000005-000000-B', 'name', '"Maju Jaya"')]);
    expect(second.replaced).toEqual([{ id: 'm1', hlc: '000000000000001-000000-A', value: '"Maju"' }]);
    expect(second.fields.get('partners\u001fP1\u001fname')?.value).toBe('"Maju Jaya"');
  });

  it('applies a message seen twice once (a retried push or pull)', () => {
    const m = message('m1', '000000000000001-000000-A', 'name', '"Maju"');
    const once = mergeMessages(empty, [m]);
    const twice = mergeMessages(once, [m, m]);
    expect(twice.duplicates).toBe(2);
    expect(twice.applied).toEqual([]);
    expect(twice.fields).toEqual(once.fields);
  });

  it('orders two messages of one batch (same stamp) by id, the same on every replica', () => {
    const a = message('a', '000000000000001-000000-A', 'name', '"A"');
    const b = message('b', '000000000000001-000000-A', 'name', '"B"');
    expect(mergeMessages(empty, [a, b]).fields).toEqual(mergeMessages(empty, [b, a]).fields);
  });
});

type Op =
  | { kind: 'edit'; replica: number; row: number; field: number; value: number }
  | { kind: 'undo'; replica: number }
  | { kind: 'sync'; from: number; to: number; take: number[]; tick: number };

const fieldsOfRow = ['name', 'city', 'deletedAt'] as const;

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    replica: fc.nat(2),
    row: fc.nat(2),
    field: fc.nat(2),
    value: fc.nat(4),
  }),
  fc.record({ kind: fc.constant('undo' as const), replica: fc.nat(2) }),
  fc.record({
    kind: fc.constant('sync' as const),
    from: fc.nat(2),
    to: fc.nat(2),
    // Which of the sender's messages arrive, in what order, some twice: a partial, shuffled pull.
    take: fc.array(fc.nat(200), { maxLength: 30 }),
    tick: fc.nat(50),
  }),
);

interface Replica {
  clock: HybridClock;
  state: ReplicaFields;
  /** Every message this replica knows (made here or received), in the order it learned them. */
  known: ChangeMessage[];
  /** Messages it made, for undo. */
  made: { message: ChangeMessage; before: string | null }[];
  /** Ids the merges reported as lost or replaced. */
  reported: Set<string>;
}

function simulate(ops: readonly Op[], skews: readonly number[], finalOrder: readonly number[]) {
  let now = 1_000_000;
  let serial = 0;
  const replicas: Replica[] = ['A', 'B', 'C'].map((id, index) => ({
    // Each computer's wall clock is off by its skew; the clocks still agree on an order.
    clock: new HybridClock(id, undefined, () => now + skews[index]!),
    state: { fields: new Map(), seen: new Set() },
    known: [],
    made: [],
    reported: new Set(),
  }));
  const merge = (replica: Replica, incoming: ChangeMessage[]) => {
    const outcome = mergeMessages(replica.state, incoming);
    replica.state = outcome;
    for (const m of incoming) if (!replica.known.some((k) => k.id === m.id)) replica.known.push(m);
    for (const m of outcome.lost) replica.reported.add(m.id);
    for (const holder of outcome.replaced) replica.reported.add(holder.id);
  };
  const write = (replica: Replica, row: number, field: string, value: string | null) => {
    const key = fieldKey({ table: 'partners', rowId: `P${row}`, field });
    const before = replica.state.fields.get(key)?.value ?? null;
    const m: ChangeMessage = {
      id: `m${serial++}`,
      hlc: replica.clock.next(),
      table: 'partners',
      rowId: `P${row}`,
      field,
      value,
    };
    replica.made.push({ message: m, before });
    merge(replica, [m]);
  };
  for (const op of ops) {
    now += 1 + (serial % 3);
    if (op.kind === 'edit') {
      const field = fieldsOfRow[op.field]!;
      // A delete sets the tombstone; an "edit" of the tombstone field to null restores the row.
      const value =
        field === 'deletedAt' ? (op.value % 2 ? `"2026-11-2${op.value}"` : null) : `"v${op.value}"`;
      write(replicas[op.replica]!, op.row, field, value);
    } else if (op.kind === 'undo') {
      const replica = replicas[op.replica]!;
      const last = replica.made.at(-1);
      // Undo writes the value from before as a new change (never edits history).
      if (last) write(replica, Number(last.message.rowId.slice(1)), last.message.field, last.before);
    } else {
      now += op.tick;
      const from = replicas[op.from]!;
      const to = replicas[op.to]!;
      if (from === to || from.known.length === 0) continue;
      const batch = op.take.map((i) => from.known[i % from.known.length]!);
      for (const m of batch) to.clock.observe(m.hlc);
      merge(to, batch);
    }
  }
  // Everyone reconnects: each receives every message there is, in its own order, some twice.
  const all = replicas.flatMap((replica) => replica.known);
  for (const [index, replica] of replicas.entries()) {
    const order = all.map((_, i) => all[(i * (finalOrder[index] ?? 1) + index) % all.length]!);
    merge(replica, [...order, ...all]);
  }
  return { replicas, all };
}

describe('convergence of three replicas (property)', () => {
  it('ends identical, each field held by its newest message, no change lost', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 60 }),
        fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 3, maxLength: 3 }),
        (ops, skews, finalOrder) => {
          const { replicas, all } = simulate(ops, skews, finalOrder);
          const [a, b, c] = replicas.map((replica) => replica.state.fields);
          expect(b).toEqual(a);
          expect(c).toEqual(a);
          // The oracle: per field, the message written last (stamp, then id).
          const newest = new Map<string, FieldHolder>();
          for (const m of all) {
            const current = newest.get(fieldKey(m));
            if (!current || m.hlc > current.hlc || (m.hlc === current.hlc && m.id > current.id))
              newest.set(fieldKey(m), { id: m.id, hlc: m.hlc, value: m.value });
          }
          expect(a).toEqual(newest);
          const holders = new Set([...newest.values()].map((holder) => holder.id));
          for (const replica of replicas) {
            for (const m of all) {
              expect(replica.state.seen.has(m.id)).toBe(true);
              expect(holders.has(m.id) || replica.reported.has(m.id)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

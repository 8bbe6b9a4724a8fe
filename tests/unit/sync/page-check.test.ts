// The in-place checks of a pulled page and of a snapshot page give zod's verdicts
// (pullResponseSchema, snapshotPageSchema) on valid pages and on valid pages damaged once: a key
// removed or of another type, a bad stamp, table or field name, lengths just over their limits
// (counted in code points), unsafe integers, an empty change list, a log head that is not a whole
// number (a page without one, from an older server, is accepted).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPullResponse, isSnapshotPage } from '../../../src/core/sync/client/page-check';
import { pullResponseSchema, snapshotPageSchema, syncTables } from '../../../src/shared/sync-protocol';

/** Text of `min`..`max` code points, astral characters (two UTF-16 units each) included. */
const textOf = (min: number, max: number) =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: Math.min(max, 40) }),
    fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 20) }),
    fc.constantFrom('😀'.repeat(max), 'a'.repeat(max)),
  );
const id = fc.oneof(fc.stringMatching(/^[0-9A-Za-z]{1,26}$/), textOf(1, 64));
const hlc = fc
  .tuple(
    fc.integer({ min: 0, max: 1e15 - 1 }),
    fc.stringMatching(/^[0-9a-z]{6}$/),
    fc.stringMatching(/^[0-9A-Za-z]{1,64}$/),
  )
  .map(([wall, counter, replica]) => `${String(wall).padStart(15, '0')}-${counter}-${replica}`);
const change = fc.record({
  table: fc.constantFrom(...syncTables),
  rowId: id,
  field: fc.oneof(
    fc.constantFrom('*', 'name', 'partnerId', 'x'.repeat(64)),
    fc.stringMatching(/^[a-z][A-Za-z0-9]{0,20}$/),
  ),
  value: fc.jsonValue({ maxDepth: 2 }),
});
const batch = fc.record({
  id,
  hlc,
  actor: id,
  label: textOf(0, 500),
  origin: fc.constantFrom('local', 'undo', 'system'),
  undoes: fc.option(id, { nil: null }),
  permanent: fc.boolean(),
  changes: fc.array(change, { minLength: 1, maxLength: 3 }),
  seq: fc.oneof(fc.integer(), fc.constantFrom(Number.MAX_SAFE_INTEGER, -0)),
  author: fc.string(),
});
const page = fc.record({
  batches: fc.array(batch, { maxLength: 3 }),
  cursor: fc.integer(),
  more: fc.boolean(),
  // Absent from older servers' pages.
  head: fc.option(fc.integer(), { nil: undefined }),
  // Absent from older servers' pages.
  viewer: fc.option(fc.record({ role: fc.string(), regions: fc.array(fc.string(), { maxLength: 3 }) }), {
    nil: undefined,
  }),
  // Only in pages where partners left the user's regions.
  departed: fc.option(fc.array(fc.stringMatching(/^[0-9A-Za-z_-]{1,64}$/), { maxLength: 3 }), {
    nil: undefined,
  }),
  serverTime: fc.string(),
});

const wrongValues: unknown[] = [
  null,
  undefined,
  7,
  1.5,
  2 ** 53,
  's',
  '',
  true,
  [],
  {},
  'x'.repeat(65),
  '😀'.repeat(65),
  'x'.repeat(501),
  'a-b',
  'Name',
  '*x',
  'changeLog',
  'remote',
  '000001700000000-00000A-R1',
  ['a b'],
  ['ok', 7],
];

/** A valid value with one key of one of its objects or arrays (`objectsOf`) removed or replaced. */
function damagedOnce<T>(valid: fc.Arbitrary<T>, objectsOf: (value: T) => object[]) {
  return fc
    .tuple(valid, fc.nat(), fc.nat(), fc.option(fc.constantFrom(...wrongValues.keys()), { nil: null }))
    .map(([generated, pick, pickKey, wrong]) => {
      // A copy: fast-check shrinks from the value it generated.
      const value = structuredClone(generated);
      const objects = objectsOf(value);
      const target = objects[pick % objects.length] as Record<string, unknown>;
      const keys = Object.keys(target);
      if (keys.length === 0) return value;
      const key = keys[pickKey % keys.length]!;
      if (wrong === null) delete target[key];
      else target[key] = wrongValues[wrong];
      return value;
    });
}

/** The two verdicts: the check accepts every valid page, and agrees with the schema on damaged ones. */
function agreesWithSchema<T>(
  schema: { safeParse(value: unknown): { success: boolean } },
  check: (value: unknown) => boolean,
  valid: fc.Arbitrary<T>,
  damaged: fc.Arbitrary<T>,
): void {
  it('accepts what the protocol schema accepts', () => {
    fc.assert(
      fc.property(valid, (value) => {
        expect(schema.safeParse(value).success).toBe(true);
        expect(check(value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses what the protocol schema refuses', () => {
    fc.assert(
      fc.property(fc.oneof(damaged, fc.jsonValue()), (value) => {
        expect(check(value)).toBe(schema.safeParse(value).success);
      }),
      { numRuns: 4000 },
    );
  });
}

const damagedPage = damagedOnce(page, (value) => [value, ...value.batches.flatMap((b) => [b, ...b.changes])]);

const snapshotRow = fc.record({
  table: fc.constantFrom(...syncTables),
  rowId: id,
  fields: fc.dictionary(
    fc.oneof(fc.constantFrom('name', 'partnerId', 'tags'), fc.string({ maxLength: 10 })),
    fc.tuple(hlc, fc.jsonValue({ maxDepth: 2 })),
    { maxKeys: 4 },
  ),
});
const snapshotPage = fc.record({
  rows: fc.array(snapshotRow, { maxLength: 3 }),
  snapshotSeq: fc.integer(),
  nextPage: fc.option(fc.string(), { nil: null }),
  // Only on a first page with more to come.
  total: fc.option(fc.integer(), { nil: undefined }),
  // Only on a first page asked for with `since`.
  departed: fc.option(fc.array(fc.stringMatching(/^[0-9A-Za-z_-]{1,64}$/), { maxLength: 3 }), {
    nil: undefined,
  }),
});

const damagedSnapshotPage = damagedOnce(snapshotPage, (value) => [
  value,
  ...value.rows.flatMap((row) => [row, row.fields, ...Object.values(row.fields)]),
]);

describe('the check of a snapshot page', () => {
  agreesWithSchema(snapshotPageSchema, isSnapshotPage, snapshotPage, damagedSnapshotPage);

  it('refuses a field without its stamp or without its value (null is a value)', () => {
    const good = {
      rows: [
        {
          table: 'partners',
          rowId: 'p1',
          fields: { city: ['000001700000000-00000a-R1', 'Ipoh'] },
        },
      ],
      snapshotSeq: 4,
      nextPage: null,
    };
    const withField = (field: object) => ({ ...good, rows: [{ ...good.rows[0], fields: { city: field } }] });
    expect(isSnapshotPage(good)).toBe(true);
    expect(isSnapshotPage(withField(['000001700000000-00000a-R1', null]))).toBe(true);
    expect(isSnapshotPage(withField(['Ipoh']))).toBe(false);
    expect(isSnapshotPage(withField(['000001700000000-00000a-R1']))).toBe(false);
    expect(isSnapshotPage(withField({ hlc: '000001700000000-00000a-R1', value: 'Ipoh' }))).toBe(false);
  });
});

describe('the check of a pulled page', () => {
  agreesWithSchema(pullResponseSchema, isPullResponse, page, damagedPage);

  it('refuses a batch with no changes', () => {
    const good = {
      batches: [
        {
          id: 'b1',
          hlc: '000001700000000-00000a-R1',
          actor: 'a',
          label: 'Edit partner',
          origin: 'local',
          undoes: null,
          permanent: false,
          changes: [{ table: 'partners', rowId: 'p1', field: 'city', value: 'Ipoh' }],
          seq: 1,
          author: 'Ani',
        },
      ],
      cursor: 1,
      more: false,
      serverTime: '2026-01-01T00:00:00.000Z',
    };
    expect(isPullResponse(good)).toBe(true);
    expect(isPullResponse({ ...good, batches: [{ ...good.batches[0], changes: [] }] })).toBe(false);
  });
});

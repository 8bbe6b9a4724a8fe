// A pull page's text is built from the stored bodies without parsing them into objects: it must
// be exactly the JSON.stringify of the page the objects would make (batches merged by id across
// rows, in stamp order, '' actors replaced by the author's owner id), for any stored text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PulledBatch, PullResponse, SyncBatch } from '../../../src/shared/sync-protocol';
import { syncTables } from '../../../src/shared/sync-protocol';
import { decodeBatches, encodeBatches, inflateBody } from '../../../src/server/sync/batch-codec';
import { pullPageJson, type PageEnd, type PageRow } from '../../../src/server/sync/pull-page-json';

/** The page as objects, the way the server built it before it wrote the text itself. */
function pageByObjects(rows: readonly PageRow[], end: PageEnd): PullResponse {
  const byId = new Map<string, PulledBatch>();
  for (const row of rows) {
    for (const stored of decodeBatches(row.body)) {
      const known = byId.get(stored.id);
      if (known) {
        known.changes.push(...stored.changes);
        known.seq = row.seq;
        continue;
      }
      byId.set(stored.id, {
        ...stored,
        actor: stored.actor === '' ? (row.authorOwnerId ?? '') : stored.actor,
        seq: row.seq,
        author: row.authorName ?? 'A removed user',
      });
    }
  }
  const batches = [...byId.values()].sort((a, b) =>
    a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  // The viewer when given; departed partners only when there are some.
  const { cursor, more, head, viewer, departed, serverTime } = end;
  return {
    batches,
    cursor,
    more,
    head,
    ...(viewer ? { viewer: { role: viewer.role, regions: [...viewer.regions] } } : {}),
    ...(departed?.length ? { departed: [...departed] } : {}),
    serverTime,
  };
}

const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', '"', '\\', '\u2028'));
const ids = fc.constantFrom('01HZZ0A', '01HZZ0B', '01HZZ0C', 'é-batch', 'a"b');
const change = fc.record({
  table: fc.constantFrom(...syncTables),
  rowId: text,
  field: fc.oneof(fc.constant('*'), text),
  value: fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constant(-0), fc.double()),
});
const batch: fc.Arbitrary<SyncBatch> = fc.record({
  id: ids,
  hlc: fc.oneof(fc.constantFrom('0001-a', '0002-b', '0001-b'), text),
  actor: fc.oneof(fc.constant(''), text),
  label: text,
  origin: fc.constantFrom('local', 'system'),
  undoes: fc.option(text),
  permanent: fc.boolean(),
  changes: fc.array(change, { maxLength: 6 }),
}) as fc.Arbitrary<SyncBatch>;
const rows = fc.array(
  fc.record({
    batches: fc.array(batch, { minLength: 1, maxLength: 4 }),
    authorName: fc.option(text),
    authorOwnerId: fc.option(text),
  }),
  { maxLength: 6 },
);

const viewers = fc.option(fc.record({ role: text, regions: fc.array(text, { maxLength: 3 }) }), {
  nil: undefined,
});
const departedIds = fc.array(fc.stringMatching(/^[0-9A-Za-z_-]{1,26}$/), { maxLength: 3 });

function pageRows(
  stored: { batches: SyncBatch[]; authorName: string | null; authorOwnerId: string | null }[],
): PageRow[] {
  return stored.map((row, index) => ({
    seq: 10 + index * 3,
    body: encodeBatches(row.batches),
    authorName: row.authorName,
    authorOwnerId: row.authorOwnerId,
  }));
}

describe('pull page text', () => {
  it('is the JSON.stringify of the page built from objects, for any stored batches', () => {
    fc.assert(
      fc.property(
        rows,
        fc.nat(),
        fc.boolean(),
        fc.nat(),
        departedIds,
        viewers,
        (stored, cursor, more, ahead, departed, viewer) => {
          const page = pageRows(stored);
          const end = {
            cursor,
            more,
            head: cursor + ahead,
            viewer,
            departed,
            serverTime: '2026-11-24T16:00:00.000Z',
          };
          expect(pullPageJson(page, end).toString('utf8')).toBe(JSON.stringify(pageByObjects(page, end)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('merges a batch stored in two rows into one, with the later row as its seq', () => {
    const first: SyncBatch = {
      id: '01HZZ0A',
      hlc: '0001-a',
      actor: '',
      label: 'Plan visit Maju Jaya',
      origin: 'local',
      undoes: null,
      permanent: false,
      changes: [{ table: 'partners', rowId: 'p1', field: 'name', value: 'Maju Jaya' }],
    };
    const page = pullPageJson(
      [
        { seq: 4, body: encodeBatches([first]), authorName: 'Ana', authorOwnerId: 'owner-ana' },
        {
          seq: 9,
          body: encodeBatches([
            { ...first, changes: [{ table: 'contacts', rowId: 'c1', field: 'phone', value: null }] },
          ]),
          authorName: null,
          authorOwnerId: null,
        },
      ],
      { cursor: 9, more: false, head: 9, serverTime: 'now' },
    );
    const parsed = JSON.parse(page.toString('utf8')) as PullResponse;
    expect(parsed.batches).toHaveLength(1);
    expect(parsed.batches[0]).toMatchObject({ actor: 'owner-ana', seq: 9, author: 'Ana' });
    expect(parsed.batches[0]!.changes.map((c) => c.rowId)).toEqual(['p1', 'c1']);
    expect(pullPageJson([], { cursor: 3, more: true, head: 40, serverTime: 'now' }).toString()).toBe(
      '{"batches":[],"cursor":3,"more":true,"head":40,"serverTime":"now"}',
    );
  });

  it('reads bodies larger than the inflater keeps room for, and the small ones after them', () => {
    const big: SyncBatch = {
      id: 'big',
      hlc: '0003',
      actor: 'x',
      label: 'Import',
      origin: 'local',
      undoes: null,
      permanent: false,
      changes: Array.from({ length: 30000 }, (_, index) => ({
        table: 'partners' as const,
        rowId: `n${index}`,
        field: 'notes',
        value: `note ${index} ${'x'.repeat(40)}`,
      })),
    };
    const small = { ...big, id: 'small', changes: big.changes.slice(0, 1) };
    const stored = [encodeBatches([big]), encodeBatches([small])];
    expect(inflateBody(stored[0]!).length).toBeGreaterThan(1024 * 1024);
    expect(decodeBatches(stored[0]!)).toEqual([big]);
    expect(decodeBatches(stored[1]!)).toEqual([small]);
    const page = stored.map((body, index) => ({ seq: index + 1, body, authorName: 'A', authorOwnerId: 'o' }));
    const end = { cursor: 2, more: false, head: 2, serverTime: 'now' };
    expect(pullPageJson(page, end).toString('utf8')).toBe(JSON.stringify(pageByObjects(page, end)));
  });

  it('refuses a broken body instead of sending part of it', () => {
    const body = encodeBatches([
      {
        id: 'b',
        hlc: 'h',
        actor: 'a',
        label: 'l',
        origin: 'local',
        undoes: null,
        permanent: false,
        changes: [],
      },
    ]);
    const cut = body.subarray(0, body.length - 3);
    expect(() =>
      pullPageJson([{ seq: 1, body: cut, authorName: null, authorOwnerId: null }], {
        cursor: 1,
        more: false,
        head: 1,
        serverTime: 'now',
      }),
    ).toThrow();
    // The inflater still reads good bodies after a broken one.
    expect(decodeBatches(body)[0]!.id).toBe('b');
  });
});

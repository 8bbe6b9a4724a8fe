// A pull page's response text, built straight from the log rows' inflated bodies. A body is the
// JSON text of batch tuples (batch-codec.ts) that the server wrote itself, so the page copies its
// string and value texts as they are and only rewrites the tuples' framing into the wire's objects
// (src/shared/sync-protocol.ts pullResponse): no parse into objects, no per-change objects and no
// stringify of a whole page, which together were most of the server's CPU per page. The text is
// exactly what JSON.stringify gives for the same page: JSON.stringify writes one text per value,
// so a value's text copied from the body is the text it would write again.
import { inflateBody } from './batch-codec';

/** A log row of the page, in sequence order. */
export interface PageRow {
  seq: number;
  body: Uint8Array;
  authorName: string | null;
  authorOwnerId: string | null;
}

export interface PageEnd {
  cursor: number;
  more: boolean;
  head: number;
  /** Whom the page was filtered for: the user's computer notices a change of role or regions. */
  viewer?: { role: string; regions: readonly string[] };
  /** Partners that left the user's regions within the page's stretch of the log (none: left out). */
  departed?: readonly string[];
  serverTime: string;
}

const quote = 0x22;
const backslash = 0x5c;
const comma = 0x2c;
const openArray = 0x5b;
const closeArray = 0x5d;
const openObject = 0x7b;
const closeObject = 0x7d;

const ascii = (text: string): Buffer => Buffer.from(text, 'latin1');
const idKey = ascii('{"id":');
const hlcKey = ascii(',"hlc":');
const actorKey = ascii(',"actor":');
const labelKey = ascii(',"label":');
const originKey = ascii(',"origin":');
const undoesKey = ascii(',"undoes":');
const permanentTrue = ascii(',"permanent":true,"changes":[');
const permanentFalse = ascii(',"permanent":false,"changes":[');
const tableKey = ascii('{"table":');
const rowIdKey = ascii(',"rowId":');
const fieldKey = ascii(',"field":');
const valueKey = ascii(',"value":');

/**
 * A growing buffer the page's batch heads and change objects are written into. One is kept
 * between pages (a page is written synchronously), so a page does not grow a fresh one from
 * nothing; one that grew past `keptBytes` for a huge row is let go after its page.
 */
class Arena {
  bytes: Buffer;
  length = 0;

  constructor(size: number) {
    this.bytes = Buffer.allocUnsafe(size);
  }

  reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + count));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }

  /** Copies source[start, end); the caller reserved room. */
  copy(source: Uint8Array, start: number, end: number): void {
    const target = this.bytes;
    let at = this.length;
    if (end - start > 64) {
      target.set(source.subarray(start, end), at);
      at += end - start;
    } else {
      for (let index = start; index < end; index++) target[at++] = source[index]!;
    }
    this.length = at;
  }

  literal(text: Buffer): void {
    this.copy(text, 0, text.length);
  }
}

/** One client batch of the page: its head (from its first part) and its parts' change texts. */
interface PageBatch {
  id: string;
  hlc: string;
  headStart: number;
  headEnd: number;
  /** start, end pairs in the arena: each part's change objects, comma-separated. */
  parts: number[];
  seq: number;
  author: string;
}

function malformed(at: number): never {
  throw new Error(`A log body is not in the stored format (at byte ${at}).`);
}

/** The index after the JSON string starting at `at`. */
function skipString(text: Uint8Array, at: number): number {
  if (text[at] !== quote) malformed(at);
  let index = at + 1;
  for (;;) {
    const code = text[index];
    if (code === quote) return index + 1;
    if (code === backslash) index += 2;
    else if (code === undefined) malformed(index);
    else index++;
  }
}

/** The index after the JSON value starting at `at` (the bodies hold no whitespace). */
function skipValue(text: Uint8Array, at: number): number {
  const first = text[at];
  if (first === quote) return skipString(text, at);
  if (first === openArray || first === openObject) {
    let depth = 0;
    let index = at;
    for (;;) {
      const code = text[index];
      if (code === quote) {
        index = skipString(text, index);
        continue;
      }
      if (code === openArray || code === openObject) depth++;
      else if (code === closeArray || code === closeObject) {
        depth--;
        if (depth === 0) return index + 1;
      } else if (code === undefined) malformed(index);
      index++;
    }
  }
  let index = at;
  for (;;) {
    const code = text[index];
    if (code === comma || code === closeArray || code === closeObject) break;
    if (code === undefined) malformed(index);
    index++;
  }
  if (index === at) malformed(at);
  return index;
}

function expect(text: Uint8Array, at: number, code: number): number {
  if (text[at] !== code) malformed(at);
  return at + 1;
}

/** A JSON string's value; the ids and stamps of batches are plain ASCII, read without a parse. */
function stringValue(text: Buffer, start: number, end: number): string {
  for (let index = start + 1; index < end - 1; index++) {
    const code = text[index]!;
    if (code === backslash || code >= 0x80) return JSON.parse(text.toString('utf8', start, end)) as string;
  }
  return text.toString('latin1', start + 1, end - 1);
}

/**
 * Writes one row's batches into the arena: a batch first met gets its head and its change
 * objects, a batch already met (a part of it in an earlier row) only its change objects.
 */
function addRow(arena: Arena, byId: Map<string, PageBatch>, row: PageRow): void {
  const text = inflateBody(row.body);
  // Each change's framing grows by 32 bytes (4 keys instead of 3 commas and 2 brackets), and a
  // change takes at least 13 bytes of text; a batch's head by less than its 8 items' text.
  arena.reserve(text.length * 4 + 64);
  let ownerActor: Buffer | null = null;
  let at = expect(text, 0, openArray);
  while (text[at] !== closeArray) {
    if (at > 1) at = expect(text, at, comma);
    at = expect(text, at, openArray);
    const idStart = at;
    const idEnd = skipString(text, idStart);
    const hlcStart = expect(text, idEnd, comma);
    const hlcEnd = skipString(text, hlcStart);
    const actorStart = expect(text, hlcEnd, comma);
    const actorEnd = skipString(text, actorStart);
    const labelStart = expect(text, actorEnd, comma);
    const labelEnd = skipString(text, labelStart);
    const originStart = expect(text, labelEnd, comma);
    const originEnd = skipString(text, originStart);
    const undoesStart = expect(text, originEnd, comma);
    const undoesEnd = skipValue(text, undoesStart);
    const permanentAt = expect(text, undoesEnd, comma);
    const permanent = text[permanentAt];
    if (permanent !== 0x30 && permanent !== 0x31) malformed(permanentAt);
    at = expect(text, permanentAt + 1, comma);
    at = expect(text, at, openArray);

    const id = stringValue(text, idStart, idEnd);
    let batch = byId.get(id);
    if (batch) {
      batch.seq = row.seq;
    } else {
      const headStart = arena.length;
      arena.literal(idKey);
      arena.copy(text, idStart, idEnd);
      arena.literal(hlcKey);
      arena.copy(text, hlcStart, hlcEnd);
      arena.literal(actorKey);
      if (actorEnd - actorStart === 2) {
        // '' stands for the author's own owner id.
        ownerActor ??= Buffer.from(JSON.stringify(row.authorOwnerId ?? ''));
        arena.reserve(ownerActor.length);
        arena.literal(ownerActor);
      } else {
        arena.copy(text, actorStart, actorEnd);
      }
      arena.literal(labelKey);
      arena.copy(text, labelStart, labelEnd);
      arena.literal(originKey);
      arena.copy(text, originStart, originEnd);
      arena.literal(undoesKey);
      arena.copy(text, undoesStart, undoesEnd);
      arena.literal(permanent === 0x31 ? permanentTrue : permanentFalse);
      batch = {
        id,
        hlc: stringValue(text, hlcStart, hlcEnd),
        headStart,
        headEnd: arena.length,
        parts: [],
        seq: row.seq,
        author: row.authorName ?? 'A removed user',
      };
      byId.set(id, batch);
    }

    const changesStart = arena.length;
    while (text[at] !== closeArray) {
      if (arena.length > changesStart) {
        at = expect(text, at, comma);
        arena.bytes[arena.length++] = comma;
      }
      at = expect(text, at, openArray);
      const tableEnd = skipString(text, at);
      const rowIdStart = expect(text, tableEnd, comma);
      const rowIdEnd = skipString(text, rowIdStart);
      const fieldStart = expect(text, rowIdEnd, comma);
      const fieldEnd = skipString(text, fieldStart);
      const valueStart = expect(text, fieldEnd, comma);
      const valueEnd = skipValue(text, valueStart);
      arena.literal(tableKey);
      arena.copy(text, at, tableEnd);
      arena.literal(rowIdKey);
      arena.copy(text, rowIdStart, rowIdEnd);
      arena.literal(fieldKey);
      arena.copy(text, fieldStart, fieldEnd);
      arena.literal(valueKey);
      arena.copy(text, valueStart, valueEnd);
      arena.bytes[arena.length++] = closeObject;
      at = expect(text, valueEnd, closeArray);
    }
    if (arena.length > changesStart) batch.parts.push(changesStart, arena.length);
    at = expect(text, at + 1, closeArray);
  }
  if (at !== text.length - 1) malformed(at);
}

const byStamp = (a: PageBatch, b: PageBatch): number =>
  a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The page's JSON text: one pulled batch per client batch, its parts' changes in row order,
 * batches in stamp order (then id), `seq` of the batch's last row and the author of its first.
 */
const keptBytes = 16 * 1024 * 1024;
let keptArena: Arena | null = null;

export function pullPageJson(rows: readonly PageRow[], end: PageEnd): Buffer {
  const arena = keptArena ?? new Arena(1024 * 1024);
  keptArena = null;
  arena.length = 0;
  try {
    return writePage(arena, rows, end);
  } finally {
    if (arena.bytes.length <= keptBytes) keptArena = arena;
  }
}

function writePage(arena: Arena, rows: readonly PageRow[], end: PageEnd): Buffer {
  const byId = new Map<string, PageBatch>();
  for (const row of rows) addRow(arena, byId, row);
  const batches = [...byId.values()].sort(byStamp);

  const tails = batches.map((batch) =>
    Buffer.from(`],"seq":${batch.seq},"author":${JSON.stringify(batch.author)}}`),
  );
  const opening = ascii('{"batches":[');
  const viewer = end.viewer
    ? `,"viewer":${JSON.stringify({ role: end.viewer.role, regions: end.viewer.regions })}`
    : '';
  const departed = end.departed?.length ? `,"departed":${JSON.stringify(end.departed)}` : '';
  const closing = Buffer.from(
    `],"cursor":${end.cursor},"more":${end.more},"head":${end.head}${viewer}${departed},"serverTime":${JSON.stringify(end.serverTime)}}`,
  );
  let size = opening.length + closing.length + Math.max(0, batches.length - 1);
  batches.forEach((batch, index) => {
    size += batch.headEnd - batch.headStart + tails[index]!.length;
    const parts = batch.parts;
    for (let part = 0; part < parts.length; part += 2) size += parts[part + 1]! - parts[part]!;
    size += Math.max(0, parts.length / 2 - 1);
  });

  const page = Buffer.allocUnsafe(size);
  const source = arena.bytes;
  let at = opening.copy(page, 0);
  batches.forEach((batch, index) => {
    if (index > 0) page[at++] = comma;
    at += source.copy(page, at, batch.headStart, batch.headEnd);
    const parts = batch.parts;
    for (let part = 0; part < parts.length; part += 2) {
      if (part > 0) page[at++] = comma;
      at += source.copy(page, at, parts[part]!, parts[part + 1]!);
    }
    at += tails[index]!.copy(page, at);
  });
  at += closing.copy(page, at);
  if (at !== size) throw new Error('A pull page was not written to its measured size.');
  return page;
}

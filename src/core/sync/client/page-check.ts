// The checks of a pulled page and of a snapshot page, as strict as the protocol's schemas
// (pullResponseSchema, snapshotPageSchema) but without their cost: zod builds a copy of every
// batch, change, row and field it validates (100,000 changes or 50,000 rows for a joining
// computer, and as much garbage to collect), while these walk the parsed JSON in place. A unit
// test holds them to the schemas' verdicts on valid pages and on every kind of damage.
import { z } from 'zod';
import { syncTables, type PullResponse, type SnapshotPage } from '../../../shared/sync-protocol';

const tables = new Set<string>(syncTables);
const origins = new Set(['local', 'undo', 'system']);
/** hlcSchema's pattern. */
const hlcPattern = /^\d{15}-[0-9a-z]{6}-[0-9A-Za-z]{1,64}$/;
/** syncChangeSchema's field pattern. */
const fieldPattern = /^(\*|[a-z][A-Za-z0-9]*)$/;

/** zod's string lengths count code points (a surrogate pair is one). */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown, min: number, max: number): value is string {
  if (typeof value !== 'string' || value.length < min) return false;
  // A code point is one or two units: only a string longer than `max` units may still fit.
  return value.length <= max || codePoints(value) <= max;
}

const isId = (value: unknown) => isText(value, 1, 64);
const isInteger = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value);
const partnerIdPattern = /^[0-9A-Za-z_-]{1,64}$/;
const isViewer = (value: unknown) =>
  isRecord(value) &&
  typeof value.role === 'string' &&
  Array.isArray(value.regions) &&
  value.regions.every((region) => typeof region === 'string');
const isPartnerIdList = (value: unknown) =>
  Array.isArray(value) && value.every((id) => typeof id === 'string' && partnerIdPattern.test(id));

function isChange(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.table === 'string' &&
    tables.has(value.table) &&
    isId(value.rowId) &&
    isText(value.field, 1, 64) &&
    fieldPattern.test(value.field) &&
    'value' in value
  );
}

function isBatch(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { changes } = value;
  if (
    !isId(value.id) ||
    typeof value.hlc !== 'string' ||
    !hlcPattern.test(value.hlc) ||
    !isId(value.actor) ||
    !isText(value.label, 0, 500) ||
    typeof value.origin !== 'string' ||
    !origins.has(value.origin) ||
    !(value.undoes === null || isId(value.undoes)) ||
    typeof value.permanent !== 'boolean' ||
    !isInteger(value.seq) ||
    typeof value.author !== 'string' ||
    !Array.isArray(changes) ||
    changes.length === 0
  )
    return false;
  for (const change of changes) if (!isChange(change)) return false;
  return true;
}

export function isPullResponse(value: unknown): value is PullResponse {
  if (!isRecord(value) || !Array.isArray(value.batches)) return false;
  if (
    !isInteger(value.cursor) ||
    typeof value.more !== 'boolean' ||
    !(value.head === undefined || isInteger(value.head)) ||
    !(value.departed === undefined || isPartnerIdList(value.departed)) ||
    !(value.viewer === undefined || isViewer(value.viewer)) ||
    typeof value.serverTime !== 'string'
  )
    return false;
  for (const batch of value.batches) if (!isBatch(batch)) return false;
  return true;
}

/** pullResponseSchema's verdict, with the page itself as the result (nothing copied). */
export const pulledPageCheck = z.custom<PullResponse>((value) => isPullResponse(value));

function isSnapshotRow(value: unknown): boolean {
  if (
    !isRecord(value) ||
    typeof value.table !== 'string' ||
    !tables.has(value.table) ||
    !isId(value.rowId) ||
    !isRecord(value.fields)
  )
    return false;
  for (const key in value.fields) {
    const entry = value.fields[key];
    // [stamp, value]: a value, even null, must be there.
    if (
      !Array.isArray(entry) ||
      entry.length !== 2 ||
      typeof entry[0] !== 'string' ||
      !hlcPattern.test(entry[0])
    )
      return false;
  }
  return true;
}

export function isSnapshotPage(value: unknown): value is SnapshotPage {
  if (!isRecord(value) || !Array.isArray(value.rows)) return false;
  if (
    !isInteger(value.snapshotSeq) ||
    !(value.nextPage === null || typeof value.nextPage === 'string') ||
    !(value.total === undefined || isInteger(value.total)) ||
    !(value.departed === undefined || isPartnerIdList(value.departed))
  )
    return false;
  for (const row of value.rows) if (!isSnapshotRow(row)) return false;
  return true;
}

/** snapshotPageSchema's verdict, with the page itself as the result (nothing copied). */
export const snapshotPageCheck = z.custom<SnapshotPage>((value) => isSnapshotPage(value));

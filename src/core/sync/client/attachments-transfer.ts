// Files of notes, case entries, claims and fund requests move by content hash beside the change
// messages that point at them: before a push, every referenced file the server lacks is uploaded
// (HEAD, then PUT); after a pull, every referenced file this computer lacks is downloaded into the
// local attachment store, so a row never arrives before the file it shows.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PulledBatch, SnapshotRow, SyncBatch } from '../../../shared/sync-protocol';
import { attachmentPath } from '../../attachments/store';
import type { CoreContext } from '../../context';
import type { SyncHttp } from './sync-http';

const hashPattern = /^[0-9a-f]{64}$/;

/** The content hashes an `attachments` field refers to (an array of refs, or its JSON text). */
function hashesOfField(value: unknown, into: Set<string>): void {
  let refs = value;
  if (typeof refs === 'string') {
    try {
      refs = JSON.parse(refs);
    } catch {
      return;
    }
  }
  if (!Array.isArray(refs)) return;
  for (const ref of refs) {
    const hash = (ref as { hash?: unknown } | null)?.hash;
    if (typeof hash === 'string' && hashPattern.test(hash)) into.add(hash);
  }
}

/** Every attachment hash the changes of these batches refer to. */
export function referencedHashes(batches: readonly Pick<SyncBatch, 'changes'>[]): string[] {
  const hashes = new Set<string>();
  for (const batch of batches) {
    for (const change of batch.changes) {
      if (change.field === 'attachments') hashesOfField(change.value, hashes);
      else if (change.field === '*' && change.value && typeof change.value === 'object') {
        hashesOfField((change.value as { attachments?: unknown }).attachments, hashes);
      }
    }
  }
  return [...hashes];
}

export function snapshotHashes(rows: readonly SnapshotRow[]): string[] {
  const hashes = new Set<string>();
  for (const row of rows) hashesOfField(row.fields.attachments?.[1], hashes);
  return [...hashes];
}

async function hasLocalFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Uploads the referenced files the server does not have yet. A file missing here is skipped. */
export async function uploadMissingAttachments(
  ctx: CoreContext,
  http: SyncHttp,
  token: () => Promise<string>,
  batches: readonly SyncBatch[],
): Promise<number> {
  let uploaded = 0;
  for (const hash of referencedHashes(batches)) {
    const file = attachmentPath(ctx, hash);
    if (!(await hasLocalFile(file))) continue;
    const route = `/v1/attachments/${hash}`;
    if (await http.exists({ method: 'HEAD', path: route, token: await token() })) continue;
    const bytes = await readFile(file);
    await http.send({ method: 'PUT', path: route, token: await token(), bytes });
    uploaded++;
  }
  return uploaded;
}

/** Downloads the referenced files this computer lacks; one the server lacks too is left for later. */
export async function downloadMissingAttachments(
  ctx: CoreContext,
  http: SyncHttp,
  token: () => Promise<string>,
  hashes: readonly string[],
): Promise<number> {
  let downloaded = 0;
  for (const hash of hashes) {
    const target = attachmentPath(ctx, hash);
    if (await hasLocalFile(target)) continue;
    const bytes = await http.bytes({ method: 'GET', path: `/v1/attachments/${hash}`, token: await token() });
    // A file whose bytes do not match its name is never stored under that name.
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== hash) continue;
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.${Date.now()}.download`;
    try {
      await writeFile(temp, bytes);
      await rename(temp, target);
    } finally {
      await rm(temp, { force: true });
    }
    downloaded++;
  }
  return downloaded;
}

export function pulledHashes(batches: readonly PulledBatch[]): string[] {
  return referencedHashes(batches);
}

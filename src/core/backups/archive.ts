// The archive for moving to another computer: one zip holding a consistent copy of the database
// (online backup), the attachments folder, and a manifest saying which app and schema made it.
// Opening one checks every entry name before unpacking anything, checks the database like any
// restore, and verifies each attachment against the SHA-256 it is named by.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { Entry, ZipFile } from 'yauzl';
import packageJson from '../../../package.json' with { type: 'json' };
import { archiveManifestSchema, type ArchiveManifest } from '../../shared/backups';
import { CoreError } from '../../shared/errors';
import { attachmentEntryName, classifyEntry, databaseEntryName, manifestEntryName } from './archive-paths';
import { yauzl, yazl } from './zip-library';

export const appVersion: string = packageJson.version;

export interface ArchiveContent {
  databaseFile: string;
  attachmentsFolder: string;
  schemaVersion: number;
  now: Date;
}

/** Writes the archive to `target`; answers the number of attachments in it. */
export async function writeArchive(content: ArchiveContent, target: string): Promise<number> {
  const zip = new yazl.ZipFile();
  const hashes = await listAttachmentHashes(content.attachmentsFolder);
  const manifest: ArchiveManifest = {
    app: 'ChannelKeeper',
    format: 1,
    appVersion,
    schemaVersion: content.schemaVersion,
    createdAt: content.now.toISOString(),
    attachments: hashes.length,
  };
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), manifestEntryName, { mtime: content.now });
  zip.addFile(content.databaseFile, databaseEntryName, { mtime: content.now });
  for (const hash of hashes) {
    // Photos and PDFs are compressed already; deflating them again costs time for nothing.
    zip.addFile(path.join(content.attachmentsFolder, hash.slice(0, 2), hash), attachmentEntryName(hash), {
      compress: false,
      mtime: content.now,
    });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(target));
  return hashes.length;
}

async function listAttachmentHashes(folder: string): Promise<string[]> {
  const hashes: string[] = [];
  const fanOut = await readdir(folder).catch(() => [] as string[]);
  for (const prefix of fanOut.sort()) {
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
    const names = await readdir(path.join(folder, prefix)).catch(() => [] as string[]);
    for (const name of names.sort()) {
      if (name.startsWith(prefix) && /^[0-9a-f]{64}$/.test(name)) hashes.push(name);
    }
  }
  return hashes;
}

export type ArchiveRefusal = 'notArchive' | 'unsafeEntry' | 'noManifest' | 'noDatabase' | 'badAttachment';

const englishArchiveRefusals: Record<ArchiveRefusal, string> = {
  notArchive: 'This file is not a ChannelKeeper archive or backup. Nothing was changed.',
  unsafeEntry:
    'This archive contains files that would be unpacked outside the data folder, so it was refused. Nothing was changed.',
  noManifest:
    'This zip file is not a ChannelKeeper archive (it has no ChannelKeeper manifest). Nothing was changed.',
  noDatabase: 'This archive holds no database. Nothing was changed.',
  badAttachment:
    'An attachment in this archive is damaged (its content does not match its name). Nothing was changed.',
};

export function archiveRefusal(reason: ArchiveRefusal, field: string): CoreError {
  const message = englishArchiveRefusals[reason];
  return new CoreError({
    code: 'VALIDATION',
    message,
    fields: { [field]: { key: `backups.refusal.${reason}`, message } },
    details: { refusal: reason },
  });
}

export interface UnpackedArchive {
  manifest: ArchiveManifest;
  databaseFile: string;
  /** Verified attachments, in `<staging>/<xx>/<hash>`. */
  attachmentsStaging: string;
  attachments: number;
}

/**
 * Unpacks `archive` into `workFolder` (database file and staged attachments) after checking every
 * entry; refuses the archive with a VALIDATION error at `field` when anything is off.
 */
export async function unpackArchive(
  archive: string,
  workFolder: string,
  field: string,
): Promise<UnpackedArchive> {
  let zip: ZipFile;
  try {
    zip = await openZip(archive);
  } catch {
    throw archiveRefusal('notArchive', field);
  }
  try {
    const entries = await readEntries(zip).catch(() => {
      // yauzl itself refuses absolute and climbing names while decoding them.
      throw archiveRefusal('unsafeEntry', field);
    });
    const classified = entries.map((entry) => ({ entry, kind: classifyEntry(entry.fileName) }));
    if (classified.some((item) => item.kind === null)) throw archiveRefusal('unsafeEntry', field);
    const manifestEntry = classified.find((item) => item.kind?.kind === 'manifest')?.entry;
    const databaseEntry = classified.find((item) => item.kind?.kind === 'database')?.entry;
    if (!manifestEntry) throw archiveRefusal('noManifest', field);
    const manifestText = (await readSmallEntry(zip, manifestEntry)).toString('utf8');
    const manifest = parseManifest(manifestText);
    if (!manifest) throw archiveRefusal('noManifest', field);
    if (!databaseEntry) throw archiveRefusal('noDatabase', field);

    await mkdir(workFolder, { recursive: true });
    const databaseFile = path.join(workFolder, databaseEntryName);
    await pipeline(await entryStream(zip, databaseEntry), createWriteStream(databaseFile));

    const attachmentsStaging = path.join(workFolder, 'attachments');
    let attachments = 0;
    for (const { entry, kind } of classified) {
      if (kind?.kind !== 'attachment') continue;
      const target = path.join(attachmentsStaging, kind.hash.slice(0, 2), kind.hash);
      await mkdir(path.dirname(target), { recursive: true });
      const hash = createHash('sha256');
      const stream = await entryStream(zip, entry);
      stream.on('data', (chunk: Buffer) => hash.update(chunk));
      await pipeline(stream, createWriteStream(target));
      if (hash.digest('hex') !== kind.hash) throw archiveRefusal('badAttachment', field);
      attachments++;
    }
    return { manifest, databaseFile, attachmentsStaging, attachments };
  } finally {
    zip.close();
  }
}

function parseManifest(text: string): ArchiveManifest | null {
  try {
    const parsed = archiveManifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Moves staged attachments into the live attachments folder; files already there stay. */
export async function adoptAttachments(staging: string, attachmentsFolder: string): Promise<void> {
  const prefixes = await readdir(staging).catch(() => [] as string[]);
  for (const prefix of prefixes) {
    const names = await readdir(path.join(staging, prefix));
    await mkdir(path.join(attachmentsFolder, prefix), { recursive: true });
    for (const name of names) {
      const target = path.join(attachmentsFolder, prefix, name);
      const existing = await stat(target).catch(() => null);
      if (existing?.isFile()) continue;
      await rename(path.join(staging, prefix, name), target);
    }
  }
  await rm(staging, { recursive: true, force: true });
}

export function isZipFile(header: Buffer): boolean {
  return header.length >= 4 && header.readUInt32LE(0) === 0x04034b50;
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: true }, (error, zip) =>
      error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip),
    ),
  );
}

function readEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function entryStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(error) : resolve(stream))),
  );
}

async function readSmallEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  if (entry.uncompressedSize > 1024 * 1024) return Buffer.alloc(0);
  const parts: Buffer[] = [];
  for await (const part of await entryStream(zip, entry)) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

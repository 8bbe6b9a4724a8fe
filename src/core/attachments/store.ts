// Photos and files of visit notes, kept in the data folder under their SHA-256: the same file is
// stored once however often it is attached, and a file is never removed when a note is edited, so
// older versions of a note (and undo) can always open what they pointed at.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { CoreError } from '../../shared/errors';
import { fieldMessage } from '../../shared/validation';
import { maxAttachmentBytes, type AttachmentRef } from '../../shared/visit-notes';
import type { CoreContext } from '../context';
import { decodeStrictBase64, decodedBase64Size } from './base64';

export interface AttachmentUpload {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

/** The folder of attachments beside the database file. */
export function attachmentsFolder(ctx: Pick<CoreContext, 'dataFile'>): string {
  return path.join(path.dirname(ctx.dataFile), 'attachments');
}

/** Where the file of one hash lives: two-letter fan-out folders keep directories small. */
export function attachmentPath(ctx: Pick<CoreContext, 'dataFile'>, hash: string): string {
  return path.join(attachmentsFolder(ctx), hash.slice(0, 2), hash);
}

export async function addAttachment(ctx: CoreContext, upload: AttachmentUpload): Promise<AttachmentRef> {
  const content = upload.contentBase64;
  // Checked before decoding, so an oversized upload costs no second copy in memory.
  const size = decodedBase64Size(content);
  if (size > maxAttachmentBytes) {
    throw new CoreError({
      code: 'VALIDATION',
      message: `“${upload.fileName}” is larger than 50 MB.`,
      fields: { file: fieldMessage('validation.attachmentTooLarge') },
    });
  }
  const bytes = decodeStrictBase64(content);
  if (!bytes) {
    throw new CoreError({
      code: 'VALIDATION',
      message: `“${upload.fileName}” could not be read.`,
      fields: { file: fieldMessage('validation.attachmentUnreadable') },
    });
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  const target = attachmentPath(ctx, hash);
  if (!(await hasFile(target, bytes.length))) await writeAtomically(target, bytes);
  return { hash, fileName: upload.fileName, mediaType: upload.mediaType, size: bytes.length };
}

export async function readAttachment(ctx: CoreContext, hash: string): Promise<{ contentBase64: string }> {
  try {
    const bytes = await readFile(attachmentPath(ctx, hash));
    return { contentBase64: bytes.toString('base64') };
  } catch (error) {
    if (isMissing(error)) {
      throw new CoreError({
        code: 'NOT_FOUND',
        message: 'This file is not in the data folder (it may have been removed outside the app).',
      });
    }
    throw error;
  }
}

/** True when the referenced file is in the store, whole (a note may only point at such files). */
export async function attachmentExists(
  ctx: CoreContext,
  ref: Pick<AttachmentRef, 'hash' | 'size'>,
): Promise<boolean> {
  return hasFile(attachmentPath(ctx, ref.hash), ref.size);
}

async function hasFile(file: string, size?: number): Promise<boolean> {
  try {
    const info = await stat(file);
    return info.isFile() && (size === undefined || info.size === size);
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** A crash mid-write leaves a stray temp file, never a truncated file under a valid hash. */
async function writeAtomically(target: string, bytes: Buffer): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(bytes);
      // On disk before it gets its name: a power cut cannot leave an empty file under the hash.
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

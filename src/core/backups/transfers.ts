// Files too large for one procedure call move in chunks: an upload is written into a temporary
// file a piece at a time (then restored from), a download (the archive) read out the same way.
// Both hosts carry procedure calls only, so this works unchanged in Electron and browser mode.
// Temporary files live in `<data folder>/transfers` and are removed when used, discarded, or at
// the next start.
import { createReadStream } from 'node:fs';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { transferChunkBytes, type TransferOutput } from '../../shared/backups';
import { CoreError } from '../../shared/errors';
import { newId } from '../db/ids';

interface Transfer {
  id: string;
  fileName: string;
  sizeBytes: number;
  file: string;
  direction: 'upload' | 'download';
  written: number;
}

const transfers = new Map<string, Transfer>();

export function transfersFolder(dataFile: string): string {
  return path.join(path.dirname(dataFile), 'transfers');
}

/** Leftovers of a run that ended mid-transfer. */
export async function clearTransfers(dataFile: string): Promise<void> {
  await rm(transfersFolder(dataFile), { recursive: true, force: true });
}

export async function newTransferFile(dataFile: string, suffix: string): Promise<string> {
  const folder = transfersFolder(dataFile);
  await mkdir(folder, { recursive: true });
  return path.join(folder, `${newId()}${suffix}`);
}

export async function beginUpload(
  dataFile: string,
  fileName: string,
  sizeBytes: number,
): Promise<TransferOutput> {
  const file = await newTransferFile(dataFile, '.upload');
  const handle = await open(file, 'w');
  await handle.close();
  const id = newId();
  transfers.set(id, { id, fileName, sizeBytes, file, direction: 'upload', written: 0 });
  return { transferId: id, fileName, sizeBytes };
}

export async function writeChunk(
  transferId: string,
  offset: number,
  contentBase64: string,
): Promise<TransferOutput> {
  const transfer = transferOf(transferId, 'upload');
  if (offset !== transfer.written) {
    throw new CoreError({
      code: 'CONFLICT',
      message: `The upload of “${transfer.fileName}” lost its place (expected byte ${transfer.written}). Start it again.`,
    });
  }
  const bytes = Buffer.from(contentBase64, 'base64');
  if (transfer.written + bytes.length > transfer.sizeBytes) {
    throw new CoreError({ code: 'VALIDATION', message: `“${transfer.fileName}” is longer than announced.` });
  }
  const handle = await open(transfer.file, 'a');
  try {
    await handle.write(bytes);
  } finally {
    await handle.close();
  }
  transfer.written += bytes.length;
  return { transferId, fileName: transfer.fileName, sizeBytes: transfer.sizeBytes };
}

/** The uploaded file, once every byte has arrived. The transfer is forgotten; the caller removes it. */
export function takeUpload(transferId: string): { file: string; fileName: string } {
  const transfer = transferOf(transferId, 'upload');
  if (transfer.written !== transfer.sizeBytes) {
    throw new CoreError({
      code: 'CONFLICT',
      message: `The upload of “${transfer.fileName}” is incomplete (${transfer.written} of ${transfer.sizeBytes} bytes).`,
    });
  }
  transfers.delete(transferId);
  return { file: transfer.file, fileName: transfer.fileName };
}

export async function offerDownload(file: string, fileName: string): Promise<TransferOutput> {
  const { size } = await stat(file);
  const id = newId();
  transfers.set(id, { id, fileName, sizeBytes: size, file, direction: 'download', written: 0 });
  return { transferId: id, fileName, sizeBytes: size };
}

export async function readChunk(
  transferId: string,
  offset: number,
): Promise<{ contentBase64: string; done: boolean }> {
  const transfer = transferOf(transferId, 'download');
  const end = Math.min(offset + transferChunkBytes, transfer.sizeBytes);
  const parts: Buffer[] = [];
  if (end > offset) {
    for await (const part of createReadStream(transfer.file, { start: offset, end: end - 1 })) {
      parts.push(part as Buffer);
    }
  }
  const done = end >= transfer.sizeBytes;
  if (done) await discardTransfer(transferId);
  return { contentBase64: Buffer.concat(parts).toString('base64'), done };
}

export async function discardTransfer(transferId: string): Promise<void> {
  const transfer = transfers.get(transferId);
  if (!transfer) return;
  transfers.delete(transferId);
  await rm(transfer.file, { force: true });
}

function transferOf(transferId: string, direction: Transfer['direction']): Transfer {
  const transfer = transfers.get(transferId);
  if (!transfer || transfer.direction !== direction) {
    throw new CoreError({ code: 'NOT_FOUND', message: 'This file transfer has ended; start it again.' });
  }
  return transfer;
}

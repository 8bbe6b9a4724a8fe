// Moves files too large for one call between the page and the core in chunks (the core's
// "transfers" procedures): the same code in Electron and in the browser.
import { transferChunkBytes, type TransferOutput } from '../../../../shared/backups';
import { call } from '../../api/client';
import { downloadUrl } from '../../components/FileDownload/download-file';

/** Sends `file` to the core; answers the transfer id to restore from. */
export async function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<string> {
  const { transferId } = await call('transfers.beginUpload', { fileName: file.name, sizeBytes: file.size });
  try {
    for (let offset = 0; offset < file.size; offset += transferChunkBytes) {
      const bytes = new Uint8Array(await file.slice(offset, offset + transferChunkBytes).arrayBuffer());
      await call('transfers.writeChunk', { transferId, offset, contentBase64: base64Of(bytes) });
      onProgress(Math.min(1, (offset + bytes.length) / Math.max(1, file.size)));
    }
    return transferId;
  } catch (error) {
    void call('transfers.discard', { transferId }).catch(() => undefined);
    throw error;
  }
}

/** Fetches a file the core offers and hands it to the browser's (or Electron's) download. */
export async function downloadTransfer(
  transfer: TransferOutput,
  onProgress: (fraction: number) => void,
): Promise<void> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  try {
    for (;;) {
      const chunk = await call('transfers.readChunk', { transferId: transfer.transferId, offset });
      const bytes = bytesOf(chunk.contentBase64);
      parts.push(bytes);
      offset += bytes.length;
      onProgress(Math.min(1, offset / Math.max(1, transfer.sizeBytes)));
      if (chunk.done) break;
    }
  } catch (error) {
    void call('transfers.discard', { transferId: transfer.transferId }).catch(() => undefined);
    throw error;
  }
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/zip' }));
  downloadUrl(url, transfer.fileName);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary);
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

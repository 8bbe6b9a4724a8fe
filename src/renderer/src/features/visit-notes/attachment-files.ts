// Files picked for a visit note, before they reach the core: the size check that answers at once
// (no 50 MB upload only to hear "too large"), sizes as people read them, and reading a file as
// the base64 the core stores.
import { maxAttachmentBytes } from '../../../../shared/visit-notes';

export { maxAttachmentBytes };

export function isTooLarge(file: Pick<File, 'size'>): boolean {
  return file.size > maxAttachmentBytes;
}

/** "820 B", "14.2 KB", "63.5 MB" (1 MB = 1024 × 1024 bytes, as the limit is counted). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return `${number} ${units[unit]}`;
}

/** The base64 part of a data: URL as FileReader produces it ("data:<type>;base64,<content>"). */
export function base64OfDataUrl(dataUrl: string): string | null {
  const comma = dataUrl.indexOf(',');
  if (comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) return null;
  return dataUrl.slice(comma + 1);
}

/**
 * Reads a file as base64 with the browser's native encoder (fast for 50 MB). Rejects when the file
 * cannot be read: moved or deleted since it was picked, no permission, a folder.
 */
export function readFileAsBase64(file: Blob, onProgress?: (fraction: number) => void): Promise<string> {
  // Browsers answer a bare "data:" for an empty file.
  if (file.size === 0) return Promise.resolve('');
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.onabort = () => reject(new Error('aborted'));
    reader.onload = () => {
      const content = typeof reader.result === 'string' ? base64OfDataUrl(reader.result) : null;
      if (content === null) reject(new Error('unreadable'));
      else resolve(content);
    };
    reader.readAsDataURL(file);
  });
}

/** The bytes of stored base64 as a Blob the browser can show or save. */
export function blobOfBase64(contentBase64: string, mediaType: string): Blob {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mediaType || 'application/octet-stream' });
}

export function isImage(mediaType: string): boolean {
  return /^image\/(png|jpe?g|gif|webp|avif|bmp)$/i.test(mediaType);
}

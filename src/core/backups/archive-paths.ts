// Which entries of an archive may be unpacked, and where. An archive comes from outside (another
// computer, a download), so a name that climbs out of the target folder (`../`), is absolute
// (`/etc/x`, `C:\x`, `\\server\x`) or carries a NUL is refused, and of the safe names only the
// layout ChannelKeeper writes is used.

export type ArchiveEntry =
  | { kind: 'manifest' }
  | { kind: 'database' }
  | { kind: 'attachment'; hash: string }
  | { kind: 'folder' }
  | { kind: 'other' };

export const manifestEntryName = 'manifest.json';
export const databaseEntryName = 'database.sqlite3';
export const attachmentsEntryPrefix = 'attachments/';

/** The name's parts when it stays inside the folder it is unpacked into; null when it would not. */
export function safeEntryParts(name: string): string[] | null {
  if (name.length === 0 || name.length > 1024 || name.includes('\0')) return null;
  if (name.includes('\\')) return null;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return null;
  const parts = name.split('/');
  // A trailing slash marks a folder entry.
  if (parts.at(-1) === '') parts.pop();
  if (parts.length === 0) return null;
  if (parts.some((part) => part === '' || part === '.' || part === '..')) return null;
  return parts;
}

/** What an entry is, or null when its name is unsafe (the whole archive is then refused). */
export function classifyEntry(name: string): ArchiveEntry | null {
  const parts = safeEntryParts(name);
  if (!parts) return null;
  if (name.endsWith('/')) return { kind: 'folder' };
  if (name === manifestEntryName) return { kind: 'manifest' };
  if (name === databaseEntryName) return { kind: 'database' };
  const attachment = /^attachments\/([0-9a-f]{2})\/([0-9a-f]{64})$/.exec(name);
  if (attachment && attachment[2]!.startsWith(attachment[1]!))
    return { kind: 'attachment', hash: attachment[2]! };
  return { kind: 'other' };
}

export function attachmentEntryName(hash: string): string {
  return `${attachmentsEntryPrefix}${hash.slice(0, 2)}/${hash}`;
}

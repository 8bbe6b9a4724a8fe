// ck-attachment://<sha-256>: how the desktop page reads a stored attachment (a visit-note photo, an
// invoice) without the bytes going through IPC as base64. It serves files from the attachments
// folder only, and only under their content hash: a URL that is not exactly one lowercase SHA-256
// (traversal with .. or %2e%2e, absolute paths, other names) is refused before any file is touched,
// and a file that resolves outside the folder (a symlink planted inside it) is refused too.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Protocol } from 'electron';

export const ATTACHMENT_SCHEME = 'ck-attachment';

const HASH = /^[0-9a-f]{64}$/;

export type AttachmentLookup = { ok: true; hash: string } | { ok: false; status: 400 | 404; reason: string };

/**
 * The hash a ck-attachment URL names, or why it names none. Checked on the raw text as well as the
 * parsed URL, so nothing the URL parser normalises away (dot segments, percent-escapes, backslashes)
 * can slip through.
 */
export function attachmentHashOf(url: string): AttachmentLookup {
  const prefix = `${ATTACHMENT_SCHEME}://`;
  if (!url.toLowerCase().startsWith(prefix))
    return { ok: false, status: 400, reason: 'not a ck-attachment URL' };
  // A trailing slash is what Chromium adds to a standard scheme's bare host; nothing else may follow.
  const rest = url.slice(prefix.length).replace(/\/$/, '');
  if (!HASH.test(rest)) return { ok: false, status: 404, reason: 'not a content hash' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (
    parsed.hostname !== rest ||
    (parsed.pathname !== '' && parsed.pathname !== '/') ||
    parsed.search ||
    parsed.hash ||
    parsed.username ||
    parsed.password ||
    parsed.port
  ) {
    return { ok: false, status: 404, reason: 'not a content hash' };
  }
  return { ok: true, hash: rest };
}

/** Where the file of a hash is stored (the core's layout: two-letter fan-out folders). */
export function attachmentFilePath(folder: string, hash: string): string {
  return path.join(folder, hash.slice(0, 2), hash);
}

/** True when `child` is `parent` itself or lies inside it (compared as real, absolute paths). */
export function isInside(
  parent: string,
  child: string,
  platform: NodeJS.Platform = process.platform,
): boolean {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const fold = (value: string) => (platform === 'win32' ? value.toLowerCase() : value);
  const relative = paths.relative(fold(parent), fold(child));
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${paths.sep}`) && !paths.isAbsolute(relative))
  );
}

export interface AttachmentFileSystem {
  realpath(target: string): Promise<string>;
  stat(target: string): Promise<{ isFile(): boolean; size: number }>;
}

const nodeFileSystem: AttachmentFileSystem = { realpath, stat };

export type AttachmentResolution =
  { ok: true; file: string; size: number } | { ok: false; status: 400 | 403 | 404; reason: string };

/** Resolves a ck-attachment URL to a real file inside `folder`, or says why it is refused. */
export async function resolveAttachmentUrl(
  folder: string,
  url: string,
  fs: AttachmentFileSystem = nodeFileSystem,
): Promise<AttachmentResolution> {
  const lookup = attachmentHashOf(url);
  if (!lookup.ok) return lookup;
  let realFolder: string;
  let realFile: string;
  try {
    realFolder = await fs.realpath(folder);
    realFile = await fs.realpath(attachmentFilePath(folder, lookup.hash));
  } catch {
    return { ok: false, status: 404, reason: 'no such attachment' };
  }
  // A symlink inside the folder must not lead the page to a file elsewhere on the computer.
  if (!isInside(realFolder, realFile))
    return { ok: false, status: 403, reason: 'outside the attachments folder' };
  try {
    const info = await fs.stat(realFile);
    if (!info.isFile()) return { ok: false, status: 404, reason: 'not a file' };
    return { ok: true, file: realFile, size: info.size };
  } catch {
    return { ok: false, status: 404, reason: 'no such attachment' };
  }
}

/** Headers that keep a served file inert: never sniffed into HTML or script, never a document. */
export const ATTACHMENT_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/octet-stream',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cache-Control': 'private, max-age=31536000, immutable',
};

/** Privileges for protocol.registerSchemesAsPrivileged (before app ready): fetch() and streaming. */
export const ATTACHMENT_SCHEME_PRIVILEGES = {
  scheme: ATTACHMENT_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
} as const;

/** Answers ck-attachment requests of the session from `folder`; `fetchFile` is Electron's net.fetch. */
export function handleAttachmentProtocol(
  protocol: Pick<Protocol, 'handle'>,
  folder: string,
  fetchFile: (url: string) => Promise<Response>,
): void {
  protocol.handle(ATTACHMENT_SCHEME, async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 });
    const resolved = await resolveAttachmentUrl(folder, request.url);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    const file = await fetchFile(pathToFileURL(resolved.file).href);
    return new Response(file.body, {
      status: 200,
      headers: { ...ATTACHMENT_HEADERS, 'Content-Length': String(resolved.size) },
    });
  });
}

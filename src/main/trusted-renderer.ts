// Which page is "our renderer": the built index.html over file://, or the dev server in
// development. IPC, permissions and the CSP all ask this one question.
import { pathToFileURL } from 'node:url';

export interface RendererLocation {
  /** file:// URL of out/renderer/index.html. */
  readonly fileUrl: string;
  /** The electron-vite dev server, only when not packaged; null otherwise. */
  readonly devServerUrl: string | null;
}

export function rendererLocation(rendererHtml: string, devServerUrl: string | null): RendererLocation {
  return { fileUrl: pathToFileURL(rendererHtml).href, devServerUrl };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Path of a file: URL, normalised so encodings and, on Windows, letter case compare equal. */
function filePath(url: URL, platform: NodeJS.Platform): string {
  const path = decodeURIComponent(url.pathname);
  return platform === 'win32' ? path.toLowerCase() : path;
}

export function isTrustedRendererUrl(
  url: string,
  location: RendererLocation,
  platform: NodeJS.Platform = process.platform,
): boolean {
  const actual = parse(url);
  if (!actual) return false;
  if (location.devServerUrl) {
    const dev = parse(location.devServerUrl);
    if (dev && actual.origin === dev.origin) return true;
  }
  const expected = new URL(location.fileUrl);
  // Hash and query are the renderer's own routing state; the document is what must match.
  return (
    actual.protocol === 'file:' &&
    actual.host === expected.host &&
    filePath(actual, platform) === filePath(expected, platform)
  );
}

/** The part of Electron's WebFrameMain the check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** Only the top frame of our own page may call the core; a sub-frame or a navigated page may not. */
export function isTrustedFrame(frame: FrameLike | null | undefined, location: RendererLocation): boolean {
  return !!frame && frame.parent === null && isTrustedRendererUrl(frame.url, location);
}

// The links the app may hand to the operating system: web pages over https, e-mail, phone and
// WhatsApp. Everything else (file:, http:, javascript:, custom schemes) stays closed.
import { shell } from 'electron';

const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:', 'tel:', 'whatsapp:']);

/** True for https:, mailto:, tel: and WhatsApp links (https://wa.me/… is covered by https:). */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false;
  // https://user:pass@host is a classic way to disguise where a link really goes.
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:' && !parsed.hostname) return false;
  return true;
}

/** Opens an allowed link in the user's default app; returns whether it was opened. */
export function openExternalIfAllowed(url: string): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  shell.openExternal(url).catch((error: unknown) => {
    console.error(`Could not open ${url}: ${error instanceof Error ? error.message : String(error)}`);
  });
  return true;
}

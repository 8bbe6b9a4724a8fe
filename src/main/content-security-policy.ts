// The Content-Security-Policy sent with every response the renderer loads. The renderer's
// index.html carries the same policy in a meta tag, because file:// pages get no HTTP headers.
import type { Session } from 'electron';

/**
 * Scripts only from the app itself; no eval, no inline script, no plugins, no frames, no forms.
 * Mantine injects <style> elements at run time, hence style-src 'unsafe-inline' (styles cannot run
 * code; Electronegativity reports it as a LOW finding). ck-attachment: is the app's own protocol for
 * stored attachments (attachment-protocol.ts), read by hash only.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: ck-attachment:; font-src 'self' data:; connect-src 'self' ck-attachment:; worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";

/** In development the page also talks to the dev server's hot-reload socket. */
export function contentSecurityPolicy(devServerUrl: string | null): string {
  if (!devServerUrl) return CONTENT_SECURITY_POLICY;
  const dev = new URL(devServerUrl);
  const socket = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
  return CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ${dev.origin} ${socket}`);
}

export function installContentSecurityPolicy(session: Session, devServerUrl: string | null): void {
  const policy = contentSecurityPolicy(devServerUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
}

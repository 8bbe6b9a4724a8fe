// The Content-Security-Policy as the page gets it: the same policy in the HTTP header Electron adds
// and in index.html's meta tag (file:// pages get no headers), nothing that runs code from outside
// the app, and the attachment protocol allowed only where attachments are read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { CONTENT_SECURITY_POLICY, contentSecurityPolicy, installContentSecurityPolicy } =
  await import('../../../src/main/content-security-policy');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name!, values];
      }),
  );
}

const policy = directives(CONTENT_SECURITY_POLICY);

describe('the Content-Security-Policy', () => {
  it('is the one index.html carries in its meta tag', () => {
    const html = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'src', 'renderer', 'index.html'),
      'utf8',
    );
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('runs scripts from the app only: no inline script, no eval, no remote code, no plugins or frames', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    for (const [name, values] of policy) {
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(values, name).not.toContain('*');
      expect(
        values.filter((value) => /^(https?|wss?):/.test(value)),
        name,
      ).toEqual([]);
    }
    // Mantine's run-time <style> elements are the one inline allowance, and only for styles.
    expect(
      [...policy].filter(([, values]) => values.includes("'unsafe-inline'")).map(([name]) => name),
    ).toEqual(['style-src']);
  });

  it('allows stored attachments (ck-attachment:) for images and fetch only', () => {
    const withAttachments = [...policy]
      .filter(([, values]) => values.includes('ck-attachment:'))
      .map(([name]) => name)
      .sort();
    expect(withAttachments).toEqual(['connect-src', 'img-src']);
  });

  it('adds the dev server and its hot-reload socket only in development', () => {
    expect(contentSecurityPolicy(null)).toBe(CONTENT_SECURITY_POLICY);
    const dev = directives(contentSecurityPolicy('https://localhost:5173/'));
    expect(dev.get('connect-src')).toEqual([
      "'self'",
      'https://localhost:5173',
      'wss://localhost:5173',
      'ck-attachment:',
    ]);
    expect(dev.get('script-src')).toEqual(["'self'"]);
  });

  it('is set on every response the session loads, replacing what a response brought', () => {
    type Listener = (
      details: { responseHeaders?: Record<string, string[]> },
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    let listener: Listener | null = null;
    const session = { webRequest: { onHeadersReceived: (fn: Listener) => (listener = fn) } };
    installContentSecurityPolicy(session as never, null);
    const callback = vi.fn();
    listener!(
      { responseHeaders: { 'Content-Security-Policy': ['default-src *'], 'X-Other': ['kept'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], 'X-Other': ['kept'] },
    });
  });
});

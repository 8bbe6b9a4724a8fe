// ck-attachment:// serves a stored attachment by its hash and nothing else: every way of naming a
// file outside the attachments folder (dot segments, percent-escapes, absolute paths, backslashes,
// symlinks planted in the folder, names that are not a hash) is refused, against a real folder.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { ATTACHMENT_HEADERS, attachmentHashOf, handleAttachmentProtocol, isInside, resolveAttachmentUrl } =
  await import('../../../src/main/attachment-protocol');

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

let root: string;
let folder: string;
const stored = sha('a photo');
const linkedOut = sha('a link that leads out');
const linkedIn = sha('a link to another attachment');
const directoryHash = sha('a folder named like a hash');

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'ck-attachments-')));
  folder = join(root, 'data', 'attachments');
  const put = (hash: string) => {
    mkdirSync(join(folder, hash.slice(0, 2)), { recursive: true });
    return join(folder, hash.slice(0, 2), hash);
  };
  writeFileSync(put(stored), 'photo bytes');
  // Secrets beside the data folder, which a traversal would aim at.
  writeFileSync(join(root, 'data', 'channelkeeper.sqlite3'), 'database');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  symlinkSync(join(root, 'secret.txt'), put(linkedOut));
  symlinkSync(put(stored), put(linkedIn));
  mkdirSync(put(directoryHash));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('attachmentHashOf', () => {
  it('reads the hash of ck-attachment://<hash>, with the slash Chromium adds', () => {
    expect(attachmentHashOf(`ck-attachment://${stored}`)).toEqual({ ok: true, hash: stored });
    expect(attachmentHashOf(`ck-attachment://${stored}/`)).toEqual({ ok: true, hash: stored });
  });

  it.each([
    ['dot segments', 'ck-attachment://../../secret.txt'],
    ['dot segments after a hash', `ck-attachment://${stored}/../../secret.txt`],
    ['percent-encoded dots', 'ck-attachment://%2e%2e/%2e%2e/secret.txt'],
    ['percent-encoded slashes', `ck-attachment://${stored.slice(0, 2)}%2f${stored}`],
    ['double-encoded dots', 'ck-attachment://%252e%252e/secret.txt'],
    ['an absolute path', 'ck-attachment:///etc/passwd'],
    ['a Windows path', 'ck-attachment://C:\\Windows\\win.ini'],
    ['backslash traversal', 'ck-attachment://..\\..\\secret.txt'],
    ['the database by name', 'ck-attachment://channelkeeper.sqlite3'],
    ['a fan-out folder and hash', `ck-attachment://${stored.slice(0, 2)}/${stored}`],
    ['a short hash', `ck-attachment://${stored.slice(0, 63)}`],
    ['a long hash', `ck-attachment://${stored}0`],
    ['upper-case hex', `ck-attachment://${stored.toUpperCase()}`],
    ['a query', `ck-attachment://${stored}?file=../secret.txt`],
    ['a fragment', `ck-attachment://${stored}#x`],
    ['credentials', `ck-attachment://user@${stored}`],
    ['a port', `ck-attachment://${stored}:80`],
    ['a NUL byte', `ck-attachment://${stored}%00`],
    ['another scheme', `file:///${stored}`],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(attachmentHashOf(url).ok).toBe(false);
  });

  it('accepts nothing but ck-attachment:// and 64 lowercase hex digits (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (tail) => {
        const lookup = attachmentHashOf(`ck-attachment://${tail}`);
        if (lookup.ok) expect(lookup.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(lookup.ok).toBe(/^[0-9a-f]{64}\/?$/.test(tail));
      }),
    );
  });
});

describe('resolveAttachmentUrl', () => {
  it('serves a stored file from the folder', async () => {
    await expect(resolveAttachmentUrl(folder, `ck-attachment://${stored}/`)).resolves.toEqual({
      ok: true,
      file: join(folder, stored.slice(0, 2), stored),
      size: 'photo bytes'.length,
    });
  });

  it('refuses a symlink in the folder that leads outside it', async () => {
    await expect(resolveAttachmentUrl(folder, `ck-attachment://${linkedOut}`)).resolves.toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it('follows a symlink that stays inside the folder', async () => {
    await expect(resolveAttachmentUrl(folder, `ck-attachment://${linkedIn}`)).resolves.toMatchObject({
      ok: true,
      file: join(folder, stored.slice(0, 2), stored),
    });
  });

  it('answers 404 for a hash that is not stored, or names a folder', async () => {
    await expect(resolveAttachmentUrl(folder, `ck-attachment://${sha('missing')}`)).resolves.toMatchObject({
      ok: false,
      status: 404,
    });
    await expect(resolveAttachmentUrl(folder, `ck-attachment://${directoryHash}`)).resolves.toMatchObject({
      ok: false,
      status: 404,
    });
  });

  it('answers 404 when there is no attachments folder yet', async () => {
    await expect(
      resolveAttachmentUrl(join(root, 'elsewhere'), `ck-attachment://${stored}`),
    ).resolves.toMatchObject({ ok: false, status: 404 });
  });

  it('never touches the disk for a refused URL', async () => {
    const fs = { realpath: vi.fn(), stat: vi.fn() };
    await expect(resolveAttachmentUrl(folder, 'ck-attachment://../../secret.txt', fs)).resolves.toMatchObject(
      {
        ok: false,
      },
    );
    expect(fs.realpath).not.toHaveBeenCalled();
    expect(fs.stat).not.toHaveBeenCalled();
  });
});

describe('isInside', () => {
  it('compares whole path segments', () => {
    expect(isInside('/data/attachments', '/data/attachments/ab/abc')).toBe(true);
    expect(isInside('/data/attachments', '/data/attachments-old/ab/abc')).toBe(false);
    expect(isInside('/data/attachments', '/data/secret.txt')).toBe(false);
    expect(isInside('/data/attachments', '/data/attachments/..abc')).toBe(true);
    expect(isInside('C:\\Data\\attachments', 'c:\\data\\attachments\\ab\\abc', 'win32')).toBe(true);
    expect(isInside('C:\\Data\\attachments', 'D:\\data\\attachments\\ab', 'win32')).toBe(false);
  });
});

describe('handleAttachmentProtocol', () => {
  type Handler = (request: Request) => Promise<Response>;
  function register() {
    let handler: Handler | null = null;
    const fetchFile = vi.fn((url: string) => Promise.resolve(new Response(`bytes of ${url}`)));
    handleAttachmentProtocol(
      {
        handle: (scheme: string, fn: Handler) => {
          expect(scheme).toBe('ck-attachment');
          handler = fn;
        },
      } as never,
      folder,
      fetchFile,
    );
    return { handler: handler!, fetchFile };
  }

  it('answers a stored hash with inert headers, and refuses the rest without reading', async () => {
    const { handler, fetchFile } = register();
    const ok = await handler(new Request(`ck-attachment://${stored}/`));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe(ATTACHMENT_HEADERS['Content-Type']);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await ok.text()).toContain(`${stored.slice(0, 2)}/${stored}`);

    fetchFile.mockClear();
    expect((await handler(new Request(`ck-attachment://${linkedOut}/`))).status).toBe(403);
    expect((await handler(new Request(`ck-attachment://${sha('missing')}/`))).status).toBe(404);
    expect(
      (await handler(new Request(`ck-attachment://${stored}/`, { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
    expect(fetchFile).not.toHaveBeenCalled();
  });
});

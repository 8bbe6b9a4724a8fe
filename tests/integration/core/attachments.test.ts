import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxAttachmentBytes } from '../../../src/shared/visit-notes';
import { createWebServer } from '../../../src/web/web-server';
import { makeTempDir, openTempCore, type TempCore } from './temp-core';

const photo = Buffer.from('\x89PNG\r\n\x1a\n pretend this is a shop-front photo', 'binary');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('attachments kept by content hash in the data folder', () => {
  let t: TempCore;
  beforeEach(async () => {
    t = await openTempCore();
  });
  afterEach(async () => {
    await t.dispose();
  });

  const storedFile = (hash: string) => path.join(t.dataDir, 'attachments', hash.slice(0, 2), hash);

  it('stores a file once under its SHA-256 and reads it back byte for byte', async () => {
    const ref = await t.ok('attachments.add', {
      fileName: 'shop-front.png',
      mediaType: 'image/png',
      contentBase64: photo.toString('base64'),
    });
    expect(ref).toEqual({
      hash: sha256(photo),
      fileName: 'shop-front.png',
      mediaType: 'image/png',
      size: photo.length,
    });
    expect(await readFile(storedFile(ref.hash))).toEqual(photo);
    const read = await t.ok('attachments.read', { hash: ref.hash });
    expect(Buffer.from(read.contentBase64, 'base64')).toEqual(photo);

    // The same bytes under another name: same hash, still one file, no temp files left behind.
    const again = await t.ok('attachments.add', {
      fileName: 'copy.png',
      mediaType: 'image/png',
      contentBase64: photo.toString('base64'),
    });
    expect(again.hash).toBe(ref.hash);
    expect(await readdir(path.dirname(storedFile(ref.hash)))).toEqual([ref.hash]);
  });

  it('rewrites a truncated stored copy when the file is uploaded again', async () => {
    const upload = { fileName: 'price-list.pdf', mediaType: 'application/pdf', contentBase64: '' };
    upload.contentBase64 = Buffer.from('%PDF-1.7 price list 2026').toString('base64');
    const ref = await t.ok('attachments.add', upload);
    await writeFile(storedFile(ref.hash), 'trunc');
    await t.ok('attachments.add', upload);
    expect((await readFile(storedFile(ref.hash))).toString()).toBe('%PDF-1.7 price list 2026');
  });

  it('refuses a file over 50 MB at the file field and stores nothing', async () => {
    const tooLarge = Buffer.alloc(maxAttachmentBytes + 1, 7).toString('base64');
    const error = await t.fails('attachments.add', { fileName: 'video.mp4', contentBase64: tooLarge });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.file).toMatchObject({
      key: 'validation.attachmentTooLarge',
      message: 'This file is larger than 50 MB.',
    });
    expect(error.message).toContain('video.mp4');
    await expect(readdir(path.join(t.dataDir, 'attachments'))).rejects.toThrow();
  });

  it('accepts a file of exactly 50 MB', async () => {
    const bytes = Buffer.alloc(maxAttachmentBytes, 1);
    const ref = await t.ok('attachments.add', {
      fileName: 'big.bin',
      contentBase64: bytes.toString('base64'),
    });
    expect(ref.size).toBe(maxAttachmentBytes);
    expect(ref.mediaType).toBe('application/octet-stream');
  });

  it('refuses content that is not base64 as unreadable, whatever was wrong with it', async () => {
    const valid = photo.toString('base64');
    for (const contentBase64 of [
      'not base64 at all!',
      `data:image/png;base64,${valid}`,
      valid.slice(0, -1),
      `${valid.slice(0, 8)}\n${valid.slice(8)}`,
      valid.replace(/\+/g, '-').replace(/\//g, '_') + '-_',
    ]) {
      const error = await t.fails('attachments.add', { fileName: 'x.png', contentBase64 });
      expect(error.fields?.file?.key, contentBase64.slice(0, 30)).toBe('validation.attachmentUnreadable');
    }
    await expect(readdir(path.join(t.dataDir, 'attachments'))).rejects.toThrow();
  });

  it('answers NOT_FOUND for a hash that is not stored, and VALIDATION for one that is not a hash', async () => {
    expect((await t.fails('attachments.read', { hash: 'a'.repeat(64) })).code).toBe('NOT_FOUND');
    const ref = await t.ok('attachments.add', { fileName: 'a.txt', contentBase64: 'aGVsbG8=' });
    await rm(storedFile(ref.hash));
    expect((await t.fails('attachments.read', { hash: ref.hash })).code).toBe('NOT_FOUND');
    expect((await t.fails('attachments.read', { hash: '../../channelkeeper.sqlite3' })).code).toBe(
      'VALIDATION',
    );
  });
});

describe('attachments through the browser-mode host', () => {
  let t: TempCore;
  let app: FastifyInstance;
  let rendererDir: string;
  beforeEach(async () => {
    t = await openTempCore();
    rendererDir = await makeTempDir('ck-renderer-');
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html>');
    app = await createWebServer({ core: t.core, token: 'attachment-token-0123456789', rendererDir });
  });
  afterEach(async () => {
    await app.close();
    await t.dispose();
    await rm(rendererDir, { recursive: true, force: true });
  });

  const upload = (bytes: number) =>
    app.inject({
      method: 'POST',
      url: '/rpc/attachments.add',
      headers: {
        host: '127.0.0.1:4000',
        'content-type': 'application/json',
        authorization: 'Bearer attachment-token-0123456789',
      },
      payload: JSON.stringify({
        fileName: 'catalogue.pdf',
        mediaType: 'application/pdf',
        contentBase64: Buffer.alloc(bytes, 3).toString('base64'),
      }),
    });

  it('admits a 50 MB file as base64 JSON (about 70 MB) over /rpc', async () => {
    const response = await upload(maxAttachmentBytes);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, value: { size: maxAttachmentBytes } });
  });

  it('lets a file just over 50 MB reach the core, which names the problem at the file field', async () => {
    const response = await upload(maxAttachmentBytes + 1024 * 1024);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { file: { key: 'validation.attachmentTooLarge' } } },
    });
  });
});

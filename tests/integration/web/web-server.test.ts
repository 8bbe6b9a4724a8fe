import { mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWebServer } from '../../../src/web/web-server';
import { makeTempDir, openTempCore, type TempCore } from '../core/temp-core';

const token = 'test-token-0123456789abcdef';
const host = '127.0.0.1:4000';

describe('browser-mode host', () => {
  let t: TempCore;
  let app: FastifyInstance;
  let rendererDir: string;

  beforeEach(async () => {
    t = await openTempCore();
    rendererDir = await makeTempDir('ck-renderer-');
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>ChannelKeeper</title>');
    app = await createWebServer({ core: t.core, token, rendererDir });
  });
  afterEach(async () => {
    await app.close();
    await t.dispose();
    await rm(rendererDir, { recursive: true, force: true });
  });

  const rpc = (name: string, body: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: `/rpc/${name}`,
      headers: { host, 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('serves the renderer with a strict content security policy', async () => {
    const response = await app.inject({ method: 'GET', url: '/', headers: { host } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>ChannelKeeper</title>');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers procedures for the right token', async () => {
    const response = await rpc('partners.create', {
      partner: { name: 'Huasheng Trading', type: 'agent', country: 'CN' },
    });
    expect(response.statusCode).toBe(200);
    const list = await rpc('partners.list', {});
    expect(list.json()).toMatchObject({
      ok: true,
      value: { total: 1, rows: [{ name: 'Huasheng Trading' }] },
    });
  });

  it('answers 401 without the token or with a wrong one, and writes nothing', async () => {
    const partner = { partner: { name: 'Intruder', type: 'agent', country: 'CN' } };
    for (const authorization of ['', 'Bearer wrong', `Basic ${token}`]) {
      const response = await rpc('partners.create', partner, { authorization });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect((await t.ok('partners.list', {})).total).toBe(0);
  });

  it('refuses a Host header that is not localhost (DNS rebinding)', async () => {
    const response = await rpc('partners.list', {}, { host: 'evil.example:4000' });
    expect(response.statusCode).toBe(403);
    const page = await app.inject({ method: 'GET', url: '/', headers: { host: 'attacker.test' } });
    expect(page.statusCode).toBe(403);
    expect((await rpc('partners.list', {}, { host: 'localhost:4000' })).statusCode).toBe(200);
  });

  it('answers VALIDATION with field messages for a malformed payload', async () => {
    const invalid = await rpc('partners.create', {
      partner: { name: '', type: 'x', country: 'MY', email: 'a@' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields).toHaveProperty(['partner.email']);
    const notJson = await rpc('partners.list', '{"limit": ');
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await rpc('partners.nope', {})).statusCode).toBe(404);
  });

  it('streams change events to the browser as server-sent events', async () => {
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const port = new URL(address).port;
    const firstEvent = new Promise<string>((resolve, reject) => {
      const request = http.get(`http://127.0.0.1:${port}/events?token=${token}`, (response) => {
        expect(response.headers['content-type']).toContain('text/event-stream');
        let buffer = '';
        response.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          const data = /data: (.*)\n\n/.exec(buffer);
          if (data) {
            resolve(data[1]!);
            request.destroy();
          }
        });
      });
      request.on('error', reject);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await t.ok('owners.create', { name: 'Lim Wei Jie' });
    expect(JSON.parse(await firstEvent)).toMatchObject({ tables: ['owners'] });
  });

  it('stops while a page still holds its event stream open (Ctrl+C with a tab open)', async () => {
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const ended = new Promise<void>((resolve, reject) => {
      const request = http.get(`${address}/events?token=${token}`, (response) => {
        response.on('data', () => undefined);
        response.on('end', () => resolve());
      });
      request.on('error', reject);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Before the fix this never resolved: the server waited for the tab to go away.
    await app.close();
    await ended;
  });

  it('refuses the event stream without the token', async () => {
    const response = await app.inject({ method: 'GET', url: '/events', headers: { host } });
    expect(response.statusCode).toBe(401);
  });
});

describe('browser-mode host when the database could not be opened', () => {
  it('still serves the page and answers every call with the startup problem', async () => {
    const rendererDir = await makeTempDir('ck-renderer-');
    await mkdir(rendererDir, { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html>');
    const message = 'The database file /x/channelkeeper.sqlite3 is in use by another ChannelKeeper window.';
    const app = await createWebServer({ core: { startupProblem: message }, token, rendererDir });
    expect((await app.inject({ method: 'GET', url: '/', headers: { host } })).statusCode).toBe(200);
    const response = await app.inject({
      method: 'POST',
      url: '/rpc/app.status',
      headers: { host, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message } });
    await app.close();
    await rm(rendererDir, { recursive: true, force: true });
  });
});

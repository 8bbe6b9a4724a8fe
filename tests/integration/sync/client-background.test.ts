// The background loop with short timings: a visit note with a photo written on one computer shows
// up on the other without anyone pressing sync, the photo included (uploaded once by hash, then
// downloaded into the other computer's attachment store).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  joinByInvite,
  openClient,
  openLiveServer,
  partnerInput,
  type Client,
  type LiveServer,
} from './client-harness';

const fastTiming = {
  background: true,
  debounceMs: 100,
  intervalMs: 500,
  backoffMs: 100,
  maxBackoffMs: 400,
  requestTimeoutMs: 5_000,
};

describe.each(['sqlite', 'postgres'] as const)('background sync (%s)', (kind) => {
  let server: LiveServer;
  let a: Client;
  let b: Client;

  beforeEach(async () => {
    server = await openLiveServer(kind);
    a = await openClient(fastTiming);
    b = await openClient(fastTiming);
    await joinByInvite(a, server, await server.invite());
    await joinByInvite(b, server, await server.invite());
  });
  afterEach(async () => {
    await a.dispose();
    await b.dispose();
    await server.close();
  });

  it('carries a write and its attachment to the other computer on its own, also after being offline', async () => {
    const { id: partnerId } = await a.ok('partners.create', partnerInput('Cahaya Elektrik', 'North'));
    const photo = Buffer.from('a photo of the shop front, pretending to be a JPEG');
    const ref = await a.ok('attachments.add', {
      fileName: 'shopfront.jpg',
      mediaType: 'image/jpeg',
      contentBase64: photo.toString('base64'),
    });
    await a.ok('visitNotes.create', {
      partnerId,
      date: '2026-03-02',
      notes: 'Showroom repainted',
      attachments: [ref],
    });

    await vi.waitFor(
      async () => {
        const notes = await b.ok('visitNotes.listForPartner', { partnerId });
        expect(notes.map((note) => note.notes)).toEqual(['Showroom repainted']);
      },
      { timeout: 10_000, interval: 100 },
    );
    const copy = await b.ok('attachments.read', { hash: ref.hash });
    expect(Buffer.from(copy.contentBase64, 'base64')).toEqual(photo);

    // Offline for a while: the change waits, then goes out by itself once the link is back.
    server.link.down();
    await b.ok('partners.update', {
      id: partnerId,
      partner: { name: 'Cahaya Elektrik Sdn Bhd', type: 'dealer', country: 'MY', region: 'North' },
    });
    await vi.waitFor(async () => expect((await b.ok('sync.status', {})).state).toBe('offline'), {
      timeout: 10_000,
      interval: 50,
    });
    expect((await b.ok('sync.status', {})).waiting).toBeGreaterThan(0);
    server.link.up();
    await vi.waitFor(
      async () =>
        expect((await a.ok('partners.get', { id: partnerId })).name).toBe('Cahaya Elektrik Sdn Bhd'),
      { timeout: 10_000, interval: 100 },
    );
    await vi.waitFor(
      async () => expect(await b.ok('sync.status', {})).toMatchObject({ state: 'synced', waiting: 0 }),
      { timeout: 10_000, interval: 100 },
    );
  }, 60_000);
});

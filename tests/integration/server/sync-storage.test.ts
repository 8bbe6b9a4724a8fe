// Bytes the server stores per change message, for a realistic mix: partners and contacts created
// with a dozen fields, then single-field edits, one user action per batch, pushed 200 batches at a
// time. Measured on PostgreSQL (table + index sizes of the log and its scope tables) and printed;
// the assertion guards against a regression, the figure goes to the benchmark notes. Measured
// ~300 bytes: a one-change batch pushed alone still costs its ids and stamp (which do not
// compress) and a log row; pushes of many batches (an upload, the benchmark) cost far less.
// The log names partners and authors by integer keys and row_scopes stores 16-byte row keys:
// the guard also checks that row_scopes stays near its 52-byte rows plus their index entries.
import { sql } from 'kysely';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncBatch } from '../../../src/shared/sync-protocol';
import {
  openSyncServer,
  type FixtureUser,
  type FixtureWorkspace,
  type SyncServerFixture,
} from '../../support/sync-server-fixture';
import { batch, create, push, set, stamp } from './sync-batches';

describe('sync storage per message (postgres)', () => {
  let server: SyncServerFixture;
  let workspace: FixtureWorkspace;
  let admin: FixtureUser;

  beforeAll(async () => {
    server = await openSyncServer('postgres');
    workspace = await server.addWorkspace();
    admin = await server.addUser(workspace, { role: 'admin' });
  });
  afterAll(() => server.close());

  it('stores a realistic mix compactly', async () => {
    const now = Date.now() - 3_600_000;
    let counter = 0;
    const next = () => stamp(now + Math.floor(counter / 100), counter++ % 100, '01JQ7Z8X9Y0ABCDEFGHJKMNPQR');
    const partners = Array.from({ length: 400 }, () => ulid());
    const contacts = Array.from({ length: 1200 }, () => ulid());
    const regions = ['North', 'East', 'West', 'South'];
    const batches: SyncBatch[] = [
      ...partners.map((p, i) =>
        batch(
          [
            create('partners', p, {
              name: `Partner ${i}`,
              legalName: `PT Partner ${i}`,
              type: 'reseller',
              status: 'active',
              region: regions[i % 4],
              country: 'ID',
              city: 'Jakarta',
              address: `Jl. Sudirman ${i}`,
              phone: `+62 21 555 ${i}`,
              email: `sales${i}@partner.co.id`,
              website: '',
              ownerId: admin.ownerId,
            }),
          ],
          next(),
          { label: `Add partner Partner ${i}`, actor: admin.ownerId },
        ),
      ),
      ...contacts.map((c, i) =>
        batch(
          [
            create('contacts', c, {
              partnerId: partners[i % partners.length],
              name: `Contact ${i}`,
              role: 'Purchasing',
              email: `c${i}@partner.co.id`,
              phone: `+62 812 ${i}`,
              birthday: null,
              notes: '',
              preferredChannel: 'whatsapp',
              language: 'id',
              isPrimary: i % 3 === 0,
              tags: '[]',
              deletedAt: null,
            }),
          ],
          next(),
          { label: `Add contact Contact ${i}`, actor: admin.ownerId },
        ),
      ),
    ];
    const edits = 8400;
    const fields = ['phone', 'city', 'status', 'notes', 'email'];
    for (let k = 0; k < edits; k++) {
      const onPartner = k % 2 === 0;
      const rowId = onPartner ? partners[k % partners.length]! : contacts[k % contacts.length]!;
      batches.push(
        batch(
          [set(onPartner ? 'partners' : 'contacts', rowId, fields[k % fields.length]!, `value ${k}`)],
          next(),
          {
            label: onPartner ? 'Edit partner' : 'Edit contact',
            actor: admin.ownerId,
          },
        ),
      );
    }
    for (let start = 0; start < batches.length; start += 200) {
      const response = await push(
        server.app,
        admin.headers,
        workspace.publicId,
        batches.slice(start, start + 200),
      );
      expect(response.statusCode, response.body).toBe(200);
    }
    const messages = batches.reduce((n, b) => n + b.changes.length, 0);
    await sql`vacuum analyze`.execute(server.store.db);
    const size = await sql<{
      bytes: number;
    }>`select (pg_total_relation_size('sync_log') + pg_total_relation_size('replica_marks') + pg_total_relation_size('row_scopes') + pg_total_relation_size('partner_scopes'))::int as bytes`.execute(
      server.store.db,
    );
    const heap = await sql<{ bytes: number }>`select pg_relation_size('sync_log')::int as bytes`.execute(
      server.store.db,
    );
    const perMessage = size.rows[0]!.bytes / messages;
    const parts = await sql<{
      name: string;
      bytes: number;
    }>`select relname as name, pg_relation_size(oid)::int as bytes from pg_class where relname in ('sync_log', 'sync_log_order', 'replica_marks', 'row_scopes', 'row_scopes_row', 'partner_scopes', 'partner_scopes_pkey', 'partner_scopes_partner', 'partner_scopes_region') order by relname`.execute(
      server.store.db,
    );
    console.log(parts.rows.map((part) => `${part.name} ${Math.round(part.bytes / messages)}`).join(', '));
    console.log(
      `${messages} messages: ${Math.round(perMessage)} bytes per message in all (log heap alone ${Math.round(heap.rows[0]!.bytes / messages)})`,
    );
    expect(perMessage).toBeLessThan(340);
    // 1,200 contacts created: one row_scopes entry each, heap and index.
    const rowScopes = await sql<{
      bytes: number;
      rows: number;
    }>`select pg_total_relation_size('row_scopes')::int as bytes, (select count(*) from row_scopes)::int as rows`.execute(
      server.store.db,
    );
    expect(rowScopes.rows[0]!.rows).toBe(1200);
    expect(rowScopes.rows[0]!.bytes / 1200).toBeLessThan(140);
  });
});

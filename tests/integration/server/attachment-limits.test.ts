// An attachment over the upload limit is refused with a message about the attachment (not about
// a push's body size), and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncLimits } from '../../../src/shared/sync-protocol';
import { openSyncServer, type FixtureUser, type SyncServerFixture } from '../../support/sync-server-fixture';

describe('attachment size limit', () => {
  let server: SyncServerFixture;
  let user: FixtureUser;

  beforeAll(async () => {
    server = await openSyncServer('sqlite');
    user = await server.addUser(await server.addWorkspace('Acme'));
  });
  afterAll(() => server.close());

  it('refuses a file over the limit with 413 and says how large an attachment may be', async () => {
    const response = await server.app.inject({
      method: 'PUT',
      url: `/v1/attachments/${'a'.repeat(64)}`,
      headers: { ...user.headers, 'content-type': 'application/octet-stream' },
      payload: Buffer.alloc(syncLimits.maxAttachmentBytes + 1),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      error: { code: 'TOO_LARGE', message: 'The attachment is larger than 25 MB. Attach a smaller file.' },
    });
    expect(await server.store.db.selectFrom('attachments').select('hash').execute()).toHaveLength(0);
  });
});

// The desktop page reads attachments through ck-attachment:// and falls back to the core when the
// protocol cannot answer; browser mode always asks the core.
import { describe, expect, it, vi } from 'vitest';
import { attachmentProtocolUrl, readAttachmentBlob } from '../../../src/renderer/src/api/attachment-bytes';

const hash = 'a'.repeat(64);

describe('readAttachmentBlob', () => {
  it('in the desktop app reads the file through the protocol, typed as the note says', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('jpeg bytes')));
    const readBase64 = vi.fn(() => Promise.resolve(''));
    const blob = await readAttachmentBlob(hash, 'image/jpeg', { desktop: true, fetch, readBase64 });
    expect(fetch).toHaveBeenCalledWith(`ck-attachment://${hash}`);
    expect(readBase64).not.toHaveBeenCalled();
    expect(blob.type).toBe('image/jpeg');
    expect(await blob.text()).toBe('jpeg bytes');
  });

  it('falls back to the core when the protocol refuses or fails', async () => {
    const readBase64 = vi.fn(() => Promise.resolve(btoa('from the core')));
    for (const fetch of [
      () => Promise.resolve(new Response(null, { status: 404 })),
      () => Promise.reject(new TypeError('Failed to fetch')),
    ]) {
      const blob = await readAttachmentBlob(hash, '', { desktop: true, fetch, readBase64 });
      expect(await blob.text()).toBe('from the core');
      expect(blob.type).toBe('application/octet-stream');
    }
  });

  it('in browser mode never tries the protocol', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('x')));
    const blob = await readAttachmentBlob(hash, 'application/pdf', {
      desktop: false,
      fetch,
      readBase64: () => Promise.resolve(btoa('%PDF')),
    });
    expect(fetch).not.toHaveBeenCalled();
    expect(await blob.text()).toBe('%PDF');
    expect(attachmentProtocolUrl(hash)).toBe(`ck-attachment://${hash}`);
  });
});

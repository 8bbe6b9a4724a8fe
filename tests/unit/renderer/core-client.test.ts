import { describe, expect, it, vi } from 'vitest';
import { CoreError } from '../../../src/shared/errors';
import { createCoreClient } from '../../../src/renderer/src/api/client';
import type { Transport } from '../../../src/renderer/src/api/transport';

function transportAnswering(result: Awaited<ReturnType<Transport['call']>>): Transport {
  return { kind: 'http', call: vi.fn().mockResolvedValue(result), subscribe: vi.fn() };
}

describe('core client', () => {
  it('answers the value of an ok result', async () => {
    const client = createCoreClient(transportAnswering({ ok: true, value: { undone: false, label: null } }));
    await expect(client.call('history.undo', {})).resolves.toEqual({ undone: false, label: null });
  });

  it('throws a CoreError carrying code, message and fields', async () => {
    const fields = { name: { key: 'validation.required', message: 'This field is required.' } };
    const client = createCoreClient(
      transportAnswering({ ok: false, error: { code: 'VALIDATION', message: 'Invalid input', fields } }),
    );
    const error = await client.call('owners.create', { name: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreError);
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'Invalid input', fields });
  });
});

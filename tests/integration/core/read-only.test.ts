import { spawnSync } from 'node:child_process';
import { chmod, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../src/core';
import { makeTempDir, openTempCore } from './temp-core';

const nobody = 65534;

describe('a database file that cannot be written', () => {
  it('is reported at start as read-only, naming the file', async () => {
    const dir = await makeTempDir('ck-readonly-');
    const t = await openTempCore(dir);
    await t.dispose();
    const file = path.join(dir, databaseFileName);
    await chmod(file, 0o444);
    await chmod(dir, 0o555);
    try {
      // Root may write to any file, so the probe runs as an unprivileged user when we are root.
      const asRoot = process.getuid?.() === 0;
      const probe = spawnSync(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'open-core-probe.ts'), dir],
        {
          encoding: 'utf8',
          ...(asRoot ? { uid: nobody, gid: nobody } : {}),
          env: { ...process.env, HOME: '/tmp' },
        },
      );
      const outcome = JSON.parse(probe.stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
      expect(outcome, probe.stderr).toMatchObject({ opened: false, problem: 'READ_ONLY' });
      expect(outcome.message).toContain(file);
      expect(outcome.message).toMatch(/cannot be written/);
    } finally {
      await chmod(dir, 0o755);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

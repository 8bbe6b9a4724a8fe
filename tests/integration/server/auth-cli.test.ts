// The server's command line bootstraps a workspace: create-workspace prints a one-time admin code
// that the running server accepts, invite prints a code for a teammate, and bad arguments get a
// clear message and exit code 2. Runs the real cli.ts in a child process on a temp data folder.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openServerStore } from '../../../src/server/db/connect';
import { server, signUp } from './auth-fixture';

const run = promisify(execFile);
const cli = path.resolve('src/server/cli.ts');

async function serverCli(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', cli, ...args], {
      env,
    });
    return { stdout, stderr, exitCode: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, exitCode: failed.code };
  }
}

const codePattern = /^ {4}([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})$/m;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('server command line', () => {
  it('creates a workspace whose printed admin code the server accepts, then invites a teammate', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ck-server-cli-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));

    const created = await serverCli(['create-workspace', '--name', 'Acme Paints', '--data-dir', dataDir]);
    expect(created.exitCode).toBe(0);
    expect(created.stdout).toContain('Workspace "Acme Paints" created');
    expect(created.stdout).toContain('Settings → Connect to a team server');
    const adminCode = codePattern.exec(created.stdout)?.[1];
    const workspaceId = /^Workspace id: (\S+)$/m.exec(created.stdout)?.[1];
    expect(adminCode).toBeDefined();
    expect(workspaceId).toBeDefined();

    const invited = await serverCli([
      'invite',
      '--workspace',
      workspaceId!,
      '--role',
      'regional_manager',
      '--regions',
      'North, East',
      '--owner-id',
      'owner-budi',
      '--data-dir',
      dataDir,
    ]);
    expect(invited.exitCode).toBe(0);
    expect(invited.stdout).toContain('Invitation to "Acme Paints" as regional manager for North, East');
    const teammateCode = codePattern.exec(invited.stdout)?.[1];
    expect(teammateCode).toBeDefined();

    const store = await openServerStore({ dataDir });
    cleanups.push(() => store.close());
    const app = await server(store);
    cleanups.push(() => app.close());
    const admin = await signUp(app, adminCode!, 'ana@example.com', { ownerId: 'owner-ana' });
    expect(admin.user).toMatchObject({ role: 'admin', ownerId: 'owner-ana' });
    expect(admin.workspace).toEqual({ id: workspaceId, name: 'Acme Paints' });
    const budi = await signUp(app, teammateCode!, 'budi@example.com');
    expect(budi.user).toMatchObject({
      role: 'regional_manager',
      regions: ['North', 'East'],
      ownerId: 'owner-budi',
    });
  });

  it('explains bad arguments and exits with code 2', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ck-server-cli-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    // Every message of the parser has its unit test (cli-args.test.ts); here, that the process
    // prints it and exits with 2, for a parse error and for a workspace that does not exist.
    const cases: [string[], string][] = [
      [['create-workspace', '--data-dir', dataDir], 'create-workspace needs --name'],
      [
        ['invite', '--workspace', 'nope', '--role', 'admin', '--data-dir', dataDir],
        'No workspace has the id "nope"',
      ],
    ];
    const results = await Promise.all(cases.map(([args]) => serverCli(args)));
    results.forEach((result, index) => {
      expect(result.exitCode, cases[index]![0].join(' ')).toBe(2);
      expect(result.stderr).toContain(cases[index]![1]);
    });
  });
});

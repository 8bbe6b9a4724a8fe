// A Playwright fixture that starts ChannelKeeper in browser mode (the built host, as `npm run
// serve` runs it) on a fresh data folder for each test and stops it afterwards, so tests never
// share data.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface BrowserModeApp {
  url: string;
  dataDir: string;
  /** Loads the app and waits until its first screen is up. */
  open(page: Page): Promise<void>;
}

// Playwright runs from the project root.
const root = process.cwd();

export async function startBrowserMode(dataDir: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['out/web/cli.js', '--data-dir', dataDir, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)));
    setTimeout(() => reject(new Error(`browser mode did not start in 30 s:\n${output}`)), 30_000);
  });
  return { url, process: child };
}

export const test = base.extend<{ app: BrowserModeApp }>({
  // Playwright reads a fixture's dependencies from its destructured first parameter: none here.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ck-e2e-'));
    const server = await startBrowserMode(dataDir);
    await use({
      url: server.url,
      dataDir,
      async open(page) {
        await page.goto(server.url);
      },
    });
    server.process.kill('SIGTERM');
    await new Promise((resolve) => server.process.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };

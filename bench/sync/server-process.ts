// The sync server as a child process for the benchmark, so its memory is its own: started from
// the esbuild bundle (`npm run build:server`), its address read from its first line, its resident
// memory sampled from /proc while a phase runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const serverBundle = path.join(projectRoot, 'out/server/cli.js');

export interface ServerProcess {
  url: string;
  pid: number;
  /** Samples resident memory every 20 ms until the returned function is called; answers the peak in bytes. */
  sampleMemory(): () => number;
  stop(): Promise<void>;
}

export async function startServerProcess(
  location: { dataDir: string } | { databaseUrl: string },
): Promise<ServerProcess> {
  const args = [serverBundle, '--port', '0', '--host', '127.0.0.1', '--compact-after-days', '0'];
  if ('dataDir' in location) args.push('--data-dir', location.dataDir);
  const env = {
    ...process.env,
    ...('databaseUrl' in location ? { DATABASE_URL: location.databaseUrl } : {}),
  };
  // CK_BENCH_SERVER_PROFILE=DIR writes a V8 CPU profile of the server there (to see where a push goes).
  const profile = process.env.CK_BENCH_SERVER_PROFILE;
  const nodeArgs = profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await readAddress(child);
  return {
    url,
    pid: child.pid!,
    sampleMemory() {
      const rssOf = (status: string) => Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      // The first reading is synchronous, so stopping at once (a baseline) still answers a figure.
      let peak = 0;
      try {
        peak = rssOf(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      } catch {
        // The process is gone: no reading.
      }
      const sample = async () => {
        const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
        peak = Math.max(peak, rssOf(status));
      };
      const timer = setInterval(() => void sample(), 20);
      return () => {
        clearInterval(timer);
        return peak;
      };
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function readAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`The sync server exited (${code}) before listening:\n${output}`)),
    );
  });
}

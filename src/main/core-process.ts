// Entry of the core's Electron utility process (out/main/core-process.js): opens the database in
// the data folder given as `--data-dir` and serves calls from the main process.
import { openCore } from '../core';
import { parseDataDirArg, parseSecretsKeptArg } from './app-paths';
import { serveCore } from './core-host';

const dataDir = parseDataDirArg(process.argv);

serveCore({
  port: process.parentPort,
  dataDir: dataDir ?? '(none given)',
  // The sync session's tokens are kept by the main process (safeStorage), asked for over the port.
  secretsKeptAcrossRestarts: parseSecretsKeptArg(process.argv),
  open: (secrets) =>
    dataDir
      ? openCore({ dataDir, secrets })
      : Promise.reject(new Error('The core process was started without --data-dir.')),
  exit: (code) => process.exit(code),
});

// `npm start`: builds and opens the desktop app, or, where Electron's binary is not installed
// (an offline install), starts browser mode on the same data folder the desktop app would use.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const extraArgs = process.argv.slice(2);

/** Path of Electron's binary if it is on disk (the electron package keeps it in dist/, named in path.txt). */
function installedElectron() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const binary = join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/**
 * Electron's binary, fetched on first use as require('electron') would do, but quietly: offline
 * that fetch fails at once and we fall back to browser mode without a stack trace.
 */
function electronBinary() {
  const installed = installedElectron();
  if (installed) return installed;
  let installer;
  try {
    installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return null;
  }
  console.log("Fetching Electron's binary (first start)...");
  spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore' });
  return installedElectron();
}

/** The folder Electron's app.getPath('userData') gives for ChannelKeeper on this OS. */
function desktopDataDir() {
  const home = homedir();
  if (process.platform === 'win32')
    return join(process.env.APPDATA || join(home, 'AppData', 'Roaming'), 'ChannelKeeper');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'ChannelKeeper');
  return join(process.env.XDG_CONFIG_HOME || join(home, '.config'), 'ChannelKeeper');
}

function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** npm itself, through the same Node, so it works on Windows without a shell. */
function npm(args) {
  const npmCli = process.env.npm_execpath;
  return npmCli
    ? run(process.execPath, [npmCli, ...args])
    : run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args);
}

async function main() {
  const electron = electronBinary();
  if (electron) {
    const electronVite = join(
      dirname(require.resolve('electron-vite/package.json')),
      'bin',
      'electron-vite.js',
    );
    const built = await run(process.execPath, [electronVite, 'build']);
    if (built !== 0) return built;
    // Running as plain Node would turn the app into a script runner.
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    return run(electron, ['.', ...extraArgs], env);
  }

  console.log(
    "Electron's binary is not installed on this machine (offline install), so ChannelKeeper starts in browser mode instead.",
  );
  const hasDataDir = extraArgs.some((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='));
  const dataDirArgs = hasDataDir ? [] : ['--data-dir', desktopDataDir()];
  return npm(['run', 'serve', '--', ...dataDirArgs, ...extraArgs]);
}

process.exitCode = await main();

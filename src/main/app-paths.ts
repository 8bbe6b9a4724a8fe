// Where the built app's pieces live and which data folder to use. Pure, so it is the same in the
// main process, the core's utility process and the tests.
import { dirname, join, resolve } from 'node:path';

export const DATA_DIR_FLAG = '--data-dir';

/** `--data-dir DIR` or `--data-dir=DIR` anywhere in argv, resolved to an absolute path. */
export function parseDataDirArg(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === DATA_DIR_FLAG) {
      const value = argv[i + 1];
      return value && !value.startsWith('--') ? resolve(value) : null;
    }
    if (arg.startsWith(`${DATA_DIR_FLAG}=`)) {
      const value = arg.slice(DATA_DIR_FLAG.length + 1);
      return value ? resolve(value) : null;
    }
  }
  return null;
}

/** Given to the core process when main keeps secrets encrypted on disk (OS encryption exists). */
export const SECRETS_KEPT_FLAG = '--secrets-kept';

export function parseSecretsKeptArg(argv: readonly string[]): boolean {
  return argv.includes(SECRETS_KEPT_FLAG);
}

export interface AppFiles {
  rendererHtml: string;
  preloadScript: string;
  coreProcessScript: string;
  icon: string;
}

/**
 * The build's files, found from out/main (the folder of the main entry) rather than from the
 * working directory or app.getAppPath(), which differ between `electron .`, a test launch and a
 * packaged app.
 */
export function appFiles(mainDir: string): AppFiles {
  const outDir = dirname(mainDir);
  return {
    rendererHtml: join(outDir, 'renderer', 'index.html'),
    preloadScript: join(outDir, 'preload', 'index.cjs'),
    coreProcessScript: join(mainDir, 'core-process.js'),
    icon: join(dirname(outDir), 'resources', 'icon.png'),
  };
}

// `npm run serve -- --data-dir DIR [--port N]`: runs ChannelKeeper in a browser. Binds 127.0.0.1
// only and prints the URL with this run's access token.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openCore, CoreStartupError, type Core } from '../core';
import { createAccessToken } from './access-token';
import { createWebServer } from './web-server';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string', default: path.join(projectRoot, '.data') },
      port: { type: 'string', default: '0' },
      'renderer-dir': { type: 'string', default: path.join(projectRoot, 'out/renderer') },
    },
  });
  const rendererDir = path.resolve(values['renderer-dir']);
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    console.error(
      `The app is not built (${rendererDir} has no index.html). Run "npm run build:renderer" first.`,
    );
    process.exit(1);
  }
  const dataDir = path.resolve(values['data-dir']);
  let core: Core | { startupProblem: string };
  try {
    core = await openCore({ dataDir });
  } catch (error) {
    if (!(error instanceof CoreStartupError)) throw error;
    // The page still opens and shows this message, so the user is never left with a blank window.
    console.error(`ChannelKeeper could not open its database: ${error.message}`);
    core = { startupProblem: error.message };
  }
  const token = createAccessToken();
  const server = await createWebServer({ core, token, rendererDir });
  const address = await server.listen({ host: '127.0.0.1', port: Number(values.port) });
  const url = new URL(address);
  console.log(`ChannelKeeper is running in browser mode: http://127.0.0.1:${url.port}/?token=${token}`);
  console.log(`Data folder: ${dataDir}`);

  const stop = async () => {
    await server.close();
    if ('close' in core) await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();

// Build of the Electron app: main process (window host + the core's utility process), the sandboxed
// preload, and the renderer. `npx electron-vite build` writes everything to out/.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import rendererConfig from './vite.renderer.config';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      // package.json "type": "module" makes electron-vite emit ES modules here, so ESM-only
      // dependencies (kysely) load as they are; dependencies stay external (node_modules is
      // packaged), which keeps sqlite3's native binding out of the bundle.
      externalizeDeps: true,
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        input: {
          index: resolve(root, 'src/main/index.ts'),
          // The core runs in its own utility process so a long query never blocks the window.
          'core-process': resolve(root, 'src/main/core-process.ts'),
        },
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload runs as one classic script: CommonJS, no chunks, no node_modules.
      isolatedEntries: true,
      externalizeDeps: false,
      outDir: resolve(root, 'out/preload'),
      rolldownOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: {
          format: 'cjs',
          // .cjs so nothing mistakes it for an ES module under "type": "module".
          entryFileNames: '[name].cjs',
        },
      },
    },
  },
  // The same renderer build as browser mode (vite.renderer.config.ts), so both ship one page.
  renderer: rendererConfig,
});

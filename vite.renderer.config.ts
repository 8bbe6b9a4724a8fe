// Builds the renderer on its own (browser mode and e2e tests), without Electron: the page is
// served from out/renderer over http by src/web, or loaded from file:// by the Electron host.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rendererSource = fileURLToPath(new URL('./src/renderer/src', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./src/renderer', import.meta.url)),
  // Relative asset URLs so the same build loads from file:// (Electron) and from http (browser mode).
  base: './',
  plugins: [react()],
  resolve: {
    alias: { '@renderer': rendererSource },
  },
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    // The bundle is read from disk or localhost, never over a slow network: one ~900 kB chunk
    // loads in milliseconds, so the web-oriented 500 kB warning would only be noise.
    chunkSizeWarningLimit: 1500,
  },
});

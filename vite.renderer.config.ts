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
    // One chunk per big vendor keeps rebuilds cache-friendly and the warning honest.
    chunkSizeWarningLimit: 1500,
  },
});

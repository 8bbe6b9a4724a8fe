// Unit and integration tests (Node; renderer tests opt into happy-dom per file). End-to-end tests
// run under Playwright, not here.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One PostgreSQL cluster on 127.0.0.1 for the sync server's tests (Debian's postgresql package).
    globalSetup: ['tests/support/postgres-global-setup.ts'],
  },
  resolve: {
    alias: { '@renderer': new URL('./src/renderer/src', import.meta.url).pathname },
  },
});

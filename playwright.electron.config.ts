// Playwright config for the Electron smoke test (tests/e2e-electron). Separate from the browser-mode
// config: it launches the built desktop app itself, one window at a time.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e-electron',
  outputDir: 'test-results/electron',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});

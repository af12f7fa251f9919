// End-to-end tests: the built web app served by the real server on a fresh embedded database,
// driven by Debian's Chromium (never a downloaded browser).
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3217);
const dataDir = path.join(os.tmpdir(), `hehu-e2e-${process.pid}`);

export default defineConfig({
  testDir: './tests',
  // E2E_OUTPUT_DIR lets two checkouts run their browser tests side by side without clearing each other's results.
  outputDir: process.env.E2E_OUTPUT_DIR ?? path.join(os.tmpdir(), 'hehu-e2e-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // A first list page on a two-core runner that also builds and runs the server can take more than 5 s.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    // The app honours the system's reduced-motion setting (antd's animations off): the tests then wait for no
    // transition, which is most of a two-core runner's time in dialogs, drawers and dropdowns.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 800 } } },
    {
      name: 'phone',
      // Layout is in CSS pixels; one device pixel per CSS pixel paints a quarter of what a 2× screen does.
      use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    },
  ],
  webServer: {
    command: `rm -rf ${dataDir} && node ../node_modules/tsx/dist/cli.mjs ../packages/server/src/cli.ts start`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      HEHU_DATA_DIR: dataDir,
      HEHU_DEMO_CHILDREN: '600',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
  },
});

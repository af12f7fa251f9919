import { defineConfig } from 'vitest/config';

const name = process.env.TEST_DATABASE_URL ? 'server (postgres)' : 'server (pglite)';
// These replace a module with vi.mock, which needs the module graph of their own.
const mocking = ['test/row-level-security.test.ts', 'test/concurrency.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    // Each test file restores its own database; PGlite takes ~0.4 GB, so two at a time on two cores.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: mocking,
          // Every file builds its own app on its own database, so they can share one module graph per worker:
          // importing the server's modules once instead of once per file saves a third of the suite's time.
          isolate: false,
        },
      },
      { extends: true, test: { name: `${name}, isolated`, include: mocking } },
    ],
  },
});

// Shared by the global setup and the per-file harness: the test database's seed and key.
import path from 'node:path';
import os from 'node:os';
import { loadConfig, type Config } from '../src/config.ts';

/** A fixed key so the snapshot's encrypted fields decrypt in every test file. Test-only. */
export const TEST_MASTER_KEY = '0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0';
export const TEST_CHILDREN = 400;
export const SNAPSHOT_FILE = path.join(os.tmpdir(), `hehu-test-snapshot-${process.pid}.tar.gz`);
/** Databases of one test run start with this prefix, so runs on one server never drop each other's. */
export const RUN_PREFIX = `hehu_test_${process.pid}_`;

/**
 * The data folder (stored documents) of this test run: made by the global setup, handed to the test files
 * (harness.ts), removed at teardown. Runs never share one, so one run's files never meet another's checks.
 */
export function testDataDir(): string {
  return process.env.HEHU_TEST_DATA_DIR ?? path.join(os.tmpdir(), 'hehu-test-data');
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    HEHU_DEMO: 'true',
    HEHU_MASTER_KEY: TEST_MASTER_KEY,
    HEHU_DEMO_CHILDREN: String(TEST_CHILDREN),
    HEHU_DATA_DIR: testDataDir(),
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

export function databaseUrlFor(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

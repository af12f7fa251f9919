// Migrates and seeds one database before the test files run; each file then starts from a copy of it:
// a PGlite data-dir dump, or a PostgreSQL template database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { ProvidedContext } from 'vitest';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../src/bootstrap.ts';
import { openDatabase } from '../src/db/connection.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { RUN_PREFIX, SNAPSHOT_FILE, TEST_MASTER_KEY, databaseUrlFor, testConfig } from './fixtures.ts';

const quiet = () => undefined;

interface Prepared {
  values: Partial<ProvidedContext>;
  teardown: () => Promise<void>;
}

// The suite runs as two projects (one sharing modules across files, one isolated for the files that mock a
// module); both get the same database, prepared once, and the last project to finish removes it.
const shared = globalThis as { hehuTestSetup?: { prepared: Promise<Prepared>; users: number } };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.hehuTestSetup ??= { prepared: prepare(), users: 0 };
  const entry = shared.hehuTestSetup;
  entry.users += 1;
  const prepared = await entry.prepared;
  for (const [key, value] of Object.entries(prepared.values)) {
    project.provide(key as keyof ProvidedContext, value);
  }
  return async () => {
    entry.users -= 1;
    if (entry.users > 0) return;
    delete shared.hehuTestSetup;
    await prepared.teardown();
  };
}

async function prepare(): Promise<Prepared> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hehu-test-data-'));
  process.env.HEHU_TEST_DATA_DIR = dataDir;
  const config = testConfig();
  const cipher = createFieldCipher(Buffer.from(TEST_MASTER_KEY, 'hex'));
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (baseUrl) {
    const TEMPLATE_DB = `${RUN_PREFIX}template`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    const database = await openDatabase({ databaseUrl: databaseUrlFor(baseUrl, TEMPLATE_DB) });
    await prepareDatabase(database, config, cipher, quiet);
    await database.close();
    await admin.end();
    return {
      values: { dataDir, databaseMode: 'postgres', templateDb: TEMPLATE_DB, runPrefix: RUN_PREFIX },
      teardown: async () => {
        const cleanup = new pg.Client({ connectionString: baseUrl });
        await cleanup.connect();
        const { rows } = await cleanup.query<{ datname: string }>(
          'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
          [RUN_PREFIX],
        );
        for (const r of rows) await cleanup.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
        await cleanup.end();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const database = await openDatabase({ pgliteDir: 'memory://' });
  await prepareDatabase(database, config, cipher, quiet);
  const dump = await database.pglite!.dumpDataDir('gzip');
  writeFileSync(SNAPSHOT_FILE, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  return {
    values: { dataDir, databaseMode: 'pglite', snapshotFile: SNAPSHOT_FILE },
    teardown: () => {
      rmSync(SNAPSHOT_FILE, { force: true });
      rmSync(dataDir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseMode: 'pglite' | 'postgres';
    /** This run's data folder (stored documents), removed at teardown. */
    dataDir: string;
    snapshotFile: string;
    /** PostgreSQL: the migrated and seeded template, and the prefix of this run's databases. */
    templateDb: string;
    runPrefix: string;
  }
}

// Versioned settings published at the same moment: each publication takes the next number under its key, so two
// that read the same latest number meet on the key's unique index. On PostgreSQL (where the two really overlap) the
// second answers 409 and the first stands; on both databases publications in turn number 1, 2, 3.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publishSettingsVersion, settingsVersions } from '../src/db/settings-versions.ts';
import { createTestApp, type TestApp } from './harness.ts';

const KEY = 'test_versions';
const onPostgres = inject('databaseMode') === 'postgres';
const readBack = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { n: number }) : null);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('publishing settings versions', () => {
  it('numbers publications in turn and reads them back in order with the publisher', async () => {
    for (const n of [1, 2, 3]) {
      const published = await t.database.transaction((tx) => publishSettingsVersion(tx, KEY, () => ({ n }), null));
      expect(published.revision).toBe(n);
    }
    const versions = await settingsVersions(t.database.db, KEY, readBack);
    expect(versions.map((v) => [v.revision, v.value.n, v.changedBy])).toEqual([
      [1, 1, null],
      [2, 2, null],
      [3, 3, null],
    ]);
  });

  it.skipIf(!onPostgres)('two at once: the second answers 409 CONFLICT and the first stands', async () => {
    const key = `${KEY}_race`;
    let inserted!: () => void;
    let release!: () => void;
    const firstInserted = new Promise<void>((resolve) => (inserted = resolve));
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = t.database.transaction(async (tx) => {
      const answer = await publishSettingsVersion(tx, key, () => ({ n: 1 }), null);
      inserted();
      await held;
      return answer;
    });
    await firstInserted;
    // The second reads the same latest number (the first has not committed) and waits on the unique index.
    const second = t.database.transaction((tx) => publishSettingsVersion(tx, key, () => ({ n: 2 }), null));
    const outcome = second.then(
      () => 'stored',
      (e: unknown) => (e as { code?: string }).code ?? String(e),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await expect(first).resolves.toMatchObject({ revision: 1 });
    expect(await outcome).toBe('CONFLICT');
    const versions = await settingsVersions(t.database.db, key, readBack);
    expect(versions.map((v) => v.value.n)).toEqual([1]);
  });
});

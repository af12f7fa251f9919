// At rest: the embedded database's folder is the owner's alone, and the generated master key lives outside the
// data folder it protects (a key left inside by an earlier version is moved out).
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrap, loadMasterKey } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function tempConfig() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'hehu-rest-'));
  roots.push(root);
  return loadConfig({
    NODE_ENV: 'development',
    HEHU_DATA_DIR: path.join(root, 'data'),
    HEHU_KEY_FILE: path.join(root, 'keys', 'master.key'),
    HEHU_DEMO_CHILDREN: '0',
    LOG_LEVEL: 'silent',
  });
}

function modes(dir: string): { dirs: Set<number>; files: Set<number>; count: number } {
  const dirs = new Set<number>();
  const files = new Set<number>();
  let count = 0;
  const visit = (p: string) => {
    const s = statSync(p);
    if (s.isDirectory()) {
      dirs.add(s.mode & 0o777);
      for (const name of readdirSync(p)) visit(path.join(p, name));
    } else {
      files.add(s.mode & 0o777);
      count += 1;
    }
  };
  visit(dir);
  return { dirs, files, count };
}

describe('data folder and master key', () => {
  it('creates the embedded database with folders 0700 and files 0600, and keeps the key outside', async () => {
    const config = tempConfig();
    const lines: string[] = [];
    const { services } = await bootstrap(config, (l) => lines.push(l));
    await services.database.close();
    const m = modes(config.dataDir);
    expect(m.count).toBeGreaterThan(100);
    expect([...m.dirs]).toEqual([0o700]);
    expect([...m.files]).toEqual([0o600]);
    expect(existsSync(path.join(config.dataDir, 'master.key'))).toBe(false);
    expect(statSync(config.keyFile).mode & 0o777).toBe(0o600);
    expect(config.keyFile.startsWith(config.dataDir)).toBe(false);
    expect(lines.join('\n')).toContain(config.keyFile);
  }, 120_000);

  it('moves a key left in the data folder out of it, keeping the same key', () => {
    const config = tempConfig();
    mkdirSync(config.dataDir, { recursive: true });
    const hex = 'ab'.repeat(32);
    writeFileSync(path.join(config.dataDir, 'master.key'), hex, { mode: 0o644 });
    const key = loadMasterKey(config);
    expect(key.toString('hex')).toBe(hex);
    expect(existsSync(path.join(config.dataDir, 'master.key'))).toBe(false);
    expect(loadMasterKey(config).toString('hex')).toBe(hex);
  });
});

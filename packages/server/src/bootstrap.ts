// Opens the database, applies migrations and reference data, and prepares the services a server needs.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/connection.ts';
import { grants, users } from './db/schema.ts';
import { createFieldCipher, generateInitialPassword, hashPassword, type FieldCipher } from './platform/crypto.ts';
import type { AppServices } from './platform/http.ts';
import { PolicyCache } from './platform/policy.ts';
import { seedDemoAccounts, seedDemoChildren } from './seed/demo.ts';
import { seedReference } from './seed/reference.ts';

export type Log = (line: string) => void;

export function pgliteDir(config: Config): string {
  return path.join(config.dataDir, 'pgdata');
}

/** The master key: from HEHU_MASTER_KEY, or (outside production) a key file generated once in the data folder. */
export function loadMasterKey(config: Config): Buffer {
  if (config.masterKeyHex) return Buffer.from(config.masterKeyHex, 'hex');
  if (config.env === 'production') {
    throw new Error(
      '生产环境必须通过 HEHU_MASTER_KEY 提供 64 位十六进制主密钥 (HEHU_MASTER_KEY is required in production)',
    );
  }
  const file = path.join(config.dataDir, 'master.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  return key;
}

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: pgliteDir(config) });
}

export interface BootstrapResult {
  services: AppServices;
  /** Set when a production start created the first system administrator: printed once, never stored. */
  firstAdmin: { username: string; password: string } | undefined;
}

export async function prepareDatabase(
  database: Database,
  config: Config,
  cipher: FieldCipher,
  log: Log,
): Promise<BootstrapResult['firstAdmin']> {
  await database.migrate();
  const summary = await database.transaction((tx) => seedReference(tx, config.repoRoot, config.city));
  log(
    `参考数据: ${summary.divisions} 个行政区划, ${summary.adminUnits} 个管理单元, ${summary.calendarYears} 年工作日历, ${summary.roles} 个内置角色`,
  );
  if (config.demo) {
    await database.transaction((tx) => seedDemoAccounts(tx));
    const added = await seedDemoChildren(database.db, cipher, config.demoChildren, { batchSize: 1000 });
    if (added > 0) log(`演示数据: 已生成 ${added} 名虚构儿童`);
    return undefined;
  }
  return ensureFirstAdmin(database);
}

/** A production start with no accounts creates one system administrator with a one-time password. */
export async function ensureFirstAdmin(
  database: Database,
  username = 'sysadmin',
): Promise<{ username: string; password: string } | undefined> {
  const [row] = await database.db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return undefined;
  const password = generateInitialPassword();
  const passwordHash = await hashPassword(password);
  await database.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ username, displayName: '系统管理员', passwordHash, mustChangePassword: true })
      .returning({ id: users.id });
    if (user) await tx.insert(grants).values({ userId: user.id, roleCode: 'sys_admin' });
  });
  return { username, password };
}

export async function bootstrap(config: Config, log: Log): Promise<BootstrapResult> {
  const cipher = createFieldCipher(loadMasterKey(config));
  const database = await openConfiguredDatabase(config);
  if (database.kind === 'pglite') {
    log(
      `数据库: 内嵌 PGlite (${pgliteDir(config)}) —— 仅适用于单个办公室或演示；正式部署请设置 DATABASE_URL 使用 PostgreSQL`,
    );
  } else {
    log('数据库: PostgreSQL (DATABASE_URL)');
  }
  const firstAdmin = await prepareDatabase(database, config, cipher, log);
  return { services: { config, database, cipher, policy: new PolicyCache(database.db) }, firstAdmin };
}

export async function userExists(database: Database, username: string): Promise<boolean> {
  const [row] = await database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row !== undefined;
}

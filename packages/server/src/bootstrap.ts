// Opens the database, applies migrations and reference data, and prepares the services a server needs.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/connection.ts';
import { grants, users } from './db/schema.ts';
import { createFieldCipher, generateInitialPassword, hashPassword, type FieldCipher } from './platform/crypto.ts';
import type { AppServices } from './platform/http.ts';
import { PolicyCache } from './platform/policy.ts';
import { sealClearCertificateNumbers } from './seed/certificates.ts';
import { documentStorage } from './modules/documents/documents.service.ts';
import { seedDemo, seedDemoAccounts } from './seed/demo.ts';
import { seedReference } from './seed/reference.ts';

export type Log = (line: string) => void;

export function pgliteDir(config: Config): string {
  return path.join(config.dataDir, 'pgdata');
}

/**
 * The master key: from HEHU_MASTER_KEY, or (outside production) a key file generated once outside the data folder
 * (`config.keyFile`). A key left inside the data folder by an earlier version is moved out.
 */
export function loadMasterKey(config: Config, log: Log = () => undefined): Buffer {
  if (config.masterKeyHex) return Buffer.from(config.masterKeyHex, 'hex');
  if (config.env === 'production') {
    throw new Error(
      '生产环境必须通过 HEHU_MASTER_KEY 提供 64 位十六进制主密钥 (HEHU_MASTER_KEY is required in production)',
    );
  }
  const file = config.keyFile;
  const legacy = path.join(config.dataDir, 'master.key');
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (!existsSync(file) && existsSync(legacy)) {
    writeFileSync(file, readFileSync(legacy, 'utf8').trim(), { mode: 0o600 });
    rmSync(legacy);
    log(`主密钥已移出数据目录 (master key moved out of the data folder): ${file}`);
  }
  if (existsSync(file)) {
    log(`主密钥文件 (master key file, back it up separately): ${file}`);
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  }
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  log(`已生成主密钥 (master key generated), 不在数据目录中，请单独备份: ${file}`);
  return key;
}

/**
 * The data folder is the owner's alone: folders 0700, files 0600 (an embedded database's files, WAL included,
 * and the stored documents). New files follow from the process umask; this fixes what an earlier start left.
 */
export function restrictDataFolder(dir: string): void {
  if (!existsSync(dir)) return;
  const visit = (p: string) => {
    const info = lstatSync(p);
    if (info.isSymbolicLink()) return;
    if (info.isDirectory()) {
      if ((info.mode & 0o777) !== 0o700) chmodSync(p, 0o700);
      for (const name of readdirSync(p)) visit(path.join(p, name));
    } else if ((info.mode & 0o777) !== 0o600) chmodSync(p, 0o600);
  };
  visit(dir);
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
  const sealed = await sealClearCertificateNumbers(database, cipher);
  if (sealed > 0) log(`已加密 ${sealed} 个残疾证号 (disability certificate numbers encrypted)`);
  const summary = await database.transaction((tx) => seedReference(tx, config.repoRoot, config.city));
  log(
    `参考数据: ${summary.divisions} 个行政区划, ${summary.adminUnits} 个管理单元, ${summary.calendarYears} 年工作日历, ${summary.roles} 个内置角色`,
  );
  let added = 0;
  if (config.demo) {
    await database.transaction((tx) => seedDemoAccounts(tx));
    added = await seedDemo(database, cipher, config.demoChildren, {
      batchSize: 1000,
      storage: documentStorage({ config, cipher }),
    });
    if (added > 0) log(`演示数据: 已生成 ${added} 名虚构儿童`);
  }
  // Statistics for the planner: PGlite has no autovacuum, and without them a query under row-level security may
  // be planned as a nested loop over every pair of children (seconds instead of milliseconds). PostgreSQL's
  // autovacuum keeps them, except right after a bulk load.
  if (database.kind === 'pglite' || added > 0) await database.maintenance();
  return config.demo ? undefined : ensureFirstAdmin(database);
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
  // Everything the process creates (database files, documents, keys, backups) is the owner's alone.
  process.umask(0o077);
  restrictDataFolder(config.dataDir);
  const cipher = createFieldCipher(loadMasterKey(config, log));
  const database = await openConfiguredDatabase(config);
  // PGlite writes its initial files with mode 0666 whatever the umask: close them after it opens.
  if (database.kind === 'pglite') restrictDataFolder(config.dataDir);
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

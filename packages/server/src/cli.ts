// The `hehu` command: start, migrate, seed, create-admin, backup, restore. Runs unscoped, by design:
// this is the operator's tool on the server itself.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { loadConfig } from './config.ts';
import { bootstrap, loadMasterKey, openConfiguredDatabase, pgliteDir, prepareDatabase } from './bootstrap.ts';
import { grants, roles, users } from './db/schema.ts';
import { createFieldCipher, generateInitialPassword, hashPassword } from './platform/crypto.ts';
import { writeAudit } from './platform/audit.ts';
import { sealAuditRows, verifyAuditChain } from './platform/audit-chain.ts';
import { documentStorage } from './modules/documents/documents.service.ts';
import { seedDemo, seedDemoAccounts } from './seed/demo.ts';
import { startServer } from './server.ts';

const log = (line: string) => process.stdout.write(`${line}\n`);

const USAGE = `用法 (usage): hehu <command> [options]
  start                               启动服务 (start the server)
  migrate                             执行数据库迁移并载入参考数据 (migrate and load reference data)
  seed --demo [--children N]          生成演示数据 (demo accounts and N synthetic children)
  create-admin --username U --role R  创建管理员账号，打印一次性密码 (R: sys_admin | sec_admin | audit_admin)
  backup [--out FILE]                 备份 (PostgreSQL: pg_dump; PGlite: data-directory dump)
  restore --from FILE                 恢复 (PostgreSQL: pg_restore; PGlite: into an empty data folder)
  audit verify                        校验审计日志 SM3 哈希链，指出第一条被改动的记录 (verify the audit hash chain)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: false },
      children: { type: 'string' },
      username: { type: 'string' },
      role: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
    },
    strict: true,
  });
  const config = loadConfig();
  switch (command) {
    case 'start':
      await startServer(config);
      return -1;
    case 'migrate': {
      const database = await openConfiguredDatabase(config);
      await prepareDatabase(database, { ...config, demo: false }, createFieldCipher(loadMasterKey(config)), log);
      await database.close();
      log('迁移完成 (migrations applied)');
      return 0;
    }
    case 'seed': {
      if (!values.demo) throw new Error('seed 目前只支持 --demo');
      if (config.env === 'production') throw new Error('生产环境不能生成演示数据');
      const total = Number(values.children ?? config.demoChildren);
      if (!Number.isInteger(total) || total < 0) throw new Error('--children 必须是非负整数');
      const { services } = await bootstrap({ ...config, demo: false }, log);
      const db = services.database;
      await db.transaction((tx) => seedDemoAccounts(tx));
      const started = Date.now();
      const added = await seedDemo(db, services.cipher, total, {
        batchSize: 2000,
        storage: documentStorage(services),
        onProgress: (done) => process.stdout.write(`\r生成中 ${done}/${total}`),
      });
      log(
        `\n已生成 ${added} 名虚构儿童，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒${added === 0 ? '（已有儿童数据，未重复生成）' : ''}`,
      );
      await db.maintenance();
      await db.close();
      return 0;
    }
    case 'create-admin': {
      const username = values.username;
      const role = values.role ?? 'sys_admin';
      if (!username || !/^[a-z][a-z0-9_.-]{2,31}$/.test(username))
        throw new Error('--username 为 3–32 位小写字母、数字、下划线、点或连字符');
      if (!['sys_admin', 'sec_admin', 'audit_admin'].includes(role))
        throw new Error('--role 只能是 sys_admin、sec_admin 或 audit_admin');
      const { services } = await bootstrap({ ...config, demo: false }, log);
      const password = generateInitialPassword();
      const passwordHash = await hashPassword(password);
      await services.database.transaction(async (tx) => {
        const [r] = await tx.select().from(roles).where(eq(roles.code, role));
        if (!r) throw new Error(`角色 ${role} 不存在`);
        const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
        if (existing) throw new Error(`用户名 ${username} 已存在`);
        const [user] = await tx
          .insert(users)
          .values({ username, displayName: r.name, passwordHash, mustChangePassword: true })
          .returning({ id: users.id });
        if (!user) throw new Error('创建失败');
        await tx.insert(grants).values({ userId: user.id, roleCode: role });
        await writeAudit(
          tx,
          { actorId: null, actorUsername: 'cli', ip: null, requestId: null },
          { action: 'user.create', targetType: 'user', targetId: user.id, after: { username, role } },
        );
      });
      log(`已创建 ${username} (${role})。一次性密码（仅显示这一次，首次登录须修改）: ${password}`);
      await services.database.close();
      return 0;
    }
    case 'audit':
      if (positionals[0] !== 'verify') {
        log(USAGE);
        return 2;
      }
      return auditVerify(config);
    case 'backup':
      return backup(config, values.out);
    case 'restore':
      if (!values.from) throw new Error('restore 需要 --from FILE');
      return restore(config, values.from);
    default:
      log(USAGE);
      return command ? 2 : 0;
  }
}

/** Seals what is still unsealed, then walks the chain; exit 1 names the first row that no longer matches. */
async function auditVerify(config: ReturnType<typeof loadConfig>): Promise<number> {
  const database = await openConfiguredDatabase(config);
  try {
    await sealAuditRows(database);
    const report = await verifyAuditChain(database.db);
    if (report.firstBroken) {
      const { seq, auditId, reason } = report.firstBroken;
      const why = {
        content_changed: '内容被改动',
        link_broken: '链接断裂（记录被删除或重排）',
        row_missing: '记录缺失',
      }[reason];
      log(`审计日志校验失败：第 ${seq} 个封印，审计记录 id=${auditId}：${why} (${reason})`);
      log(`在此之前的 ${report.sealed} 条记录完好。`);
      return 1;
    }
    log(`审计日志校验通过：${report.sealed} 条记录的哈希链完好 (audit chain intact)`);
    if (report.unsealed > 0) {
      log(`另有 ${report.unsealed} 条记录超过 5 分钟仍未封印 (unsealed rows)`);
      return 1;
    }
    return 0;
  } finally {
    await database.close();
  }
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

async function backup(config: ReturnType<typeof loadConfig>, out: string | undefined): Promise<number> {
  const dir = path.join(config.dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  if (config.databaseUrl) {
    const file = out ?? path.join(dir, `hehu-${timestamp()}.dump`);
    const r = spawnSync('pg_dump', ['--format=custom', `--file=${file}`, `--dbname=${config.databaseUrl}`], {
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('pg_dump 失败（请确认已安装 PostgreSQL 客户端）');
    log(`备份完成: ${file}`);
    return 0;
  }
  const database = await openConfiguredDatabase(config);
  if (!database.pglite) throw new Error('embedded database expected');
  const blob = await database.pglite.dumpDataDir('gzip');
  const file = out ?? path.join(dir, `hehu-${timestamp()}.tar.gz`);
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  await database.close();
  log(`备份完成: ${file}`);
  log('备份不含主密钥：请另行妥善保管 HEHU_MASTER_KEY（或启动时显示的主密钥文件），恢复时需要它。');
  return 0;
}

async function restore(config: ReturnType<typeof loadConfig>, from: string): Promise<number> {
  if (!existsSync(from)) throw new Error(`找不到备份文件 ${from}`);
  if (config.databaseUrl) {
    const r = spawnSync(
      'pg_restore',
      ['--clean', '--if-exists', '--no-owner', `--dbname=${config.databaseUrl}`, from],
      { stdio: 'inherit' },
    );
    if (r.status !== 0) throw new Error('pg_restore 失败');
    log('恢复完成');
    return 0;
  }
  const dir = pgliteDir(config);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(`数据目录 ${dir} 不为空：请先停止服务并移走该目录，再恢复（防止覆盖现有数据）`);
  }
  const { openDatabase } = await import('./db/connection.ts');
  const database = await openDatabase({ pgliteDir: dir, loadDataDir: new Blob([readFileSync(from)]) });
  await database.migrate();
  await database.close();
  log(`恢复完成: ${dir}`);
  log(
    '注意：加密字段须用备份时的主密钥解密——请设置相同的 HEHU_MASTER_KEY，或把原数据目录中的 master.key 复制到新数据目录。',
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`错误: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

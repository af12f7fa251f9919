// One zod schema for every setting, read once from the environment and frozen.
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  HEHU_DATA_DIR: z.string().default('./var'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL 必须以 postgres:// 开头')
    .optional(),
  /** 32 bytes as 64 hex characters; derived keys encrypt sensitive fields (SM4) and build blind indexes (SM3). */
  HEHU_MASTER_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'HEHU_MASTER_KEY 必须是 64 位十六进制')
    .optional(),
  /** Outside production, where the generated master key is kept: never inside the data folder it protects. */
  HEHU_KEY_FILE: z.string().optional(),
  HEHU_DEMO: booleanFlag.optional(),
  HEHU_DEMO_CHILDREN: z.coerce.number().int().min(0).max(2_000_000).default(3000),
  HEHU_CITY: z
    .string()
    .regex(/^\d{4}$/)
    .default('5111'),
  HEHU_WEB_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly masterKeyHex: string | undefined;
  /** The generated key's file outside production (HEHU_KEY_FILE, or one per data folder under the home folder). */
  readonly keyFile: string;
  /** Demo mode: demo accounts and synthetic children; never in production. */
  readonly demo: boolean;
  readonly demoChildren: number;
  readonly city: string;
  readonly webDist: string;
  readonly logLevel: string;
  readonly repoRoot: string;
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** One key per data folder, under the user's home: a copy of the data folder alone opens nothing. */
function defaultKeyFile(dataDir: string): string {
  const id = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  return path.join(os.homedir(), '.config', 'hehu', 'keys', `${id}.key`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`配置错误 (configuration error):\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const production = c.NODE_ENV === 'production';
  if (production && c.HEHU_DEMO === true)
    throw new Error('配置错误: 生产环境 (NODE_ENV=production) 不能开启演示模式 HEHU_DEMO');
  return Object.freeze({
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.HEHU_DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    masterKeyHex: c.HEHU_MASTER_KEY,
    keyFile: path.resolve(c.HEHU_KEY_FILE ?? defaultKeyFile(path.resolve(c.HEHU_DATA_DIR))),
    demo: c.HEHU_DEMO ?? !production,
    demoChildren: c.HEHU_DEMO_CHILDREN,
    city: c.HEHU_CITY,
    webDist: c.HEHU_WEB_DIST ?? path.join(repoRoot, 'packages/web/dist'),
    logLevel: c.LOG_LEVEL,
    repoRoot,
  });
}

// The server side of `npm run bench:overhead` (bench/overhead.ts): the real app on PostgreSQL over HTTP, in a
// process of its own so that the load does not share its event loop. BENCH_SESSION_CACHE=off resolves every
// session from the database, as before sessions were kept in memory.
import { buildApp } from '../src/app.ts';
import { prepareDatabase } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { PolicyCache } from '../src/platform/policy.ts';
import { SessionCache } from '../src/platform/session-cache.ts';

const KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

/** Never told of changes, so never live: it keeps nothing. */
class NoSessionCache extends SessionCache {
  override attach(): Promise<() => Promise<void>> {
    return Promise.resolve(() => Promise.resolve());
  }
}

const url = process.env.BENCH_OVERHEAD_DATABASE_URL;
if (!url) throw new Error('BENCH_OVERHEAD_DATABASE_URL is required');
const config = loadConfig({
  NODE_ENV: 'test',
  HEHU_DEMO: 'true',
  HEHU_DEMO_CHILDREN: process.env.BENCH_CHILDREN ?? '3000',
  HEHU_MASTER_KEY: KEY,
  LOG_LEVEL: 'silent',
  DATABASE_URL: url,
});
const cipher = createFieldCipher(Buffer.from(KEY, 'hex'));
const database = await openDatabase({ databaseUrl: url });
await prepareDatabase(database, config, cipher, () => undefined);
const app = await buildApp(
  {
    config,
    database,
    cipher,
    policy: new PolicyCache(database.db),
    ...(process.env.BENCH_SESSION_CACHE === 'off' ? { sessions: new NoSessionCache() } : {}),
  },
  { logger: false },
);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
const stop = () => {
  void app
    .close()
    .then(() => database.close())
    .then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

// Starts the HTTP server, schedules database maintenance, and shuts down cleanly on a signal.
import { serviceDate } from '@hehu/domain';
import { lt, sql } from 'drizzle-orm';
import { buildApp } from './app.ts';
import { bootstrap, restrictDataFolder } from './bootstrap.ts';
import type { Config } from './config.ts';
import { announceFirstAdmin, forgetUsedFirstAdminPassword } from './first-admin.ts';
import { sessions } from './db/schema.ts';
import { runScheduled } from './jobs/scheduled.ts';
import { deliverOutbox } from './modules/cases/index.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo.ts';

const HOUR = 3_600_000;

export async function startServer(config: Config): Promise<void> {
  const log = (line: string) => process.stdout.write(`[hehu] ${line}\n`);
  const started = Date.now();
  const { services, firstAdmin } = await bootstrap(config, log);
  const app = await buildApp(services);
  await app.listen({ port: config.port, host: config.host });

  const { database } = services;
  // PGlite has no autovacuum; sessions idle past the longest timeout are dropped on the same schedule.
  const maintenance = setInterval(() => {
    void (async () => {
      await database.db.delete(sessions).where(lt(sessions.lastSeenAt, sql`now() - interval '1 day'`));
      await database.maintenance();
      restrictDataFolder(config.dataDir);
    })().catch((error: unknown) => app.log.error({ err: error }, 'maintenance failed'));
  }, 6 * HOUR);
  maintenance.unref();

  // Once a day (and after a start): 主动发现 for the whole city, a duplicate scan of each county and, in a round
  // month, the re-verification round, so the first reader of the day finds them done. Checked every quarter hour;
  // the job runner's record decides what is due (a period runs once across servers, a failure is tried again).
  let checking = false;
  const scheduled = () => {
    if (checking) return;
    checking = true;
    const began = Date.now();
    void runScheduled(database, config.city, serviceDate())
      .then(
        (r) => {
          if (r.nightly.ran || r.round.ran) app.log.info({ ...r, ms: Date.now() - began }, 'scheduled work');
        },
        (error: unknown) => app.log.error({ err: error }, 'scheduled work failed'),
      )
      .finally(() => {
        checking = false;
      });
  };
  const daily = setInterval(scheduled, HOUR / 4);
  daily.unref();
  scheduled();

  // Outcomes for sending systems (12345): the outbox is tried every half minute; failures wait longer each time.
  let sending = false;
  const outboxTimer = setInterval(() => {
    if (sending) return;
    sending = true;
    void deliverOutbox(database)
      .then(
        (r) => {
          if (r.delivered + r.failed > 0) app.log.info(r, 'outbox delivery');
        },
        (error: unknown) => app.log.error({ err: error }, 'outbox delivery failed'),
      )
      .finally(() => {
        sending = false;
      });
  }, 30_000);
  outboxTimer.unref();

  log(`已启动 http://localhost:${config.port} （用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
  if (config.demo) {
    log(`演示模式：以下演示账号的密码均为 ${DEMO_PASSWORD}（演示账号无需动态验证码）`);
    for (const a of DEMO_ACCOUNTS) log(`  ${a.username.padEnd(15)} ${a.displayName}`);
  }
  // On the operator's terminal only: standard output may be a log file, and the logger never sees it.
  if (firstAdmin) announceFirstAdmin(firstAdmin, config, log);
  else await forgetUsedFirstAdminPassword(database, config, log);

  const shutdown = (signal: string) => {
    log(`收到 ${signal}，正在停止…`);
    clearInterval(maintenance);
    clearInterval(daily);
    clearInterval(outboxTimer);
    void app
      .close()
      .then(() => database.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

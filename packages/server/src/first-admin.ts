// The first system administrator's one-time password: shown once to the person starting the server, on their
// terminal, and never on standard output when that is not a terminal (a service's output is its log file) nor to
// the logger. Without any terminal it goes to a file only the server's account can read, removed once used.
import { existsSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Config } from './config.ts';
import type { Database } from './db/connection.ts';
import { users } from './db/schema.ts';

export type Log = (line: string) => void;

/** Where a person may be reading: standard output if it is a terminal, else the controlling terminal. */
export interface ConsoleChannels {
  stdout: { isTTY?: boolean; write(text: string): unknown };
  /** Writes to the controlling terminal (/dev/tty); false when the process has none (a service, a container). */
  writeTerminal(text: string): boolean;
}

const processChannels: ConsoleChannels = {
  stdout: process.stdout,
  writeTerminal: (text) => {
    let fd: number | undefined;
    try {
      fd = openSync('/dev/tty', 'w');
      writeSync(fd, text);
      return true;
    } catch {
      return false;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  },
};

/** The file the password goes to when no terminal can show it: in the data folder (0700), itself 0600. */
export function firstAdminFile(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'first-admin-password.txt');
}

/** Shows the one-time password once; says where on the log, never what. */
export function announceFirstAdmin(
  firstAdmin: { username: string; password: string },
  config: Pick<Config, 'dataDir'>,
  log: Log,
  channels: ConsoleChannels = processChannels,
): 'stdout' | 'terminal' | 'file' {
  const line =
    `首个系统管理员 (first system administrator): ${firstAdmin.username}  一次性密码 (one-time password): ` +
    `${firstAdmin.password}  （只显示这一次；首次登录须修改密码并绑定动态验证码）\n`;
  if (channels.stdout.isTTY === true) {
    channels.stdout.write(`[hehu] ${line}`);
    return 'stdout';
  }
  if (channels.writeTerminal(`[hehu] ${line}`)) {
    log(`已创建首个系统管理员 ${firstAdmin.username}；一次性密码只显示在终端上，不写入日志`);
    return 'terminal';
  }
  const file = firstAdminFile(config);
  writeFileSync(file, line, { mode: 0o600 });
  log(
    `已创建首个系统管理员 ${firstAdmin.username}；没有终端，一次性密码写在 ${file}（仅本服务账号可读，` +
      `首次登录修改密码后的下一次启动时删除）(no terminal: the one-time password is in that file)`,
  );
  return 'file';
}

/** Removes the password file once its account has set its own password (or no longer exists). */
export async function forgetUsedFirstAdminPassword(database: Database, config: Config, log: Log): Promise<void> {
  const file = firstAdminFile(config);
  if (!existsSync(file)) return;
  const username = /:\s*(\S+)\s+一次性密码/.exec(readFileSync(file, 'utf8'))?.[1];
  const [user] = username
    ? await database.db.select({ mustChange: users.mustChangePassword }).from(users).where(eq(users.username, username))
    : [];
  if (user?.mustChange === true) return;
  rmSync(file, { force: true });
  log(`首个系统管理员已设置自己的密码，已删除一次性密码文件 ${file}`);
}

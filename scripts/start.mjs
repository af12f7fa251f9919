// `npm start`: builds the web app when its sources are newer than the last build, then starts the server
// on the embedded database (or DATABASE_URL). Everything else is the `hehu start` command.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const web = path.join(root, 'packages/web');
const builtIndex = path.join(web, 'dist/index.html');

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

const sources = ['src', 'index.html', 'vite.config.ts', 'public'].map((p) => newestMtime(path.join(web, p)));
const domainSources = newestMtime(path.join(root, 'packages/domain/src'));
if (!existsSync(builtIndex) || Math.max(...sources, domainSources) > statSync(builtIndex).mtimeMs) {
  console.log('[hehu] 正在构建网页端 (building the web app)…');
  const build = spawnSync('npm', ['run', 'build', '--workspace', '@hehu/web'], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const server = spawnSync(
  process.execPath,
  [tsx, path.join(root, 'packages/server/src/cli.ts'), 'start', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    cwd: root,
  },
);
process.exit(server.status ?? 1);

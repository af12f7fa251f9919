// `npm test`: formatting, lint, types, unit tests, the server suite on PGlite (and on PostgreSQL when
// TEST_DATABASE_URL is set), then the browser suite in Chromium. Ends with one "N passed, N failed" line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const reportDir = mkdtempSync(path.join(os.tmpdir(), 'hehu-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function step(title, command, args, options = {}) {
  console.log(`\n== ${title}`);
  const started = Date.now();
  const r = spawnSync(command, args, {
    stdio: 'inherit',
    cwd: root,
    ...options,
    env: { ...process.env, ...options.env },
  });
  const ok = r.status === 0;
  console.log(`== ${title}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(title);
  return ok;
}

/** Adds a vitest JSON report to the totals. */
function countVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.stats?.expected ?? 0;
  totals.failed += (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0);
  totals.skipped += report.stats?.skipped ?? 0;
}

function vitest(title, cwd, reportName, env = {}) {
  const out = path.join(reportDir, `${reportName}.json`);
  step(title, bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    cwd: path.join(root, cwd),
    env,
  });
  countVitest(out);
}

/**
 * A step run beside others: its output is held and printed whole when it ends, so parallel steps never interleave.
 * Each of these is single-threaded, so on a two-core runner lint beside the rest takes the time of the longer.
 */
function background(title, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: process.env });
    let output = '';
    child.stdout.on('data', (b) => (output += b));
    child.stderr.on('data', (b) => (output += b));
    child.on('close', (code) => {
      const ok = code === 0;
      console.log(`\n== ${title}\n${output.trimEnd()}`);
      console.log(`== ${title}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      if (!ok) failures.push(title);
      resolve(ok);
    });
  });
}

const lint = background('eslint', bin('eslint'), ['.', '--max-warnings', '0']);
step('prettier', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
step('tsc', bin('tsc'), ['-b', 'packages/domain', 'packages/server', 'packages/web', 'e2e']);
vitest('domain unit tests', 'packages/domain', 'domain');
vitest('web unit tests', 'packages/web', 'web');
// Lint runs on into the PGlite suite, whose first half-minute (migrating and seeding the template) is one core's work.
vitest('server tests on PGlite', 'packages/server', 'server-pglite', { TEST_DATABASE_URL: '' });
await lint;
if (process.env.TEST_DATABASE_URL) {
  vitest('server tests on PostgreSQL', 'packages/server', 'server-postgres');
} else {
  console.log('\n== server tests on PostgreSQL: skipped (set TEST_DATABASE_URL=postgres://… to run them; CI does)');
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(chromium)) {
  if (step('web build', 'npm', ['run', 'build', '--workspace', '@hehu/web'])) {
    const out = path.join(reportDir, 'e2e.json');
    step('end-to-end tests in Chromium', bin('playwright'), ['test', '--reporter=list,json'], {
      cwd: path.join(root, 'e2e'),
      env: { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: out },
    });
    countPlaywright(out);
  }
} else {
  const message = `Chromium not found at ${chromium}: the end-to-end tests did NOT run. Install it with: apt-get install chromium`;
  console.log(`\n${'!'.repeat(message.length)}\n${message}\n${'!'.repeat(message.length)}`);
  // In CI a missing browser is a failure, not a skip.
  if (process.env.HEHU_REQUIRE_BROWSER === '1' || process.env.CI) failures.push('end-to-end tests (no browser)');
}

rmSync(reportDir, { recursive: true, force: true });
console.log('');
if (failures.length) console.log(`failed steps: ${failures.join(', ')}`);
console.log(
  `tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failures.length || totals.failed ? 1 : 0);

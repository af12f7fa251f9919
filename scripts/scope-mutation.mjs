// Scope mutation run: removes the scope at one call site at a time and runs the scope tests with row-level
// security off (the application's conditions alone). Every mutation must turn a test red; a mutation that leaves
// the tests green is a scope the tests do not notice. Usage: node scripts/scope-mutation.mjs [--list]
// Each run restores the file it changed, also when interrupted. --only TEXT runs the sites whose label has TEXT.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const server = path.join(root, 'packages/server');
const modules = path.join(server, 'src/modules');
const TESTS = [
  'test/scope-table.test.ts',
  'test/scope-lists.test.ts',
  'test/access.test.ts',
  'test/persons-scope.test.ts',
  'test/id-oracle.test.ts',
];

/** A module's own tests run too: some scopes guard a rule the module's tests know (who may publish rules). */
const MODULE_TESTS = {
  categories: ['test/categories.test.ts', 'test/rules.test.ts'],
  children: ['test/children-record.test.ts', 'test/file-actions.test.ts'],
  documents: ['test/documents.test.ts'],
  family: ['test/family.test.ts'],
  ledger: ['test/ledger.test.ts', 'test/concurrency.test.ts'],
  lifecycle: ['test/lifecycle.test.ts', 'test/duplicates.test.ts'],
};

/**
 * Sites whose removal cannot change an answer, with the reason. They are still mutated and reported; surviving
 * does not fail the run. Keep this list short: a site here is defence in depth that no request can reach.
 */
const EQUIVALENT = {
  'packages/server/src/modules/ledger/ledger.commit.ts scopeCondition #0':
    'rows registered since the dry run: one held outside the read scope was already refused by refuseHeldElsewhere, and rows without a number are matched in the write-scoped village',
  'packages/server/src/modules/categories/potential.ts scopeCondition #1':
    'dropping evaluations from an earlier day: beyond the scope it only drops more stale rows, which are evaluated again before anyone reads them',
  'packages/server/src/modules/categories/categories.store.ts scopeCondition #0':
    '主动发现 candidates to evaluate: beyond the scope it only evaluates more children; what is read is filtered by the scope (potential.ts inScope)',
};

/** Call sites that take a scope, and what "forgetting it" means at each. */
const KINDS = [
  // The SQL condition itself: the query then sees every row.
  { name: 'scopeCondition', pattern: /\bscopeCondition\(/g, replace: '__anyScope(' },
  // A lookup given the whole city instead of the caller's scope.
  { name: 'requireChild', pattern: /\brequireChild\(/g, replace: '__unscoped(requireChild)(' },
  {
    name: 'requireChangeableChild',
    pattern: /\brequireChangeableChild\(/g,
    replace: '__unscoped(requireChangeableChild)(',
  },
  { name: 'getChildRow', pattern: /\bgetChildRow\(/g, replace: '__unscoped(getChildRow)(' },
  // A check in code: always yes.
  { name: 'isDivisionInScope', pattern: /\bisDivisionInScope\(/g, replace: '__always(' },
];

const PRELUDE = `import { sql as __sql } from 'drizzle-orm';
const __anyScope = (..._args: unknown[]) => __sql\`true\`;
const __always = (..._args: unknown[]) => true;
const __city = { permission: 'children:read', prefixes: ['5111'], institutionIds: [] } as never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const __unscoped = <F extends (...a: any[]) => unknown>(f: F) => ((db: unknown, _scope: unknown, ...rest: unknown[]) => f(db, __city, ...rest)) as F;
`;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every (file, kind, nth occurrence) outside the definitions themselves. */
function sites() {
  const out = [];
  for (const file of walk(modules)) {
    const text = readFileSync(file, 'utf8');
    for (const kind of KINDS) {
      const defined = new RegExp(`function ${kind.name}\\b`).test(text);
      let n = 0;
      for (const m of text.matchAll(kind.pattern)) {
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        if (defined && /function\s+$/.test(before)) continue;
        if (/import[^;]*$/.test(before) && !before.includes(';')) continue;
        out.push({ file, kind, index: m.index, n: n++ });
      }
    }
  }
  return out;
}

function mutate(site) {
  const original = readFileSync(site.file, 'utf8');
  // Sticky at the start of the slice, which begins at the site: exactly this occurrence is replaced.
  const pattern = new RegExp(site.kind.pattern.source, 'y');
  const replaced = original.slice(0, site.index) + original.slice(site.index).replace(pattern, site.kind.replace);
  if (replaced === original) throw new Error(`mutation not applied at ${site.file}:${site.index}`);
  writeFileSync(site.file, PRELUDE + replaced);
  return () => writeFileSync(site.file, original);
}

// --only TEXT: just the sites whose label contains TEXT (to re-run survivors).
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const all = sites().filter((s) => !only || `${path.relative(root, s.file)} ${s.kind.name} #${s.n}`.includes(only));
if (process.argv.includes('--list')) {
  for (const s of all) console.log(`${path.relative(root, s.file)}  ${s.kind.name} #${s.n}`);
  console.log(`${all.length} sites`);
  process.exit(0);
}

let restore = () => undefined;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    restore();
    process.exit(130);
  });
}
const survivors = [];
const equivalents = [];
for (const [i, site] of all.entries()) {
  const label = `${path.relative(root, site.file)} ${site.kind.name} #${site.n}`;
  restore = mutate(site);
  const started = Date.now();
  const tests = [...TESTS, ...(MODULE_TESTS[path.basename(path.dirname(site.file))] ?? [])];
  const r = spawnSync(path.join(root, 'node_modules/.bin/vitest'), ['run', '--bail=1', ...tests], {
    cwd: server,
    env: { ...process.env, HEHU_TEST_RLS: 'off' },
    encoding: 'utf8',
  });
  restore();
  restore = () => undefined;
  const caught = r.status !== 0;
  const equivalent = EQUIVALENT[label];
  if (!caught && !equivalent) survivors.push(label);
  if (!caught && equivalent) equivalents.push(label);
  const verdict = caught ? 'caught  ' : equivalent ? 'equivalent' : 'SURVIVED';
  console.log(
    `[${i + 1}/${all.length}] ${verdict} ${label} (${((Date.now() - started) / 1000).toFixed(0)} s)${!caught && equivalent ? ` — ${equivalent}` : ''}`,
  );
}
console.log(
  `\n${all.length - survivors.length - equivalents.length} of ${all.length} scope removals caught, ${equivalents.length} equivalent, ${survivors.length} survived`,
);
if (survivors.length > 0) {
  console.log(`survived:\n  ${survivors.join('\n  ')}`);
  process.exit(1);
}

// Each page area's Chinese texts come with the modules that show them (pageTexts.ts), without a browser: a module
// that names an area's key imports that area's file, or a page loaded on its own would show the key itself; and
// the entry (main.tsx and what it imports) imports none of them, so the sign-in page downloads the shell's only.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import shellTexts from './zh-CN';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const I18N = path.join(SRC, 'i18n');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.(test|d)\.ts$/.test(name) ? [full] : [];
  });
}

const areaFiles = readdirSync(I18N)
  .filter((name) => name.endsWith('.zh-CN.ts') && name !== 'zh-CN.ts')
  .map((name) => path.join(I18N, name));

/** Top-level key → the area file holding it. */
const areaOfKey = new Map<string, string>();
for (const file of areaFiles) {
  const texts = ((await import(file)) as { default: object }).default;
  for (const key of Object.keys(texts)) {
    expect(areaOfKey.has(key) || key in shellTexts, `${key} is in two files`).toBe(false);
    areaOfKey.set(key, file);
  }
}

/** The files a module imports for their values (type-only imports and dynamic `import()` load nothing). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^\s*import\s+(?!type\s)(?:[^;]*?\sfrom\s+)?['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*export\s+(?:\*|\{)[^;]*?\sfrom\s+['"]([^'"]+)['"]/gm),
  ].map((match) => match[1] ?? '');
  return specifiers.flatMap((specifier) => {
    if (!specifier.startsWith('.')) return [];
    const base = path.resolve(path.dirname(file), specifier);
    const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
      .map((ending) => base + ending)
      .find((candidate) => {
        try {
          return statSync(candidate).isFile();
        } catch {
          return false;
        }
      });
    return found ? [found] : [];
  });
}

/** The areas whose keys a module names: 'childList.title', `family.kindValue.${kind}`… */
function areasNamed(file: string): Set<string> {
  const text = readFileSync(file, 'utf8');
  const areas = new Set<string>();
  for (const match of text.matchAll(/['"`]([a-zA-Z]+)\.[A-Za-z_$]/g)) {
    const area = areaOfKey.get(match[1] ?? '');
    if (area) areas.add(area);
  }
  return areas;
}

const relative = (file: string) => path.relative(SRC, file);

describe('page texts', () => {
  it('every area has texts and no key is in two files', () => {
    expect(areaFiles.length).toBeGreaterThan(20);
    expect(areaOfKey.get('childList')).toMatch(/childFile\.zh-CN\.ts$/);
  });

  it('a module that names an area key imports that area file', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(SRC).filter((f) => !f.startsWith(I18N))) {
      const imported = new Set(staticImports(file));
      for (const area of areasNamed(file)) {
        if (!imported.has(area)) missing.push(`${relative(file)} names keys of ${relative(area)} without importing it`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("the entry imports no area's texts: the sign-in page downloads the shell's only", () => {
    const seen = new Set<string>();
    const queue = [path.join(SRC, 'main.tsx')];
    for (let file = queue.pop(); file; file = queue.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...staticImports(file));
    }
    expect(seen.size).toBeGreaterThan(10);
    expect([...seen].filter((file) => areaFiles.includes(file)).map(relative)).toEqual([]);
  });
});

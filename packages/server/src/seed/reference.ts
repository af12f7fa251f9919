// Reference data every installation needs: divisions of the configured city, administrative units,
// the working-day calendar, built-in roles and the default security policy. Idempotent.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { BUILT_IN_BANK_LAYOUTS, divisionLevel } from '@hehu/domain';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../db/connection.ts';
import {
  adminUnitMembers,
  bankLayoutVersions,
  bankLayouts,
  divisions,
  roles,
  workCalendarYears,
} from '../db/schema.ts';
import { DEFAULT_POLICY, readPolicy, writePolicy } from '../platform/policy.ts';
import { seedCategoryRules } from '../modules/categories/rules.ts';
import { seedVisitRules } from '../modules/visits/index.ts';
import { seedPapers, seedReverification } from '../modules/applications/index.ts';
import { seedRiskInstrument } from '../modules/risk/index.ts';
import { seedCaseTiers } from '../modules/cases/index.ts';
import { BUILT_IN_ROLES } from './roles.ts';

const divisionFile = z.object({
  source: z.looseObject({ package: z.string(), version: z.string() }),
  divisions: z.array(z.object({ code: z.string(), name: z.string(), parentCode: z.string().nullable() })),
});
const adminUnitFile = z.object({
  units: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      level: z.enum(['county', 'township']),
      parentCode: z.string(),
      memberCodes: z.array(z.string()),
    }),
  ),
});
const calendarFile = z.object({
  years: z.record(
    z.string(),
    z.object({ holidays: z.array(z.string()), workdays: z.array(z.string()), source: z.string().optional() }),
  ),
});

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  return schema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface ReferenceSummary {
  divisions: number;
  adminUnits: number;
  calendarYears: number;
  roles: number;
}

export async function seedReference(db: Queryable, repoRoot: string, city: string): Promise<ReferenceSummary> {
  const dataDir = path.join(repoRoot, 'data');
  const { divisions: rows } = readJson(path.join(dataDir, `divisions-${city}.json`), divisionFile);
  const values = rows.map((r) => {
    const level = divisionLevel(r.code);
    if (!level) throw new Error(`invalid division code in reference data: ${r.code}`);
    return { code: r.code, name: r.name, level, parentCode: r.parentCode, kind: 'statistical' as const };
  });
  for (let i = 0; i < values.length; i += 500) {
    await db
      .insert(divisions)
      .values(values.slice(i, i + 500))
      .onConflictDoUpdate({
        target: divisions.code,
        set: { name: sql`excluded.name`, parentCode: sql`excluded.parent_code` },
      });
  }

  const { units } = readJson(path.join(dataDir, `admin-units-${city}.json`), adminUnitFile);
  for (const u of units) {
    await db
      .insert(divisions)
      .values({ code: u.code, name: u.name, level: u.level, parentCode: u.parentCode, kind: 'administrative' })
      .onConflictDoUpdate({ target: divisions.code, set: { name: u.name } });
    for (const m of u.memberCodes) {
      await db.insert(adminUnitMembers).values({ unitCode: u.code, memberCode: m }).onConflictDoNothing();
    }
  }

  const calendar = readJson(path.join(dataDir, 'work-calendar.json'), calendarFile);
  for (const [year, y] of Object.entries(calendar.years)) {
    await db
      .insert(workCalendarYears)
      .values({ year: Number(year), holidays: y.holidays, workdays: y.workdays, source: y.source ?? '' })
      .onConflictDoNothing();
  }

  for (const r of BUILT_IN_ROLES) {
    const value = { ...r, builtIn: true };
    // Built-in roles follow the code's definition on every start; custom roles are never touched.
    await db.insert(roles).values(value).onConflictDoUpdate({ target: roles.code, set: value });
  }

  for (const layout of BUILT_IN_BANK_LAYOUTS) {
    // Built-in layouts follow the code like built-in roles; a county's own layouts are other rows. A change in the
    // code is a new version, so a roll whose file was made with the old one keeps it.
    const [stored] = await db.select().from(bankLayouts).where(eq(bankLayouts.code, layout.code));
    if (stored && isDeepStrictEqual(stored.definition, layout) && stored.name === layout.name) continue;
    const version = (stored?.version ?? 0) + 1;
    const value = { code: layout.code, name: layout.name, definition: layout, countyCode: null, version };
    await db.insert(bankLayouts).values(value).onConflictDoUpdate({ target: bankLayouts.code, set: value });
    await db
      .insert(bankLayoutVersions)
      .values({ code: layout.code, version, countyCode: null, definition: layout })
      .onConflictDoNothing();
  }

  if ((await readPolicy(db)).version === 0) await writePolicy(db, DEFAULT_POLICY, null);
  await seedCategoryRules(db);
  await seedVisitRules(db);
  await seedReverification(db);
  await seedPapers(db);
  await seedRiskInstrument(db);
  await seedCaseTiers(db);

  return {
    divisions: values.length,
    adminUnits: units.length,
    calendarYears: Object.keys(calendar.years).length,
    roles: BUILT_IN_ROLES.length,
  };
}

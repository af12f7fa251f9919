// Deterministic synthetic demo data: demo accounts and children across every village of the city.
// Never real people: common surnames, ID numbers with the village's county code and a valid check digit.
import { demoName, makeIdNumber, makeRng, maskIdNumber } from '@hehu/domain';
import { and, asc, count, eq, like } from 'drizzle-orm';
import { bulkInsert } from '../db/bulk.ts';
import type { Queryable } from '../db/connection.ts';
import { children, divisions, grants, institutions, users } from '../db/schema.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import { hashPassword } from '../platform/crypto.ts';

export const DEMO_PASSWORD = 'Demo#2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: string;
  /** How to find the division: a fixed code, or the first township/village under a county. */
  scope:
    { division: string } | { firstTownshipOf: string } | { firstVillageOf: string } | { institution: string } | 'none';
}

export const DEMO_COUNTY = '511102';
export const OTHER_DEMO_COUNTY = '511123';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'demo_city', displayName: '市民政局 · 王科员', role: 'city_officer', scope: { division: '5111' } },
  {
    username: 'demo_county',
    displayName: '市中区民政局 · 李经办',
    role: 'county_officer',
    scope: { division: DEMO_COUNTY },
  },
  {
    username: 'demo_township',
    displayName: '乡镇儿童督导员 · 张督导',
    role: 'township_supervisor',
    scope: { firstTownshipOf: DEMO_COUNTY },
  },
  {
    username: 'demo_village',
    displayName: '村儿童主任 · 刘主任',
    role: 'village_director',
    scope: { firstVillageOf: DEMO_COUNTY },
  },
  {
    username: 'demo_village2',
    displayName: '村儿童主任 · 陈主任',
    role: 'village_director',
    scope: { firstVillageOf: OTHER_DEMO_COUNTY },
  },
  {
    username: 'demo_hotline',
    displayName: '12345 热线 · 杨话务',
    role: 'hotline_operator',
    scope: { division: '5111' },
  },
  {
    username: 'demo_welfare',
    displayName: '市儿童福利院 · 赵老师',
    role: 'welfare_staff',
    scope: { institution: '乐山市儿童福利院' },
  },
  { username: 'demo_sysadmin', displayName: '系统管理员', role: 'sys_admin', scope: 'none' },
  { username: 'demo_secadmin', displayName: '安全管理员', role: 'sec_admin', scope: 'none' },
  { username: 'demo_auditor', displayName: '审计管理员', role: 'audit_admin', scope: 'none' },
];

const DEMO_INSTITUTIONS = [
  { name: '乐山市儿童福利院', kind: 'welfare_home' as const, divisionCode: DEMO_COUNTY },
  { name: '乐山市未成年人救助保护中心', kind: 'protection_center' as const, divisionCode: DEMO_COUNTY },
];

/** The first township of a county, and the first village of that township: the demo users' home areas. */
async function firstBelow(db: Queryable, prefix: string, level: 'township' | 'village'): Promise<string> {
  const [row] = await db
    .select({ code: divisions.code })
    .from(divisions)
    .where(and(eq(divisions.level, level), like(divisions.code, `${prefix}%`)))
    .orderBy(asc(divisions.code))
    .limit(1);
  if (!row) throw new Error(`no ${level} under ${prefix} in the reference data`);
  return row.code;
}

export async function demoVillages(db: Queryable): Promise<{ village: string; village2: string; township: string }> {
  const township = await firstBelow(db, DEMO_COUNTY, 'township');
  return {
    township,
    village: await firstBelow(db, township, 'village'),
    village2: await firstBelow(db, OTHER_DEMO_COUNTY, 'village'),
  };
}

export async function seedDemoAccounts(db: Queryable): Promise<void> {
  const [existing] = await db.select({ n: count() }).from(users).where(like(users.username, 'demo\\_%'));
  if ((existing?.n ?? 0) > 0) return;
  const instIds = new Map<string, string>();
  for (const inst of DEMO_INSTITUTIONS) {
    const [row] = await db.insert(institutions).values(inst).returning({ id: institutions.id });
    if (row) instIds.set(inst.name, row.id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { township, village, village2 } = await demoVillages(db);
  for (const a of DEMO_ACCOUNTS) {
    const [user] = await db
      .insert(users)
      .values({
        username: a.username,
        displayName: a.displayName,
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        demoAccount: true,
      })
      .returning({ id: users.id });
    if (!user) continue;
    let divisionCode: string | null = null;
    let institutionId: string | null = null;
    if (a.scope !== 'none') {
      if ('division' in a.scope) divisionCode = a.scope.division;
      else if ('firstTownshipOf' in a.scope) divisionCode = township;
      else if ('firstVillageOf' in a.scope) divisionCode = a.scope.firstVillageOf === DEMO_COUNTY ? village : village2;
      else institutionId = instIds.get(a.scope.institution) ?? null;
    }
    await db.insert(grants).values({ userId: user.id, roleCode: a.role, divisionCode, institutionId });
  }
}

const BIRTH_FROM = Date.UTC(2008, 6, 1);
const BIRTH_TO = Date.UTC(2026, 5, 30);

/**
 * Inserts `total` synthetic children in batches (memory stays flat for a million). The demo villages get a
 * few dozen each so the demo accounts have something to look at; the rest spread over every village.
 */
export async function seedDemoChildren(
  db: Queryable,
  cipher: FieldCipher,
  total: number,
  options: { seed?: number; batchSize?: number; onProgress?: (done: number) => void } = {},
): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(children);
  if ((existing?.n ?? 0) > 0 || total === 0) return 0;
  const rng = makeRng(options.seed ?? 20260101);
  const villageRows = await db
    .select({ code: divisions.code })
    .from(divisions)
    .where(eq(divisions.level, 'village'))
    .orderBy(asc(divisions.code));
  const villages = villageRows.map((v) => v.code);
  if (villages.length === 0) throw new Error('no villages in the reference data');
  const { village, village2 } = await demoVillages(db);
  const [welfareHome] = await db
    .select({ id: institutions.id })
    .from(institutions)
    .where(eq(institutions.kind, 'welfare_home'))
    .limit(1);
  const usedIds = new Set<string>();
  const batchSize = options.batchSize ?? 1000;
  let batch: (typeof children.$inferInsert)[] = [];
  for (let i = 0; i < total; i++) {
    const divisionCode =
      i < 30 ? village : i < 50 ? village2 : (villages[Math.floor(rng() * villages.length)] ?? village);
    const birth = new Date(BIRTH_FROM + Math.floor(rng() * (BIRTH_TO - BIRTH_FROM)));
    const birthDate = birth.toISOString().slice(0, 10);
    let idNumber: string;
    do {
      idNumber = makeIdNumber(divisionCode.slice(0, 6), birthDate, Math.floor(rng() * 1000));
    } while (usedIds.has(idNumber));
    usedIds.add(idNumber);
    const sex = Number(idNumber.charAt(16)) % 2 === 1 ? ('M' as const) : ('F' as const);
    // About 2% have no ID number yet (e.g. household registration pending).
    const hasId = rng() >= 0.02;
    batch.push({
      name: demoName(rng, sex),
      sex,
      birthDate,
      idNumberEnc: hasId ? cipher.encrypt(idNumber) : null,
      idNumberIndex: hasId ? cipher.blindIndex(idNumber) : null,
      idNumberMasked: hasId ? maskIdNumber(idNumber) : null,
      noIdReason: hasId ? null : '户口登记办理中',
      householdType: rng() < 0.7 ? 'rural' : 'urban',
      divisionCode,
      institutionId: welfareHome && i % 400 === 7 ? welfareHome.id : null,
    });
    if (batch.length >= batchSize) {
      await bulkInsert(db, children, batch, batchSize);
      batch = [];
      options.onProgress?.(i + 1);
    }
  }
  await bulkInsert(db, children, batch, batchSize);
  options.onProgress?.(total);
  return total;
}

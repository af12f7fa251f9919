// Deterministic synthetic demo data: the demo accounts, and a registry that looks like a real one (seed/demo/).
// Never real people: common surnames, ID numbers with the village's county code and a valid check digit.
import { rulesInForce, serviceDate } from '@hehu/domain';
import { and, asc, count, eq, like } from 'drizzle-orm';
import type { Database, Queryable } from '../db/connection.ts';
import { children, divisions, grants, institutions, partnerUnits, users } from '../db/schema.ts';
import { ruleVersions, toConfig } from '../modules/categories/rules.ts';
import type { DocumentStorage } from '../modules/documents/documents.storage.ts';
import { sealAuditRows } from '../platform/audit-chain.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import { hashPassword } from '../platform/crypto.ts';
import { seedColleagues, hotlineReminder } from './demo/accounts.ts';
import { Activity, recentWork } from './demo/activity.ts';
import { writeAllowances } from './demo/allowances.ts';
import { writeCaseDocuments } from './demo/case-documents.ts';
import { writeSchooling } from './demo/schooling.ts';
import { writeApplications } from './demo/applications.ts';
import { writeReverifications } from './demo/reverifications.ts';
import { writeCare } from './demo/care.ts';
import { writeCases } from './demo/cases.ts';
import { writeVisitPhotos } from './demo/visit-photos.ts';
import { writeVisits } from './demo/visits.ts';
import { demoAreas, loadVillages } from './demo/areas.ts';
import { findDuplicates, writeLinkRequests, writeTransfers } from './demo/lifecycle.ts';
import { DEFAULT_DEMO_SEED, planDemo } from './demo/plan.ts';
import { Rng } from './demo/random.ts';
import { DemoWriter } from './demo/write.ts';

export const DEMO_PASSWORD = 'Demo#2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: string;
  /** How to find the division: a fixed code, or the first township/village under a county. */
  scope:
    | { division: string }
    | { firstTownshipOf: string }
    | { firstVillageOf: string }
    | { institution: string }
    | { partnerUnit: string }
    | 'none';
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
    username: 'demo_approver',
    displayName: '市中区民政局 · 周审批',
    role: 'county_approver',
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
  {
    username: 'demo_protect',
    displayName: '市未成年人救助保护中心 · 何社工',
    role: 'protection_worker',
    scope: { institution: '乐山市未成年人救助保护中心' },
  },
  {
    username: 'demo_police',
    displayName: '市中区公安分局 · 罗警官',
    role: 'partner_officer',
    scope: { partnerUnit: '乐山市公安局市中区分局' },
  },
  {
    username: 'demo_teacher',
    displayName: '市中区实验小学 · 孙老师',
    role: 'mandatory_reporter',
    scope: { partnerUnit: '乐山市市中区实验小学' },
  },
  { username: 'demo_sysadmin', displayName: '系统管理员', role: 'sys_admin', scope: 'none' },
  { username: 'demo_secadmin', displayName: '安全管理员', role: 'sec_admin', scope: 'none' },
  { username: 'demo_auditor', displayName: '审计管理员', role: 'audit_admin', scope: 'none' },
];

const DEMO_INSTITUTIONS = [
  { name: '乐山市儿童福利院', kind: 'welfare_home' as const, divisionCode: DEMO_COUNTY },
  { name: '乐山市未成年人救助保护中心', kind: 'protection_center' as const, divisionCode: DEMO_COUNTY },
];

/** Departments and organisations cases are referred to, and units that file mandatory reports. */
export const DEMO_PARTNER_UNITS = [
  { name: '乐山市公安局市中区分局', role: 'partner', kind: 'public_security', divisionCode: DEMO_COUNTY },
  { name: '乐山市市中区教育局', role: 'partner', kind: 'education', divisionCode: DEMO_COUNTY },
  { name: '乐山市市中区卫生健康局', role: 'partner', kind: 'health', divisionCode: DEMO_COUNTY },
  { name: '乐山市市中区人民检察院', role: 'partner', kind: 'procuratorate', divisionCode: DEMO_COUNTY },
  { name: '乐山市市中区妇女联合会', role: 'partner', kind: 'women_federation', divisionCode: DEMO_COUNTY },
  { name: '乐山市心语社会工作服务中心', role: 'partner', kind: 'social_organisation', divisionCode: DEMO_COUNTY },
  { name: '犍为县公安局', role: 'partner', kind: 'public_security', divisionCode: OTHER_DEMO_COUNTY },
  { name: '乐山市市中区实验小学', role: 'reporter', kind: 'school', divisionCode: DEMO_COUNTY },
  { name: '乐山市市中区人民医院', role: 'reporter', kind: 'hospital', divisionCode: DEMO_COUNTY },
  { name: '犍为县第一中学', role: 'reporter', kind: 'school', divisionCode: OTHER_DEMO_COUNTY },
] as const;

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
  const unitIds = new Map<string, string>();
  for (const unit of DEMO_PARTNER_UNITS) {
    const [row] = await db.insert(partnerUnits).values(unit).returning({ id: partnerUnits.id });
    if (row) unitIds.set(unit.name, row.id);
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
    let partnerUnitId: string | null = null;
    if (a.scope !== 'none') {
      if ('division' in a.scope) divisionCode = a.scope.division;
      else if ('firstTownshipOf' in a.scope) divisionCode = township;
      else if ('firstVillageOf' in a.scope) divisionCode = a.scope.firstVillageOf === DEMO_COUNTY ? village : village2;
      else if ('partnerUnit' in a.scope) partnerUnitId = unitIds.get(a.scope.partnerUnit) ?? null;
      else institutionId = instIds.get(a.scope.institution) ?? null;
    }
    await db.insert(grants).values({ userId: user.id, roleCode: a.role, divisionCode, institutionId, partnerUnitId });
  }
}

/** Up to this many children the demo has two years of allowance rolls (above it: standards and accounts only). */
const ALLOWANCE_ROLLS_UP_TO = 20_000;

export interface DemoSeedOptions {
  seed?: number;
  /** Children per batch: each batch's rows are inserted together, so memory stays flat for a million. */
  batchSize?: number;
  onProgress?: (done: number) => void;
  /** Where generated documents are stored (the application's storage); without it, no documents. */
  storage?: DocumentStorage | undefined;
  /** The date the data is anchored to (ages, "three months ago"); today in Leshan by default. */
  asOf?: string;
  /** The run is one transaction: on failure its stored files are removed too (set by seedDemo). */
  atomic?: boolean;
}

/**
 * The demo registry: `total` children the way a county's registry looks (seed/demo/plan.ts), with families,
 * situations, decisions, documents, transfers, link requests and duplicates, the colleagues' accounts and the
 * recent audit trail. Runs only on an empty registry, so running it again changes nothing and returns 0.
 */
export async function seedDemoChildren(
  db: Queryable,
  cipher: FieldCipher,
  total: number,
  options: DemoSeedOptions = {},
): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(children);
  if ((existing?.n ?? 0) > 0 || total === 0) return 0;
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const asOf = options.asOf ?? serviceDate();
  const startedAt = Date.now();
  const villages = await loadVillages(db);
  if (villages.length === 0) throw new Error('no villages in the reference data');
  const areas = demoAreas(villages, DEMO_COUNTY, OTHER_DEMO_COUNTY);
  const [welfareHome] = await db
    .select({ id: institutions.id, name: institutions.name })
    .from(institutions)
    .where(eq(institutions.kind, 'welfare_home'))
    .orderBy(asc(institutions.createdAt))
    .limit(1);
  if (!welfareHome) throw new Error('the demo accounts (and their welfare home) are seeded before the demo children');
  const accountRows = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(like(users.username, 'demo\\_%'));
  const accounts = new Map(accountRows.map((a) => [a.username, { id: a.id, displayName: a.displayName }]));
  const versions = await ruleVersions(db);
  const configs = new Map(versions.map((v) => [v, toConfig(v)]));
  const rulesAt = (date: string) => {
    const found = rulesInForce(versions, date);
    const config = found && configs.get(found);
    if (!config) throw new Error('no category rules version');
    return config;
  };
  const activity = new Activity(startedAt);
  const colleagues = await seedColleagues(db, areas, asOf, activity, startedAt);
  const writer = new DemoWriter({
    db,
    cipher,
    storage: options.storage,
    asOf,
    welfareHome,
    accounts,
    villages: new Map(villages.map((v) => [v.code, v])),
    demoCounty: DEMO_COUNTY,
    batchSize: options.batchSize ?? 1000,
    seed,
    onProgress: options.onProgress,
  });
  const summary = await writer
    .write(planDemo({ total, seed, asOf, villages, areas, rulesAt }))
    .catch(async (error: unknown) => {
      // In one transaction nothing will point at the files already stored: remove them with the rolled-back rows.
      if (options.atomic)
        for (const key of writer.summary.storedKeys) await options.storage?.remove(key).catch(() => undefined);
      throw error;
    });
  const requests = { db, cipher, accounts: new Map([...accounts, ...colleagues.accounts]), activity };
  const transfers = await writeTransfers(requests, summary.special);
  const links = await writeLinkRequests(requests, summary.special);
  const applicationCount = await writeApplications({
    db,
    accounts: requests.accounts,
    activity,
    asOf,
    village: areas.village.code,
    rulesAt,
  });
  const rounds = await writeReverifications({
    db,
    accounts: requests.accounts,
    activity,
    asOf,
    township: areas.village.code.slice(0, 9),
  });
  const care = await writeVisits({
    db,
    accounts: requests.accounts,
    activity,
    asOf,
    seed,
    village: areas.village.code,
  });
  const visitPhotos = await writeVisitPhotos({
    db,
    storage: options.storage,
    villages: [areas.village.code, areas.village2.code],
    stored: writer.summary.storedKeys,
  });
  const leftBehind = await writeCare({ db, accounts: requests.accounts, asOf, seed, village: areas.village.code });
  const caseWork = await writeCases({
    db,
    accounts: requests.accounts,
    asOf,
    seed,
    villages,
    demoCounty: DEMO_COUNTY,
    otherCounty: OTHER_DEMO_COUNTY,
  });
  await writeCaseDocuments({
    db,
    storage: options.storage,
    demoCounty: DEMO_COUNTY,
    stored: writer.summary.storedKeys,
  });
  const allowances = await writeAllowances({
    db,
    cipher,
    accounts: requests.accounts,
    asOf,
    seed,
    demoCounty: DEMO_COUNTY,
    otherCounty: OTHER_DEMO_COUNTY,
    startedAt,
    // 24 months of rolls for every county take a while; a benchmark-sized run (BENCH_CHILDREN, --children)
    // gets the standards and the payee accounts only.
    withRolls: total <= ALLOWANCE_ROLLS_UP_TO,
  });
  await writeSchooling({ db, accounts: requests.accounts, asOf, demoCounty: DEMO_COUNTY });
  const duplicates = await findDuplicates(db, [areas.village.code, areas.village2.code, areas.welfareVillage.code]);
  const signingIn = [...accountRows.map((a) => ({ id: a.id, username: a.username })), ...colleagues.active];
  recentWork(activity, new Rng(seed ^ 0xa0d17), asOf, signingIn, summary.featured, DEMO_COUNTY);
  await hotlineReminder(db, startedAt);
  activity.add({
    at: new Date(startedAt),
    actorId: null,
    actorUsername: 'system',
    action: 'demo.seed',
    details: {
      seed,
      asOf,
      children: summary.children,
      persons: summary.persons,
      situations: summary.situations,
      categories: summary.categories,
      documents: summary.documents,
      history: summary.history,
      transfers,
      linkRequests: links,
      duplicates,
      applications: applicationCount,
      reverificationRound: rounds.round,
      reverificationItems: rounds.items,
      reverificationsOpen: rounds.open,
      visits: care.visits,
      assessments: care.assessments,
      referrals: care.referrals,
      visitPhotos,
      careRecords: leftBehind.records,
      careAgreementsSigned: leftBehind.signed,
      parentContacts: leftBehind.contacts,
      allowanceStandards: allowances.standards,
      payeeAccounts: allowances.payeeAccounts,
      allowanceRolls: allowances.rolls,
      allowancePayments: allowances.payments,
      failedPayments: allowances.failedPayments,
      cases: caseWork.cases,
      caseReferrals: caseWork.referrals,
      caseLibraryEntries: caseWork.libraryEntries,
    },
  });
  await activity.write(db);
  return summary.children;
}

/** Up to this many children the demo is one transaction; a larger run commits batch by batch. */
const ONE_TRANSACTION_UP_TO = 50_000;

/**
 * Seeds the demo registry and seals the audit rows it wrote, as the server seals a request's rows after it
 * commits. The default size is one transaction, so a failed run leaves nothing behind; a large run (the
 * `--children` of the CLI) commits batch by batch so the write-ahead log stays small, and one stopped half-way is
 * started again on a new data folder.
 */
export async function seedDemo(
  database: Database,
  cipher: FieldCipher,
  total: number,
  options: DemoSeedOptions = {},
): Promise<number> {
  const added =
    total <= ONE_TRANSACTION_UP_TO
      ? await database.transaction((tx) => seedDemoChildren(tx, cipher, total, { ...options, atomic: true }))
      : await seedDemoChildren(database.db, cipher, total, options);
  if (added > 0) await sealAuditRows(database);
  return added;
}

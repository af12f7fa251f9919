// Bank layouts per county (FORMATS §4): the built-in 9- and 3-column layouts are shared, a county may keep layouts
// of its own and chooses the one its payment files use. Every save is a new version; a roll keeps the version its
// payment file was first made with, so an edit never changes a file already sent to the bank.
import {
  BUILT_IN_BANK_LAYOUTS,
  checkBankLayout,
  type BankLayout,
  type BankLayoutColumn,
  type BankLayoutProblem,
} from '@hehu/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import { allowanceCountySettings, allowanceRolls, bankLayoutVersions, bankLayouts } from '../../db/schema.ts';
import { AppError, type Locale } from '../../platform/errors.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { Permission } from '../../platform/permissions.ts';
import { requireCounty, type RollRow } from './rolls.service.ts';

type Ctx = RouteContext<unknown, unknown, unknown, Permission>;

const DEFAULT_LAYOUT = 'standard9';

export interface UsedLayout {
  layout: BankLayout;
  code: string;
  version: number;
}

/** The layout a county uses now, with its version; the built-in 9-column one when the county chose none. */
export async function layoutFor(db: Queryable, countyCode: string): Promise<UsedLayout> {
  const rows = await queryRows<{ code: string; version: number; definition: unknown }>(
    db,
    sql`select l.code, l.version, l.definition from bank_layouts l
      where l.code = coalesce((select s.bank_layout_code from allowance_county_settings s where s.county_code = ${countyCode}),
        ${DEFAULT_LAYOUT})`,
  );
  const stored = rows[0];
  const definition = stored?.definition as BankLayout | undefined;
  if (stored && definition && checkBankLayout(definition).length === 0) {
    return { layout: definition, code: stored.code, version: stored.version };
  }
  const fallback = BUILT_IN_BANK_LAYOUTS.find((l) => l.code === DEFAULT_LAYOUT);
  if (!fallback) throw new Error('no bank layout');
  return { layout: fallback, code: DEFAULT_LAYOUT, version: stored?.version ?? 1 };
}

/**
 * The layout for a roll's payment file: the version recorded at its first export, or else the county's current
 * layout, recorded now so that every later export of the roll is made the same way.
 */
export async function layoutForRoll(db: Queryable, roll: RollRow): Promise<UsedLayout> {
  if (roll.bankLayoutCode && roll.bankLayoutVersion) {
    const [kept] = await db
      .select()
      .from(bankLayoutVersions)
      .where(
        and(eq(bankLayoutVersions.code, roll.bankLayoutCode), eq(bankLayoutVersions.version, roll.bankLayoutVersion)),
      );
    if (!kept) throw new Error(`bank layout ${roll.bankLayoutCode} v${roll.bankLayoutVersion} is missing`);
    return { layout: kept.definition as BankLayout, code: kept.code, version: kept.version };
  }
  const current = await layoutFor(db, roll.countyCode);
  await db
    .update(allowanceRolls)
    .set({ bankLayoutCode: current.code, bankLayoutVersion: current.version })
    .where(eq(allowanceRolls.id, roll.id));
  return current;
}

function layoutView(row: typeof bankLayouts.$inferSelect) {
  const definition = row.definition as BankLayout;
  return {
    code: row.code,
    name: row.name,
    version: row.version,
    builtIn: row.countyCode === null,
    columns: definition.columns.map((c) => ({ key: c.key, header: c.header })),
    encoding: definition.encoding,
    referenceColumn: definition.referenceColumn,
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function countyName(db: Queryable, countyCode: string): Promise<string> {
  const [county] = await queryRows<{ name: string }>(
    db,
    sql`select name from divisions where code = ${countyCode} and level = 'county'`,
  );
  if (!county) throw new AppError('NOT_FOUND');
  return county.name;
}

/** What the county's layout page shows: the layout in use, the ones it may choose, and what recent rolls used. */
export async function countyBankLayout(ctx: Ctx, countyCode: string) {
  requireCounty(ctx, 'allowances:read', countyCode);
  const name = await countyName(ctx.db, countyCode);
  const [setting] = await ctx.db
    .select()
    .from(allowanceCountySettings)
    .where(eq(allowanceCountySettings.countyCode, countyCode));
  const layouts = await ctx.db
    .select()
    .from(bankLayouts)
    .where(sql`${bankLayouts.countyCode} is null or ${bankLayouts.countyCode} = ${countyCode}`)
    .orderBy(sql`${bankLayouts.countyCode} nulls first`, bankLayouts.code);
  const rolls = await queryRows<{ id: string; month: string; code: string; version: number; name: string }>(
    ctx.db,
    sql`select r.id, to_char(r.month, 'YYYY-MM') as month, r.bank_layout_code as code, r.bank_layout_version as version,
        coalesce(v.definition ->> 'name', r.bank_layout_code) as name
      from allowance_rolls r
      join bank_layout_versions v on v.code = r.bank_layout_code and v.version = r.bank_layout_version
      where r.county_code = ${countyCode} order by r.month desc limit 6`,
  );
  return {
    countyCode,
    countyName: name,
    layoutCode: setting?.bankLayoutCode ?? DEFAULT_LAYOUT,
    layouts: layouts.map(layoutView),
    exportedRolls: rolls.map((r) => ({
      rollId: r.id,
      month: r.month,
      layoutCode: r.code,
      layoutName: r.name,
      version: r.version,
    })),
  };
}

async function useLayout(db: Queryable, userId: string, countyCode: string, layoutCode: string): Promise<void> {
  await db
    .insert(allowanceCountySettings)
    .values({ countyCode, bankLayoutCode: layoutCode, updatedBy: userId, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: allowanceCountySettings.countyCode,
      set: { bankLayoutCode: layoutCode, updatedBy: userId, updatedAt: new Date() },
    });
}

/** Another county's own layout is not offered, so it is refused as unknown, like a code that does not exist. */
export async function chooseBankLayout(ctx: Ctx, countyCode: string, layoutCode: string) {
  requireCounty(ctx, 'allowances:prepare', countyCode);
  const [layout] = await ctx.db.select().from(bankLayouts).where(eq(bankLayouts.code, layoutCode));
  if (!layout || (layout.countyCode !== null && layout.countyCode !== countyCode)) {
    throw AppError.rule('BANK_LAYOUT_INVALID', '没有这种银行文件格式', 'No such bank layout', { field: 'layoutCode' });
  }
  const [before] = await ctx.db
    .select()
    .from(allowanceCountySettings)
    .where(eq(allowanceCountySettings.countyCode, countyCode));
  await useLayout(ctx.db, ctx.actor.userId, countyCode, layoutCode);
  await ctx.audit(ctx.db, {
    action: 'allowance.county_settings.save',
    targetType: 'setting',
    targetId: countyCode,
    before: { bankLayoutCode: before?.bankLayoutCode ?? DEFAULT_LAYOUT },
    after: { bankLayoutCode: layoutCode, version: layout.version },
  });
}

export interface LayoutInput {
  /** null for a new layout of the county; the code of one of its own layouts for a new version of it. */
  code: string | null;
  /** The version the user edited (for a new version), so two editors do not overwrite each other. */
  version: number | null;
  name: string;
  columns: BankLayoutColumn[];
  encoding: BankLayout['encoding'];
  referenceColumn: BankLayout['referenceColumn'];
}

/** The field of the editor a problem belongs to, so the form can put the message under it. */
function problemField(problem: BankLayoutProblem): string {
  if (problem.code === 'REFERENCE_COLUMN') return 'referenceColumn';
  if (problem.code === 'ENCODING') return 'encoding';
  if (problem.column === null) return 'columns';
  return `columns.${problem.column - 1}.${problem.code === 'EMPTY_HEADER' ? 'header' : 'key'}`;
}

/** Every problem with the field it belongs to and its message in the caller's language, for the editor's form. */
function refuse(first: BankLayoutProblem, problems: readonly BankLayoutProblem[], locale: Locale): AppError {
  return AppError.rule(
    'BANK_LAYOUT_INVALID',
    `银行文件格式有 ${problems.length} 处问题：${problems.map((p) => p.zh).join('；')}`,
    `The bank layout has ${problems.length} problem(s): ${problems.map((p) => p.en).join('; ')}`,
    {
      field: problemField(first),
      problems: problems.map((p) => ({ field: problemField(p), message: locale === 'en' ? p.en : p.zh })),
    },
  );
}

/**
 * Saves a layout of the county and makes it the one in use: a new layout (also how a built-in one is edited: the
 * county gets its own copy, the shared one stays as it is) or a new version of one of the county's own.
 */
export async function saveCountyLayout(ctx: Ctx, countyCode: string, input: LayoutInput) {
  requireCounty(ctx, 'allowances:prepare', countyCode);
  await countyName(ctx.db, countyCode);
  const name = input.name.trim();
  const draft: BankLayout = {
    code: input.code ?? '',
    name,
    columns: input.columns.map((c) => ({ key: c.key, header: c.header.trim() })),
    encoding: input.encoding,
    referenceColumn: input.referenceColumn,
  };
  const problems = checkBankLayout(draft);
  const [first] = problems;
  if (first) throw refuse(first, problems, ctx.locale);

  return ctx.transaction(async (tx) => {
    let before: typeof bankLayouts.$inferSelect | undefined;
    let saved: typeof bankLayouts.$inferSelect;
    const now = new Date();
    if (input.code === null) {
      // Codes are the county's own: its code and a running number (nothing else names layouts across counties).
      const [count] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from bank_layouts where county_code = ${countyCode}`,
      );
      const code = `${countyCode}-${(count?.n ?? 0) + 1}`;
      const definition = { ...draft, code };
      [saved] = (await tx
        .insert(bankLayouts)
        .values({ code, name, definition, countyCode, version: 1, updatedBy: ctx.actor.userId, updatedAt: now })
        .returning()) as [typeof bankLayouts.$inferSelect];
    } else {
      // Not FOR UPDATE: under row-level security that would hide the shared layouts, which are to be named below.
      // Two saves of one version are told apart by the versioned update instead.
      [before] = await tx.select().from(bankLayouts).where(eq(bankLayouts.code, input.code));
      if (!before || (before.countyCode !== null && before.countyCode !== countyCode)) {
        throw AppError.rule('BANK_LAYOUT_INVALID', '没有这种银行文件格式', 'No such bank layout', { field: 'code' });
      }
      if (before.countyCode === null) {
        throw AppError.rule(
          'BANK_LAYOUT_INVALID',
          `“${before.name}”是全市通用格式，不能直接修改，请另存为本县格式`,
          `"${before.name}" is a shared layout; save it as a layout of the county instead`,
          { field: 'code' },
        );
      }
      const changed = () =>
        AppError.conflict('CONFLICT', '该格式已被他人修改，请刷新后重试', 'The layout changed; reload it', {
          field: 'version',
        });
      if (input.version !== before.version) throw changed();
      const definition = { ...draft, code: before.code };
      const [updated] = await tx
        .update(bankLayouts)
        .set({ name, definition, version: before.version + 1, updatedBy: ctx.actor.userId, updatedAt: now })
        .where(and(eq(bankLayouts.code, before.code), eq(bankLayouts.version, before.version)))
        .returning();
      if (!updated) throw changed();
      saved = updated;
    }
    await tx.insert(bankLayoutVersions).values({
      code: saved.code,
      version: saved.version,
      countyCode,
      definition: saved.definition,
      createdBy: ctx.actor.userId,
      createdAt: now,
    });
    await useLayout(tx, ctx.actor.userId, countyCode, saved.code);
    await ctx.audit(tx, {
      action: 'allowance.bank_layout.save',
      targetType: 'bank_layout',
      targetId: saved.code,
      before: before ? { version: before.version, definition: before.definition } : null,
      after: { countyCode, version: saved.version, definition: saved.definition },
    });
    return layoutView(saved);
  });
}

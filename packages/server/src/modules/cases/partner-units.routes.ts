// The city's registry of partner units (协作单位, who answer referrals) and reporting units (报告单位, who file
// mandatory reports), kept by the city's civil affairs under rules:manage. A unit is never deleted, since
// referrals, intakes and grants point at it: it is deactivated, and an inactive unit is offered neither for new
// referrals (GET /api/partner-units, refer) nor for new grants (security addGrant).
import { PARTNER_KINDS, PARTNER_KIND_LABELS, REPORTER_ORG_KINDS, REPORTER_ORG_KIND_LABELS } from '@hehu/domain';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { isUniqueViolation, queryRows } from '../../db/raw.ts';
import { divisions, grants, partnerUnits } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';

const role = z.enum(['partner', 'reporter'], '单位类别应为协作单位或报告单位');
const unitName = z.string('请填写单位名称').trim().min(1, '请填写单位名称').max(100, '单位名称最多 100 字');
const divisionCode = z.string('请选择所在地').regex(/^\d{2,12}$/, '所在地应为行政区划代码');

const unitBody = z.strictObject({ name: unitName, role, kind: z.string().max(40), divisionCode });
const unitChangeBody = z.strictObject({
  name: unitName,
  kind: z.string().max(40),
  divisionCode,
  active: z.boolean('请说明是否启用'),
  version: z.number().int().positive(),
});
const unitParams = z.strictObject({ id: z.uuid('单位编号格式不正确') });

const unitView = z.object({
  id: z.uuid(),
  name: z.string(),
  role,
  kind: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  active: z.boolean(),
  /** Accounts granted on the unit (a partner's liaison, a school's reporters). */
  accounts: z.number().int(),
  /** Referrals sent to the unit and not yet answered or declined. */
  openReferrals: z.number().int(),
  createdAt: z.string(),
  version: z.number().int(),
});
type UnitView = z.infer<typeof unitView>;

const KINDS: Record<'partner' | 'reporter', readonly string[]> = {
  partner: PARTNER_KINDS,
  reporter: REPORTER_ORG_KINDS,
};

/** Open referrals per unit, through the database function that sees past the cases' row-level security. */
async function openReferrals(db: Queryable): Promise<Map<string, number>> {
  const rows = await queryRows<{ partner_unit_id: string; open: number }>(
    db,
    sql`select partner_unit_id, open from hehu_partner_unit_open_referrals()`,
  );
  return new Map(rows.map((r) => [r.partner_unit_id, r.open]));
}

async function listUnits(db: Queryable, id?: string): Promise<UnitView[]> {
  const accounts = db
    .select({ unitId: grants.partnerUnitId, n: sql<number>`count(distinct ${grants.userId})::integer`.as('n') })
    .from(grants)
    .groupBy(grants.partnerUnitId)
    .as('accounts');
  const rows = await db
    .select({ u: partnerUnits, divisionName: divisions.name, accounts: accounts.n })
    .from(partnerUnits)
    .innerJoin(divisions, eq(divisions.code, partnerUnits.divisionCode))
    .leftJoin(accounts, eq(accounts.unitId, partnerUnits.id))
    .where(id ? eq(partnerUnits.id, id) : undefined)
    .orderBy(asc(partnerUnits.role), asc(partnerUnits.kind), asc(partnerUnits.name));
  const open = await openReferrals(db);
  return rows.map(({ u, divisionName, accounts: n }) => ({
    id: u.id,
    name: u.name,
    role: u.role,
    kind: u.kind,
    divisionCode: u.divisionCode,
    divisionName,
    active: u.active,
    accounts: n ?? 0,
    openReferrals: open.get(u.id) ?? 0,
    createdAt: u.createdAt.toISOString(),
    version: u.version,
  }));
}

/** The kind must be one of the role's vocabulary; the division a real one of the configured city. */
async function checkUnit(
  db: Queryable,
  city: string,
  input: { role: 'partner' | 'reporter'; kind: string; divisionCode: string },
): Promise<void> {
  if (!KINDS[input.role].includes(input.kind)) {
    const labels = input.role === 'partner' ? PARTNER_KIND_LABELS : REPORTER_ORG_KIND_LABELS;
    const names = Object.values(labels)
      .map((l) => l.zh)
      .join('、');
    throw AppError.rule(
      'PARTNER_UNIT_KIND_INVALID',
      `单位类型不正确：${input.role === 'partner' ? '协作单位' : '报告单位'}的类型应为${names}之一`,
      `Kind “${input.kind}” is not one of the ${input.role} kinds`,
      { field: 'kind' },
    );
  }
  const [division] = await db
    .select({ code: divisions.code })
    .from(divisions)
    .where(eq(divisions.code, input.divisionCode));
  if (!division || !division.code.startsWith(city))
    throw new AppError('PARTNER_UNIT_DIVISION_INVALID', { field: 'divisionCode' });
}

/** The same name in the same division is one unit (UNIQUE (name, division_code)): said on the name field. */
async function checkUnique(db: Queryable, name: string, division: string, except?: string): Promise<void> {
  const [same] = await db
    .select({ id: partnerUnits.id })
    .from(partnerUnits)
    .where(
      and(
        eq(partnerUnits.name, name),
        eq(partnerUnits.divisionCode, division),
        except ? ne(partnerUnits.id, except) : undefined,
      ),
    );
  if (same) throw duplicate(name);
}

const duplicate = (name: string) =>
  AppError.rule(
    'PARTNER_UNIT_DUPLICATE',
    `单位名称：该行政区划内已有名为“${name}”的单位`,
    `Name: a unit called “${name}” already exists in that division`,
    { field: 'name' },
  );

export const partnerUnitRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/cases/partner-units',
    access: 'rules:manage',
    summary: '协作单位与报告单位名录（含停用）Registry of partner and reporting units',
    tags: ['cases'],
    response: z.object({ items: z.array(unitView) }),
    handler: async (ctx) => ({ items: await listUnits(ctx.db) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/cases/partner-units',
    access: 'rules:manage',
    status: 201,
    summary: '新增协作单位或报告单位 Add a partner or reporting unit',
    tags: ['cases'],
    body: unitBody,
    response: unitView,
    handler: async (ctx) => {
      try {
        return await ctx.transaction(async (tx) => {
          await checkUnit(tx, ctx.services.config.city, ctx.body);
          await checkUnique(tx, ctx.body.name, ctx.body.divisionCode);
          const [row] = await tx.insert(partnerUnits).values(ctx.body).returning({ id: partnerUnits.id });
          if (!row) throw new AppError('INTERNAL');
          await ctx.audit(tx, {
            action: 'case.partner_unit.create',
            targetType: 'partner_unit',
            targetId: row.id,
            after: ctx.body,
          });
          const [view] = await listUnits(tx, row.id);
          if (!view) throw new AppError('INTERNAL');
          return view;
        });
      } catch (e) {
        // The same unit added at once by someone else: the unique key answers, said as the check above says it.
        if (isUniqueViolation(e)) throw duplicate(ctx.body.name);
        throw e;
      }
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/cases/partner-units/:id',
    access: 'rules:manage',
    summary: '修改、停用或启用协作单位 Change, deactivate or reactivate a unit',
    tags: ['cases'],
    params: unitParams,
    body: unitChangeBody,
    response: unitView,
    handler: async (ctx) => {
      const { version, ...change } = ctx.body;
      try {
        return await ctx.transaction(async (tx) => {
          // Locked: a referral being sent to the unit (which reads it FOR SHARE) waits, and is counted below.
          const [before] = await tx.select().from(partnerUnits).where(eq(partnerUnits.id, ctx.params.id)).for('update');
          if (!before) throw new AppError('NOT_FOUND');
          // The version the caller saw: a change made since then is not overwritten unseen.
          if (before.version !== version) throw new AppError('CONFLICT');
          await checkUnit(tx, ctx.services.config.city, { ...change, role: before.role });
          await checkUnique(tx, change.name, change.divisionCode, before.id);
          if (before.active && !change.active) {
            const open = (await openReferrals(tx)).get(before.id) ?? 0;
            if (open > 0)
              throw AppError.conflict(
                'PARTNER_UNIT_OPEN_REFERRALS',
                `该单位还有 ${open} 件转介待接收或办理中，须反馈或拒收后才能停用`,
                `The unit still has ${open} open referrals; they must be answered or declined first`,
                { field: 'active', open },
              );
          }
          const [after] = await tx
            .update(partnerUnits)
            .set({ ...change, version: sql`${partnerUnits.version} + 1` })
            .where(eq(partnerUnits.id, before.id))
            .returning();
          if (!after) throw new AppError('CONFLICT');
          await ctx.audit(tx, {
            action: before.active === after.active ? 'case.partner_unit.change' : 'case.partner_unit.active',
            targetType: 'partner_unit',
            targetId: before.id,
            before: { name: before.name, kind: before.kind, divisionCode: before.divisionCode, active: before.active },
            after: change,
          });
          const [view] = await listUnits(tx, before.id);
          if (!view) throw new AppError('INTERNAL');
          return view;
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw duplicate(change.name);
        throw e;
      }
    },
  }),
];

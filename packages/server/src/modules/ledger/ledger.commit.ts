// Committing a checked ledger: one transaction for every row, its history and the import's audit row, so a
// crash or a conflict leaves the registry as it was. The job row is locked inside that transaction, and the
// rows are checked again there: what was valid at the dry run may not be any more.
import { randomUUID } from 'node:crypto';
import { maskIdNumber } from '@hehu/domain';
import { and, eq, sql } from 'drizzle-orm';
import { bulkInsert, insertStatement, runPipelined } from '../../db/bulk.ts';
import type { Tx } from '../../db/connection.ts';
import { childHistory, children, importJobs } from '../../db/schema.ts';
import { isDivisionInScope, scopeCondition, type Actor, type Scope } from '../../platform/access.ts';
import type { AuditEntry } from '../../platform/audit.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError, type CodeAnswering } from '../../platform/errors.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { RouteAccess } from '../../platform/permissions.ts';
import { certificateColumns, maskAddress } from '../children/index.ts';
import { ELSEWHERE_MESSAGE, IdCheckRefusal, locateIdNumbers } from '../security-events/index.ts';
import type { CheckedRow, ValidRow } from './ledger.check.ts';

const BATCH = 2000;

export function toChildRow(v: ValidRow, cipher: FieldCipher, actorId: string): typeof children.$inferInsert {
  return {
    id: randomUUID(),
    name: v.name,
    formerNames: v.formerNames ?? [],
    sex: v.sex,
    birthDate: v.birthDate,
    idNumberEnc: v.idNumber ? cipher.encrypt(v.idNumber) : null,
    idNumberIndex: v.idNumber ? cipher.blindIndex(v.idNumber) : null,
    idNumberMasked: v.idNumber ? maskIdNumber(v.idNumber) : null,
    noIdReason: v.idNumber ? null : (v.noIdReason ?? null),
    divisionCode: v.divisionCode,
    ethnicity: v.ethnicity ?? null,
    householdType: v.householdType ?? null,
    currentAddressEnc: v.currentAddress ? cipher.encrypt(v.currentAddress) : null,
    currentAddressMasked: v.currentAddress ? maskAddress(v.currentAddress) : null,
    schoolingStage: v.schoolingStage ?? null,
    schoolName: v.schoolName ?? null,
    boarding: v.boarding ?? null,
    healthStatus: v.healthStatus ?? null,
    disabilityType: v.disabilityType ?? null,
    disabilityGrade: v.disabilityGrade ?? null,
    ...certificateColumns(cipher, v.disabilityCertNo ?? null),
    illness: v.illness ?? null,
    createdBy: actorId,
  };
}

export async function commitRows(
  tx: Tx,
  rows: readonly ValidRow[],
  ctx: {
    cipher: FieldCipher;
    actor: Actor;
    jobId: string;
    fileName: string;
    mode: 'all_or_nothing' | 'valid_only';
    skipped: number;
  },
  audit: (tx: Tx, entry: AuditEntry) => Promise<void>,
): Promise<number> {
  // Ids are made here so each history row names its child without relying on the order RETURNING gives.
  const createdIds: string[] = [];
  const at = new Date();
  const history: (typeof childHistory.$inferInsert)[] = [];
  // Each batch of children is built (encrypted, serialized) while the database writes the batch before.
  function* statements() {
    for (let i = 0; i < rows.length; i += BATCH) {
      const part = rows.slice(i, i + BATCH);
      const childRows = part.map((r) => toChildRow(r, ctx.cipher, ctx.actor.userId));
      yield insertStatement(children, childRows);
      childRows.forEach((c, j) => {
        createdIds.push(c.id ?? '');
        history.push({
          childId: c.id ?? '',
          at,
          actorId: ctx.actor.userId,
          actorName: ctx.actor.displayName,
          action: 'import',
          changes: [{ field: 'import', from: null, to: `${ctx.fileName} 第 ${part[j]?.row ?? 0} 行` }],
        });
      });
    }
  }
  await runPipelined(tx, statements());
  await bulkInsert(tx, childHistory, history, BATCH);
  await tx
    .update(importJobs)
    .set({ status: 'committed', mode: ctx.mode, createdRows: createdIds.length, committedAt: new Date() })
    .where(eq(importJobs.id, ctx.jobId));
  await audit(tx, {
    action: 'child.import',
    targetType: 'import',
    targetId: ctx.jobId,
    details: {
      fileName: ctx.fileName,
      mode: ctx.mode,
      created: createdIds.length,
      skipped: ctx.skipped,
      childIds: createdIds,
    },
  });
  return createdIds.length;
}

type Ctx = RouteContext<unknown, unknown, unknown, RouteAccess> & { actor: Actor };
export type CommitMode = 'all_or_nothing' | 'valid_only';

/** A 409 with its own stable code: the job or the registry changed since the dry run. */
function conflict(code: CodeAnswering<409>, zh: string, en: string, details?: Record<string, unknown>): AppError {
  return AppError.conflict(code, zh, en, details);
}

const rowList = (rows: readonly number[]) => rows.join('、');

/** A row that passed the dry run but may no longer be imported, and why. */
export interface StaleRow {
  row: number;
  reason: 'out_of_scope' | 'registered';
}

/**
 * The rows that were valid at the dry run and are not now: the village left the importer's scope (grants
 * changed), or the child was registered since. Only registrations the importer may read are named here; one
 * held elsewhere was refused before, with the generic answer (refuseHeldElsewhere).
 */
async function staleRows(
  tx: Tx,
  rows: readonly ValidRow[],
  scopes: { write: Scope; read: Scope },
  cipher: FieldCipher,
) {
  const stale: StaleRow[] = rows
    .filter((v) => !isDivisionInScope(scopes.write, v.divisionCode))
    .map((v) => ({ row: v.row, reason: 'out_of_scope' }));
  const outOfScope = new Set(stale.map((s) => s.row));
  const rest = rows.filter((v) => !outOfScope.has(v.row));
  const readable = scopeCondition(scopes.read, children.divisionCode, children.institutionId);
  const byIndex = new Map(rest.flatMap((v) => (v.idNumber ? [[cipher.blindIndex(v.idNumber), v.row] as const] : [])));
  if (byIndex.size > 0) {
    const hits = await tx
      .select({ index: children.idNumberIndex })
      .from(children)
      .where(and(sql`${children.idNumberIndex} = any(${sql.param([...byIndex.keys()])}::text[])`, readable));
    for (const h of hits) {
      const row = h.index ? byIndex.get(h.index) : undefined;
      if (row !== undefined) stale.push({ row, reason: 'registered' });
    }
  }
  // Without an ID number a child is the same name, birth date and village (as in the dry run).
  const noId = rest.filter((v) => !v.idNumber);
  if (noId.length > 0) {
    const key = (name: string, birthDate: string, division: string) => `${name}|${birthDate}|${division}`;
    const byKey = new Map(noId.map((v) => [key(v.name, v.birthDate, v.divisionCode), v.row]));
    const hits = await tx
      .select({ name: children.name, birthDate: children.birthDate, divisionCode: children.divisionCode })
      .from(children)
      .where(
        and(
          sql`(${children.name}, ${children.birthDate}, ${children.divisionCode}) in (
            select n, b::date, d from unnest(${sql.param(noId.map((v) => v.name))}::text[],
              ${sql.param(noId.map((v) => v.birthDate))}::text[], ${sql.param(noId.map((v) => v.divisionCode))}::text[])
              as u(n, b, d))`,
          readable,
        ),
      );
    for (const h of hits) {
      const row = byKey.get(key(h.name, h.birthDate, h.divisionCode));
      if (row !== undefined) stale.push({ row, reason: 'registered' });
    }
  }
  return stale.sort((a, b) => a.row - b.row);
}

/**
 * A number registered in another area since the dry run gets the same generic answer as at the check, naming
 * the row but not where, and is recorded as a security event like every such answer (see security-events).
 */
async function refuseHeldElsewhere(ctx: Ctx, tx: Tx, rows: readonly ValidRow[]): Promise<void> {
  const withId = rows.filter((v) => v.idNumber);
  if (withId.length === 0) return;
  const rowOf = new Map(withId.map((v) => [ctx.services.cipher.blindIndex(v.idNumber ?? ''), v]));
  const { elsewhere } = await locateIdNumbers(tx, ctx.scope('children:read'), [...rowOf.keys()]);
  const hit = [...elsewhere].flatMap((index) => {
    const v = rowOf.get(index);
    return v ? [v] : [];
  });
  if (hit.length === 0) return;
  const numbers = hit.map((v) => v.row).sort((a, b) => a - b);
  const error = new AppError(
    'ID_NUMBER_UNAVAILABLE',
    { rows: numbers },
    {
      zh: `第 ${rowList(numbers)} 行：${ELSEWHERE_MESSAGE}。本次未导入任何档案`,
      en: `Rows ${numbers.join(', ')}: the ID number cannot be registered in your area; nothing was imported`,
    },
  );
  const answers = hit.map((v) => ({ idNumberMasked: maskIdNumber(v.idNumber ?? ''), row: v.row }));
  throw new IdCheckRefusal(error, 'ledger.commit', answers, false);
}

const REASON = {
  out_of_scope: { zh: '不在您的管辖范围内', en: 'outside your area' },
  registered: { zh: '已被登记', en: 'registered since' },
} as const;

function staleError(code: 'IMPORT_CONFLICT' | 'IMPORT_ROWS_CHANGED', stale: readonly StaleRow[]): AppError {
  const parts = (['out_of_scope', 'registered'] as const).flatMap((reason) => {
    const rows = stale.filter((s) => s.reason === reason).map((s) => s.row);
    return rows.length ? [{ reason, rows }] : [];
  });
  const zh = parts.map((p) => `第 ${rowList(p.rows)} 行${REASON[p.reason].zh}`).join('；');
  const en = parts.map((p) => `rows ${p.rows.join(', ')} ${REASON[p.reason].en}`).join('; ');
  return conflict(
    code,
    `检查之后情况有变（${zh}），本次未导入任何档案：请重新检查后再导入`,
    `Things changed since the check (${en}); nothing was imported — check again`,
    { rows: stale },
  );
}

/**
 * Commits a checked import job. The job row is locked (FOR UPDATE) in the commit's own transaction, so a
 * second commit of the same job waits for the first and then finds it committed. All-or-nothing refuses the
 * whole commit, naming the rows, when any row is no longer valid; valid-only leaves out rows that left the
 * importer's scope. A child registered since the check refuses the commit in both modes.
 */
export async function commitImport(ctx: Ctx, jobId: string, mode: CommitMode) {
  const { cipher } = ctx.services;
  try {
    return await ctx.transaction(async (tx) => {
      const [job] = await tx
        .select()
        .from(importJobs)
        .where(and(eq(importJobs.id, jobId), eq(importJobs.createdBy, ctx.actor.userId)))
        .for('update');
      if (!job) throw new AppError('NOT_FOUND');
      if (job.status !== 'checked') {
        throw conflict(
          'IMPORT_ALREADY_COMMITTED',
          '该批次已导入过，不会重复创建档案',
          'This import was already committed',
        );
      }
      const report = job.report as { problems?: CheckedRow[]; rows?: CheckedRow[]; payload: string };
      // A job checked before problems were stored on their own carries every row.
      const problems = report.problems ?? report.rows ?? [];
      const bad = problems.filter((r) => r.status === 'error' || r.status === 'duplicate_in_file').length;
      if (mode === 'all_or_nothing' && bad > 0) {
        throw AppError.rule(
          'IMPORT_HAS_ERRORS',
          `有 ${bad} 行存在问题：请修正后重新上传，或选择“只导入无误的行”`,
          `${bad} rows have problems: fix them or import only the valid rows`,
          { errorRows: bad },
        );
      }
      const valid = JSON.parse(cipher.decrypt(report.payload)) as ValidRow[];
      await refuseHeldElsewhere(ctx, tx, valid);
      // Scope and registrations are checked again here: grants and the registry may have changed since the dry run.
      const stale = await staleRows(
        tx,
        valid,
        { write: ctx.scope('children:write'), read: ctx.scope('children:read') },
        cipher,
      );
      const registered = stale.filter((s) => s.reason === 'registered');
      if (registered.length > 0) throw staleError('IMPORT_CONFLICT', registered);
      if (mode === 'all_or_nothing' && stale.length > 0) throw staleError('IMPORT_ROWS_CHANGED', stale);
      const left = new Set(stale.map((s) => s.row));
      const allowed = valid.filter((v) => !left.has(v.row));
      const skipped = job.totalRows - allowed.length;
      const created = await commitRows(
        tx,
        allowed,
        { cipher, actor: ctx.actor, jobId: job.id, fileName: job.fileName, mode, skipped },
        (q, entry) => ctx.audit(q, entry),
      );
      return { created, skipped };
    });
  } catch (e) {
    // Someone registered one of these ID numbers after the dry run, where the importer cannot see it (or
    // between the check above and the insert): nothing was saved.
    if (
      e instanceof Error &&
      !(e instanceof AppError) &&
      /children_id_number_index_uq|unique/i.test(`${e.message} ${String((e as { cause?: unknown }).cause)}`)
    ) {
      throw conflict(
        'IMPORT_CONFLICT',
        '检查之后有儿童已被他人登记，本次未导入任何档案：请重新检查后再导入',
        'Some children were registered after the check; nothing was imported — check again',
      );
    }
    throw e;
  }
}

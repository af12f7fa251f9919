// Creating and editing a child's file: identity rules, scope, duplicates, field history and audit in one transaction.
import { maskIdNumber, type SchoolingStage } from '@hehu/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/connection.ts';
import { childHistory, children, divisions } from '../../db/schema.ts';
import { isDivisionInScope, type Actor, type Scope } from '../../platform/access.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError } from '../../platform/errors.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { RouteAccess } from '../../platform/permissions.ts';
import type { ChildDetail, CreateChildInput } from './children.schemas.ts';
import { elsewhereError, IdCheckRefusal, locateIdNumbers, requireIdChecksLeft } from '../security-events/index.ts';
import { findNearDuplicates, getChildRow, getFileExtras, type ChildFile, type ChildRow } from './children.store.ts';
import { certificateColumns, maskCertificateNumber } from './certificate.ts';
import { resolveIdentity } from './identity.ts';
import { checkParentsUnknown, checkPlacement, institutionName } from './placement.ts';

type Ctx = RouteContext<unknown, unknown, unknown, RouteAccess>;

export function maskAddress(address: string): string {
  // Keep the first part (township/village level) readable; hide the house details.
  return address.length <= 6 ? `${address.slice(0, 2)}****` : `${address.slice(0, 6)}****`;
}

/** The fields that are stored as given (no encryption, no derivation). */
const PLAIN_FIELDS = [
  'name',
  'formerNames',
  'ethnicity',
  'householdType',
  'schoolingStage',
  'schoolName',
  'boarding',
  'healthStatus',
  'disabilityType',
  'disabilityGrade',
  'illness',
  'familyEconomicHardship',
  'guardianshipHarm',
] as const;

async function checkVillage(db: Queryable, scope: Scope, code: string): Promise<void> {
  const [row] = await db.select({ level: divisions.level }).from(divisions).where(eq(divisions.code, code));
  if (row?.level !== 'village') throw new AppError('DIVISION_NOT_FOUND', { field: 'divisionCode' });
  if (!isDivisionInScope(scope, code)) throw new AppError('DIVISION_OUT_OF_SCOPE', { field: 'divisionCode' });
}

/**
 * One child per ID number. Held by a child the caller may read: the helpful answer, naming that child. Held
 * elsewhere: the generic answer that does not say where, recorded as a security event (see security-events).
 */
async function ensureIdNumberFree(
  ctx: Ctx & { actor: Actor },
  db: Queryable,
  idNumber: string,
  exceptChildId?: string,
): Promise<void> {
  const operation = exceptChildId ? 'child.update' : 'child.create';
  await requireIdChecksLeft(ctx, operation, db);
  const index = ctx.services.cipher.blindIndex(idNumber);
  const { inScope, elsewhere } = await locateIdNumbers(db, ctx.scope('children:read'), [index]);
  const holder = inScope.get(index);
  if (holder !== undefined && holder !== exceptChildId) {
    throw AppError.rule(
      'ID_NUMBER_EXISTS',
      '该身份证号码已登记，一人只能有一份档案',
      'This ID number is already registered',
      { field: 'idNumber', childId: holder },
    );
  }
  if (elsewhere.has(index))
    throw new IdCheckRefusal(
      elsewhereError('idNumber'),
      operation,
      [{ idNumberMasked: maskIdNumber(idNumber) }],
      false,
    );
}

function encryptedIdColumns(cipher: FieldCipher, idNumber: string | null) {
  return {
    idNumberEnc: idNumber ? cipher.encrypt(idNumber) : null,
    idNumberIndex: idNumber ? cipher.blindIndex(idNumber) : null,
    idNumberMasked: idNumber ? maskIdNumber(idNumber) : null,
  };
}

export async function recordHistory(
  tx: Tx,
  actor: Actor,
  childId: string,
  action: string,
  changes: { field: string; from: unknown; to: unknown }[],
): Promise<void> {
  await tx
    .insert(childHistory)
    .values({ childId, actorId: actor.userId, actorName: actor.displayName, action, changes });
}

export async function createChild(ctx: Ctx & { actor: Actor }, input: CreateChildInput) {
  const scope = ctx.scope('children:write');
  const identity = resolveIdentity(input);
  const { cipher } = ctx.services;
  await checkVillage(ctx.db, scope, input.divisionCode);
  if (identity.idNumber) await ensureIdNumberFree(ctx, ctx.db, identity.idNumber);
  if (!input.confirmNotDuplicate) {
    const near = await findNearDuplicates(ctx.db, ctx.scope('children:read'), {
      name: input.name,
      birthDate: identity.birthDate,
      divisionCode: input.divisionCode,
    });
    if (near.length > 0) {
      throw new AppError(
        'DUPLICATE',
        { nearDuplicates: near, hint: 'confirmNotDuplicate' },
        {
          zh: `发现 ${near.length} 份相似档案（姓名、出生日期、村），请确认不是同一名儿童后再保存`,
          en: `${near.length} similar records found; confirm this is a different child`,
        },
      );
    }
  }
  return ctx.transaction(async (tx) => {
    if (identity.idNumber) await ensureIdNumberFree(ctx, tx, identity.idNumber);
    const certificate = input.disabilityCertNo || null;
    const plain = {
      ...Object.fromEntries(PLAIN_FIELDS.filter((f) => input[f] !== undefined).map((f) => [f, input[f]])),
      ...(await checkPlacement(tx, input, identity.birthDate)),
    };
    const [row] = await tx
      .insert(children)
      .values({
        ...plain,
        name: input.name,
        sex: identity.sex,
        birthDate: identity.birthDate,
        noIdReason: identity.noIdReason,
        ...encryptedIdColumns(cipher, identity.idNumber),
        divisionCode: input.divisionCode,
        currentAddressEnc: input.currentAddress ? cipher.encrypt(input.currentAddress) : null,
        currentAddressMasked: input.currentAddress ? maskAddress(input.currentAddress) : null,
        ...certificateColumns(cipher, certificate),
        createdBy: ctx.actor.userId,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    const after = {
      ...plain,
      birthDate: identity.birthDate,
      sex: identity.sex,
      divisionCode: input.divisionCode,
      idNumber: identity.idNumber ? maskIdNumber(identity.idNumber) : null,
      ...(certificate ? { disabilityCertNo: maskCertificateNumber(certificate) } : {}),
      // The history and the audit name the institution, not its id.
      ...(plain.institutionId ? { institutionId: await institutionName(tx, plain.institutionId) } : {}),
    };
    await recordHistory(
      tx,
      ctx.actor,
      row.id,
      'create',
      Object.entries(after).map(([field, to]) => ({ field, from: null, to })),
    );
    await ctx.audit(tx, { action: 'child.create', targetType: 'child', targetId: row.id, after });
    return row;
  });
}

export async function updateChild(
  ctx: Ctx & { actor: Actor },
  id: string,
  input: Partial<CreateChildInput> & { version: number },
) {
  const scope = ctx.scope('children:write');
  const { cipher } = ctx.services;
  return ctx.transaction(async (tx) => {
    const before = await getChildRow(tx, scope, id);
    if (!before) throw new AppError('NOT_FOUND');
    if (before.version !== input.version) throw new AppError('CONFLICT', { currentVersion: before.version });
    if (before.status === 'archived')
      throw AppError.rule('CHILD_ARCHIVED', '档案已归档，不能修改', 'The file is archived and cannot be changed');
    const changes: { field: string; from: unknown; to: unknown }[] = [];
    const set: Partial<typeof children.$inferInsert> = {};
    for (const f of PLAIN_FIELDS) {
      const next = input[f];
      if (next === undefined) continue;
      if (JSON.stringify(next) !== JSON.stringify(before[f])) {
        changes.push({ field: f, from: before[f], to: next });
        Object.assign(set, { [f]: next });
      }
    }
    const identityTouched =
      input.idNumber !== undefined ||
      input.birthDate !== undefined ||
      input.sex !== undefined ||
      input.noIdReason !== undefined;
    if (identityTouched) {
      const currentId = before.idNumberEnc ? cipher.decrypt(before.idNumberEnc) : null;
      const identity = resolveIdentity({
        idNumber: input.idNumber === undefined ? currentId : input.idNumber,
        noIdReason: input.noIdReason === undefined ? before.noIdReason : input.noIdReason,
        birthDate: input.birthDate ?? (input.idNumber ? undefined : before.birthDate),
        sex: input.sex ?? (input.idNumber ? undefined : before.sex),
      });
      if (identity.idNumber !== currentId) {
        if (identity.idNumber) await ensureIdNumberFree(ctx, tx, identity.idNumber, id);
        Object.assign(set, encryptedIdColumns(cipher, identity.idNumber));
        changes.push({
          field: 'idNumber',
          from: before.idNumberMasked,
          to: identity.idNumber ? maskIdNumber(identity.idNumber) : null,
        });
      }
      for (const f of ['birthDate', 'sex', 'noIdReason'] as const) {
        if (identity[f] !== before[f]) {
          changes.push({ field: f, from: before[f], to: identity[f] });
          Object.assign(set, { [f]: identity[f] });
        }
      }
    }
    const placement = await checkPlacement(tx, input, set.birthDate ?? before.birthDate, before);
    if (placement.parentsUnknown === true && !before.parentsUnknown) await checkParentsUnknown(tx, id);
    for (const f of ['parentsUnknown', 'institutionId', 'institutionSince'] as const) {
      const next = placement[f];
      if (next === undefined || next === before[f]) continue;
      Object.assign(set, { [f]: next });
      if (f === 'institutionId') {
        const [from, to] = [
          await institutionName(tx, before.institutionId),
          await institutionName(tx, next as string | null),
        ];
        changes.push({ field: f, from, to });
      } else changes.push({ field: f, from: before[f], to: next });
    }
    if (input.currentAddress !== undefined) {
      const next = input.currentAddress || null;
      const prev = before.currentAddressEnc ? cipher.decrypt(before.currentAddressEnc) : null;
      if (next !== prev) {
        set.currentAddressEnc = next ? cipher.encrypt(next) : null;
        set.currentAddressMasked = next ? maskAddress(next) : null;
        changes.push({ field: 'currentAddress', from: before.currentAddressMasked, to: set.currentAddressMasked });
      }
    }
    if (input.disabilityCertNo !== undefined) {
      const next = input.disabilityCertNo || null;
      const prev = before.disabilityCertNoEnc ? cipher.decrypt(before.disabilityCertNoEnc) : null;
      if (next !== prev) {
        Object.assign(set, certificateColumns(cipher, next));
        // History and audit name the number masked, like the ID number it contains.
        changes.push({
          field: 'disabilityCertNo',
          from: before.disabilityCertNoMasked,
          to: next ? maskCertificateNumber(next) : null,
        });
      }
    }
    if (input.divisionCode !== undefined && input.divisionCode !== before.divisionCode) {
      // Moving a child to another area is a transfer, accepted by the receiving township.
      throw AppError.rule(
        'USE_TRANSFER',
        '更改户籍所在村须通过转移申请，由接收地乡镇确认',
        'Changing the village needs a transfer request',
        { field: 'divisionCode' },
      );
    }
    if (changes.length === 0) return before;
    // The read above does not lock: a concurrent change committed since then leaves no row with this version,
    // and the change must fail rather than overwrite it (PGlite's serial queue hides this; PostgreSQL does not).
    const [updated] = await tx
      .update(children)
      .set({ ...set, version: sql`${children.version} + 1`, updatedAt: new Date() })
      .where(and(eq(children.id, id), eq(children.version, input.version)))
      .returning();
    if (!updated) {
      const [current] = await tx.select({ version: children.version }).from(children).where(eq(children.id, id));
      throw new AppError('CONFLICT', { currentVersion: current?.version ?? null });
    }
    await recordHistory(tx, ctx.actor, id, 'update', changes);
    await ctx.audit(tx, {
      action: 'child.update',
      targetType: 'child',
      targetId: id,
      before: Object.fromEntries(changes.map((c) => [c.field, c.from])),
      after: Object.fromEntries(changes.map((c) => [c.field, c.to])),
    });
    return updated;
  });
}

/** The file of a row in hand (one just written), with its extras read in one query. */
export async function childDetailView(
  db: Queryable,
  actor: Actor,
  row: ChildRow,
  scopes: { write: Scope; unmask: Scope },
): Promise<ChildDetail> {
  return childDetailOf(actor, { row, ...(await getFileExtras(db, row)) }, scopes);
}

/** The file as the API answers it, with what this actor may do with it. */
export function childDetailOf(actor: Actor, file: ChildFile, scopes: { write: Scope; unmask: Scope }): ChildDetail {
  const { row } = file;
  return {
    id: row.id,
    name: row.name,
    formerNames: row.formerNames,
    sex: row.sex,
    birthDate: row.birthDate,
    idNumberMasked: row.idNumberMasked,
    noIdReason: row.noIdReason,
    divisionCode: row.divisionCode,
    divisionName: file.divisionNames.at(-1) ?? row.divisionCode,
    divisionPath: file.divisionNames.join(' / '),
    institutionId: row.institutionId,
    institutionName: file.institutionName,
    institutionSince: row.institutionSince,
    parentsUnknown: row.parentsUnknown,
    status: row.status,
    categories: file.categories,
    ethnicity: row.ethnicity,
    householdType: row.householdType,
    currentAddressMasked: row.currentAddressMasked,
    // Written only through the stage list (form and ledger), so the column holds one of them.
    schoolingStage: row.schoolingStage as SchoolingStage | null,
    schoolName: row.schoolName,
    boarding: row.boarding,
    healthStatus: row.healthStatus,
    disabilityType: row.disabilityType,
    disabilityGrade: row.disabilityGrade,
    disabilityCertNoMasked: row.disabilityCertNoMasked,
    illness: row.illness,
    familyEconomicHardship: row.familyEconomicHardship,
    guardianshipHarm: row.guardianshipHarm,
    terminationReason: row.terminationReason,
    terminationMonth: row.terminationMonth,
    mergedInto: row.mergedInto,
    photoDocumentId: row.photoDocumentId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    canUnmask:
      isDivisionInScope(scopes.unmask, row.divisionCode) ||
      (row.institutionId !== null && scopes.unmask.institutionIds.includes(row.institutionId)),
    canEdit:
      actor.permissions.has('children:write') &&
      (isDivisionInScope(scopes.write, row.divisionCode) ||
        (row.institutionId !== null && scopes.write.institutionIds.includes(row.institutionId))),
  };
}

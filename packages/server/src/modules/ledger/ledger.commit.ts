// Committing a checked ledger: one transaction for every row, its history and the import's audit row, so a
// crash or a conflict leaves the registry as it was.
import { randomUUID } from 'node:crypto';
import { maskIdNumber } from '@hehu/domain';
import { eq } from 'drizzle-orm';
import { bulkInsert, insertStatement, runPipelined } from '../../db/bulk.ts';
import type { Tx } from '../../db/connection.ts';
import { childHistory, children, importJobs } from '../../db/schema.ts';
import type { Actor } from '../../platform/access.ts';
import type { AuditEntry } from '../../platform/audit.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { maskAddress } from '../children/children.service.ts';
import type { ValidRow } from './ledger.check.ts';

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
    disabilityCertNo: v.disabilityCertNo ?? null,
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

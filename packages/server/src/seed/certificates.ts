// Run at every start, as the owner: disability certificate numbers written in clear before migration 0012 are
// encrypted with the master key (which the migration cannot reach) and the clear column is emptied.
import { eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../db/connection.ts';
import { children } from '../db/schema.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import { certificateColumns } from '../modules/children/certificate.ts';

const BATCH = 500;

/** Seals every clear certificate number left; returns how many. Each batch is its own transaction. */
export async function sealClearCertificateNumbers(database: Database, cipher: FieldCipher): Promise<number> {
  let sealed = 0;
  for (;;) {
    const done = await database.transaction(async (tx) => {
      const rows = await tx
        .select({ id: children.id, clear: children.disabilityCertNoClear })
        .from(children)
        .where(isNotNull(children.disabilityCertNoClear))
        .limit(BATCH)
        .for('update');
      for (const row of rows) {
        const value = row.clear?.trim() || null;
        // The version is left alone: the file's content has not changed, only how it is stored.
        await tx
          .update(children)
          .set({ ...certificateColumns(cipher, value), disabilityCertNoClear: null })
          .where(eq(children.id, row.id));
      }
      return rows.length;
    });
    sealed += done;
    if (done < BATCH) return sealed;
  }
}

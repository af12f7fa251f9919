// Documents on the demo cases: a home-visit record on each case worked past verification in the demo county, and
// the temporary-guardianship decision on the case that has one — generated PDFs (marked DEMO), stored and sealed
// like an upload, with the rows the case documents route writes.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import { caseDocuments } from '../../db/schema.ts';
import { sha256Hex } from '../../modules/documents/documents.service.ts';
import type { DocumentStorage } from '../../modules/documents/documents.storage.ts';
import { demoPdf } from './files.ts';

interface WorkedCase extends Record<string, unknown> {
  id: string;
  receipt_no: string;
  child_name: string;
  guardianship: string | null;
  verified_at: Date;
  owner_id: string | null;
  owner_name: string | null;
}

export async function writeCaseDocuments(ctx: {
  db: Queryable;
  storage: DocumentStorage | undefined;
  demoCounty: string;
  /** Keys put in the storage, removed again if the run fails. */
  stored: string[];
}): Promise<number> {
  if (!ctx.storage) return 0;
  const worked = await queryRows<WorkedCase>(
    ctx.db,
    sql`select k.id, k.receipt_no, k.child_name, k.guardianship,
        (select min(a.at) from case_actions a where a.case_id = k.id and a.action = 'verify') as verified_at,
        m.user_id as owner_id, u.display_name as owner_name
      from cases k
      left join case_members m on m.case_id = k.id and m.role = 'owner'
      left join users u on u.id = m.user_id
      where k.county_code = ${ctx.demoCounty}
        and exists (select 1 from case_actions a where a.case_id = k.id and a.action = 'verify')
      order by (k.guardianship is not null) desc, k.received_at desc, k.id
      limit 16`,
  );
  const rows: (typeof caseDocuments.$inferInsert)[] = [];
  for (const c of worked) {
    const papers: [string, string, string[]][] = [
      [
        '入户核实记录',
        '入户核实记录.pdf',
        [
          '入户核实记录',
          `受理编号：${c.receipt_no}`,
          `儿童：${c.child_name}`,
          '核实方式：入户走访',
          '核实人：社工、儿童督导员',
        ],
      ],
    ];
    if (c.guardianship === 'temporary')
      papers.push([
        '临时监护决定书',
        '临时监护决定书.pdf',
        ['临时监护决定书', `受理编号：${c.receipt_no}`, `儿童：${c.child_name}`, '安置方式：家庭寄养'],
      ]);
    for (const [title, fileName, lines] of papers) {
      const bytes = demoPdf(lines);
      const key = await ctx.storage.put(bytes);
      ctx.stored.push(key);
      rows.push({
        caseId: c.id,
        title,
        fileName,
        mimeType: 'application/pdf',
        sizeBytes: bytes.length,
        sha256: sha256Hex(bytes),
        storageKey: key,
        uploadedBy: c.owner_id,
        uploadedByName: c.owner_name ?? '个案社工',
        createdAt: new Date(c.verified_at),
      });
    }
  }
  if (rows.length > 0) await ctx.db.insert(caseDocuments).values(rows);
  return rows.length;
}

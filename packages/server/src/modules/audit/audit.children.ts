// Finding a child from the audit page: by name, full ID number or its last four characters. The auditor sees only
// what picks the right child (name, masked ID number, area, status), never the file, and the lookup is recorded.
import { maskIdNumber } from '@hehu/domain';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { limitIdLookup } from '../../platform/address-limits.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { RouteAccess } from '../../platform/permissions.ts';
import { toChildFilter } from '../children/index.ts';
import { labelChildren, rowsOf, type ChildFunctionRow, type ChildLabel } from './audit.query.ts';

/** Enough to choose among namesakes; a longer list asks for a closer query. */
export const LOOKUP_LIMIT = 30;

export const childLookupBody = z.strictObject({ q: z.string().trim().min(1).max(40) });

export const childLabelSchema = z.object({
  id: z.string(),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  divisionPath: z.string(),
  status: z.string(),
});

type LookupContext = RouteContext<unknown, unknown, z.infer<typeof childLookupBody>, RouteAccess>;

export async function lookupChildren(ctx: LookupContext): Promise<{ data: ChildLabel[]; more: boolean }> {
  const q = ctx.body.q;
  await limitIdLookup(ctx, q);
  const filter = toChildFilter({ q }, (v) => ctx.services.cipher.blindIndex(v));
  const name = filter.idNumberIndex || filter.idLastFour ? null : (filter.nameText ?? null);
  const result = await ctx.db.execute(
    sql`select * from hehu_audit_find_children(${name}, ${filter.idNumberIndex ?? null}, ${
      filter.idLastFour ?? null
    }, ${LOOKUP_LIMIT + 1})`,
  );
  const rows = rowsOf<ChildFunctionRow>(result);
  const found = await labelChildren(ctx.db, rows.slice(0, LOOKUP_LIMIT));
  // What was asked, as the trail may keep it (a full ID number only masked), and whom it showed: the lookup is in
  // each shown child's trail.
  const kind = filter.idNumberIndex ? 'id_number' : filter.idLastFour ? 'id_last_four' : 'name';
  await ctx.audit(ctx.db, {
    action: 'audit.child_lookup',
    details: {
      kind,
      query: kind === 'id_number' ? maskIdNumber(q) : q,
      found: found.length,
      childIds: found.map((c) => c.id),
    },
  });
  return { data: found, more: rows.length > LOOKUP_LIMIT };
}

// The children export: the list as people read it, or "for re-import" (every template column, in template order,
// so the file imports back unchanged). ID numbers, addresses and certificate numbers are in full only where the
// user may unmask; a masked number cannot be imported again, and the check says so for those rows.
import { serviceDate } from '@hehu/domain';
import { asc, sql } from 'drizzle-orm';
import { z } from 'zod';
import { childCategories, children } from '../../db/schema.ts';
import { isDivisionInScope, type Actor } from '../../platform/access.ts';
import { limitIdLookup } from '../../platform/address-limits.ts';
import type { FileReply, RouteContext } from '../../platform/http.ts';
import type { RouteAccess } from '../../platform/permissions.ts';
import { EXPORT_LIMIT, exportDetails, exportTooLarge, exportWatermark, workbookFile } from '../../platform/workbook.ts';
import { auditedFilter, childFilterQuery, childWhere, toChildFilter } from '../children/index.ts';
import { divisionPaths } from '../divisions/index.ts';
import { buildExport, buildReimportExport } from './ledger.files.ts';

export const exportFilter = z.strictObject({
  ...childFilterQuery,
  /** `reimport`: every template column, so the file imports back unchanged. */
  layout: z.enum(['list', 'reimport']).optional(),
});
type ExportQuery = z.infer<typeof exportFilter>;

type ExportContext = RouteContext<unknown, unknown, unknown, RouteAccess> & { actor: Actor };

/** The filtered list as a watermarked workbook, audited with the children it holds. */
export async function exportChildren(ctx: ExportContext, query: ExportQuery): Promise<FileReply> {
  const { layout = 'list', ...filterQuery } = query;
  await limitIdLookup(ctx, filterQuery.q);
  const filter = toChildFilter(filterQuery, (v) => ctx.services.cipher.blindIndex(v));
  const rows = await ctx.db
    .select({
      id: children.id,
      name: children.name,
      formerNames: children.formerNames,
      sex: children.sex,
      birthDate: children.birthDate,
      idNumberEnc: children.idNumberEnc,
      idNumberMasked: children.idNumberMasked,
      noIdReason: children.noIdReason,
      divisionCode: children.divisionCode,
      ethnicity: children.ethnicity,
      householdType: children.householdType,
      currentAddressEnc: children.currentAddressEnc,
      currentAddressMasked: children.currentAddressMasked,
      schoolingStage: children.schoolingStage,
      schoolName: children.schoolName,
      boarding: children.boarding,
      healthStatus: children.healthStatus,
      disabilityType: children.disabilityType,
      disabilityGrade: children.disabilityGrade,
      disabilityCertNoEnc: children.disabilityCertNoEnc,
      disabilityCertNoMasked: children.disabilityCertNoMasked,
      illness: children.illness,
      status: children.status,
      categories: sql<
        string[]
      >`coalesce((select array_agg(cc.category) from ${childCategories} cc where cc.child_id = ${children.id} and (cc.end_date is null or cc.end_date > current_date)), '{}')`,
    })
    .from(children)
    .where(childWhere(ctx.scope('children:read'), filter))
    .orderBy(asc(children.divisionCode), asc(children.name))
    .limit(EXPORT_LIMIT + 1);
  if (rows.length > EXPORT_LIMIT) throw exportTooLarge();
  const unmask = ctx.scope('children:unmask');
  const { cipher } = ctx.services;
  const now = new Date();
  const watermark = exportWatermark(ctx.actor, ctx.locale, now);
  let unmasked = 0;
  const full = (enc: string | null, masked: string | null, divisionCode: string) =>
    enc && isDivisionInScope(unmask, divisionCode) ? cipher.decrypt(enc) : masked;
  let bytes: Buffer;
  if (layout === 'reimport') {
    bytes = await buildReimportExport(
      rows.map((r) => {
        const idNumber = full(r.idNumberEnc, r.idNumberMasked, r.divisionCode);
        if (r.idNumberEnc && idNumber !== r.idNumberMasked) unmasked++;
        return {
          name: r.name,
          idNumber,
          // The ID number carries sex and birth date; they are written anyway, as the template has them.
          sex: r.sex,
          birthDate: r.birthDate,
          noIdReason: r.noIdReason,
          divisionCode: r.divisionCode,
          formerNames: r.formerNames,
          ethnicity: r.ethnicity,
          householdType: r.householdType,
          currentAddress: full(r.currentAddressEnc, r.currentAddressMasked, r.divisionCode),
          schoolingStage: r.schoolingStage,
          schoolName: r.schoolName,
          boarding: r.boarding,
          healthStatus: r.healthStatus,
          disabilityType: r.disabilityType,
          disabilityGrade: r.disabilityGrade,
          disabilityCertNo: full(r.disabilityCertNoEnc, r.disabilityCertNoMasked, r.divisionCode),
          illness: r.illness,
        };
      }),
      watermark,
      ctx.locale,
    );
  } else {
    const paths = await divisionPaths(ctx.db, [...new Set(rows.map((r) => r.divisionCode))]);
    bytes = await buildExport(
      rows.map((r) => {
        const idNumber = full(r.idNumberEnc, r.idNumberMasked, r.divisionCode);
        if (r.idNumberEnc && idNumber !== r.idNumberMasked) unmasked++;
        return {
          name: r.name,
          sex: r.sex,
          birthDate: r.birthDate,
          idNumber,
          divisionPath: (paths.get(r.divisionCode) ?? []).map((p) => p.name).join(' / '),
          categories: r.categories,
          status: r.status,
        };
      }),
      watermark,
      ctx.locale,
    );
  }
  await ctx.audit(ctx.db, {
    action: 'child.export',
    targetType: 'child',
    details: exportDetails(
      layout === 'reimport' ? 'children_reimport' : 'children',
      auditedFilter(filterQuery, filter),
      rows.length,
      rows.map((r) => r.id),
      unmasked,
    ),
  });
  const name = layout === 'reimport' ? { zh: '儿童台账', en: 'children-ledger' } : { zh: '儿童名册', en: 'children' };
  return workbookFile(bytes, `${ctx.locale === 'en' ? name.en : name.zh}-${serviceDate(now)}.xlsx`);
}

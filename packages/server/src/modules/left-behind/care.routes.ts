// Left-behind care routes: the care record, the parents' contacts (visits:record over the child's division),
// the signing rate by area and the national registration form (children:read / children:export).
import { ageOn, contactAlerts, serviceDate, signingRate } from '@hehu/domain';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { defineRoute, fileReply } from '../../platform/http.ts';
import {
  EXPORT_LIMIT,
  exportDetails,
  exportTooLarge,
  exportWatermark,
  exportWorkbook,
  workbookFile,
} from '../../platform/workbook.ts';
import { REGISTRATION_COLUMNS, registrationCells } from './care.export.ts';
import {
  careListItem,
  careListQuery,
  careRecord,
  careView,
  childParams,
  contactBody,
  contactView,
  saveCareBody,
  signingQuery,
  signingRow,
  unlinkAgreementBody,
} from './care.schemas.ts';
import { readCare, recordContact, saveCare, unlinkAgreementScan } from './care.service.ts';
import { careList, registrationRows, signingByArea } from './care.store.ts';

const CARE_LIST_LIMIT = 500;

/** The division asked for, else the caller's own area, else the city; 404 beside the caller's reach. */
function divisionFor(asked: string | undefined, prefixes: readonly string[], city: string): string {
  const division = asked ?? (prefixes.length === 1 ? prefixes[0] : undefined) ?? city;
  if (!prefixes.some((p) => division.startsWith(p) || p.startsWith(division))) throw new AppError('NOT_FOUND');
  return division;
}

export const careRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/children/:id/care',
    access: 'children:read',
    summary: '留守儿童关爱：居住与照护、委托照护协议、父母联系与提醒 Care of a left-behind child',
    tags: ['left-behind'],
    params: childParams,
    response: careView,
    handler: async (ctx) => {
      const view = await readCare(ctx.db, ctx.scope('children:read'), ctx.params.id, serviceDate());
      await ctx.audit(ctx.db, { action: 'care.read', targetType: 'child', targetId: view.childId });
      return view;
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/children/:id/care',
    access: 'visits:record',
    summary: '保存关爱记录（带版本号，他人先改则 409）Save the care record',
    tags: ['left-behind'],
    params: childParams,
    body: saveCareBody,
    response: careRecord,
    handler: (ctx) => saveCare(ctx, ctx.params.id, ctx.body, serviceDate()),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/care/agreement-document/unlink',
    access: 'visits:record',
    summary:
      '解除协议扫描件与关爱记录的关联（带版本号，他人先改则 409；扫描件仍留在档案材料中）Unlink the agreement scan',
    tags: ['left-behind'],
    params: childParams,
    body: unlinkAgreementBody,
    response: careRecord,
    handler: (ctx) => unlinkAgreementScan(ctx, ctx.params.id, ctx.body.version),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/contacts',
    access: 'visits:record',
    status: 201,
    summary: '登记父母与儿童的联系（同一编号只保存一次）Record a parent contact',
    tags: ['left-behind'],
    params: childParams,
    body: contactBody,
    response: contactView,
    handler: (ctx) => recordContact(ctx, ctx.params.id, ctx.body, serviceDate()),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/left-behind/children',
    access: 'children:read',
    summary: '留守儿童关爱名单：有提醒的在前，可按提醒类型筛选 Left-behind children with their alerts',
    tags: ['left-behind'],
    query: careListQuery,
    response: z.object({ data: z.array(careListItem), truncated: z.boolean() }),
    handler: async (ctx) => {
      const scope = ctx.scope('children:read');
      const division = ctx.query.division
        ? divisionFor(ctx.query.division, scope.prefixes, ctx.services.config.city)
        : undefined;
      const today = serviceDate();
      const rows = await careList(ctx.db, scope, today, { division, alert: ctx.query.alert }, CARE_LIST_LIMIT + 1);
      await ctx.audit(ctx.db, {
        action: 'care.list',
        targetType: 'child',
        details: {
          division: division ?? null,
          alert: ctx.query.alert ?? null,
          count: Math.min(rows.length, CARE_LIST_LIMIT),
        },
      });
      return {
        truncated: rows.length > CARE_LIST_LIMIT,
        data: rows.slice(0, CARE_LIST_LIMIT).map((r) => ({
          id: r.id,
          name: r.name,
          age: ageOn(r.birth_date, today),
          divisionCode: r.division_code,
          divisionName: r.division_name,
          since: r.since,
          lastContact: r.last_contact,
          daysSinceContact: contactAlerts({ lastContact: r.last_contact, leftSince: r.since }, today).daysSince,
          agreementSignedOn: r.agreement_signed_on,
          livingArrangement: r.living_arrangement,
          contactOverdue: r.contact_overdue,
          unsafeLiving: r.unsafe_living,
        })),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/left-behind/signing',
    access: 'children:read',
    summary: '委托照护协议签订率（下一级各地，低的在前）Agreement signing rate by area',
    tags: ['left-behind'],
    query: signingQuery,
    response: z.object({
      division: z.string(),
      total: signingRow.omit({ code: true, name: true }),
      data: z.array(signingRow),
    }),
    handler: async (ctx) => {
      const scope = ctx.scope('children:read');
      const division = divisionFor(ctx.query.division, scope.prefixes, ctx.services.config.city);
      if (division.length > 9) throw new AppError('NOT_FOUND');
      const rows = await signingByArea(ctx.db, scope, serviceDate(), division);
      const leftBehind = rows.reduce((n, r) => n + r.left_behind, 0);
      const signed = rows.reduce((n, r) => n + r.signed, 0);
      await ctx.audit(ctx.db, { action: 'care.signing', targetType: 'child', details: { division } });
      return {
        division,
        total: { leftBehind, signed, rate: signingRate({ signed, leftBehind }) },
        data: rows.map((r) => ({
          code: r.code,
          name: r.name ?? r.code,
          leftBehind: r.left_behind,
          signed: r.signed,
          rate: signingRate({ signed: r.signed, leftBehind: r.left_behind }),
        })),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/left-behind/registration.xlsx',
    access: 'children:export',
    raw: true,
    summary: '导出农村留守儿童基本情况登记表（2016 年全国摸排表式，留痕）Export the national registration form',
    tags: ['left-behind'],
    query: signingQuery,
    response: fileReply,
    handler: async (ctx) => {
      const scope = ctx.scope('children:export');
      const division = divisionFor(ctx.query.division, scope.prefixes, ctx.services.config.city);
      const rows = await registrationRows(ctx.db, scope, serviceDate(), division, EXPORT_LIMIT + 1);
      if (rows.length > EXPORT_LIMIT) throw exportTooLarge();
      const now = new Date();
      const bytes = await exportWorkbook(
        {
          name: { zh: '农村留守儿童基本情况登记表', en: 'Left-behind children registration' },
          columns: REGISTRATION_COLUMNS,
          rows: rows.map((r) => registrationCells(r, ctx.locale)),
        },
        exportWatermark(ctx.actor, ctx.locale, now),
        ctx.locale,
      );
      await ctx.audit(ctx.db, {
        action: 'child.export',
        targetType: 'child',
        details: exportDetails(
          'left_behind_registration',
          { division },
          rows.length,
          rows.map((r) => r.id),
        ),
      });
      const name = ctx.locale === 'en' ? 'left-behind-registration' : '农村留守儿童基本情况登记表';
      return workbookFile(bytes, `${name}-${serviceDate(now)}.xlsx`);
    },
  }),
];

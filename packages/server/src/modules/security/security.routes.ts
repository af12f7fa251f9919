import { z } from 'zod';
import { defineRoute } from '../../platform/http.ts';
import { listQuery, listResponse } from '../../platform/list.ts';
import { PERMISSIONS, isPermission } from '../../platform/permissions.ts';
import { readPolicy, securityPolicySchema } from '../../platform/policy.ts';
import { decideRequest, listRequests, accountRequestSchema } from '../users/index.ts';
import {
  addGrant,
  createRole,
  listInstitutions,
  listPartnerUnits,
  listRoles,
  listUsersWithGrants,
  removeGrant,
  roleView,
  updatePolicy,
  updateRole,
} from './security.service.ts';

const roleSchema = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  scopeKind: z.enum(['division', 'institution', 'partner', 'none']),
  permissions: z.array(z.string()),
  builtIn: z.boolean(),
});
const grantSchema = z.object({
  id: z.string(),
  role: z.string(),
  roleName: z.string(),
  divisionCode: z.string().nullable(),
  divisionName: z.string().nullable(),
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
  partnerUnitId: z.string().nullable(),
  partnerUnitName: z.string().nullable(),
});
const permissionList = z
  .array(z.string().refine(isPermission, { error: '未知的权限代码' }))
  .max(100)
  .transform((list) => [...new Set(list)]);
const roleBody = {
  name: z.string().trim().min(1).max(50),
  description: z.string().trim().max(200).default(''),
  permissions: permissionList,
};

export const securityRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/security/roles',
    access: 'roles:manage',
    summary: '角色列表 Roles',
    tags: ['security'],
    response: z.object({ data: z.array(roleSchema) }),
    handler: async (ctx) => ({ data: (await listRoles(ctx.db)).map((r) => roleView(r, ctx.locale)) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/security/permissions',
    access: 'roles:manage',
    summary: '权限目录 Permission catalogue',
    tags: ['security'],
    response: z.object({ data: z.array(z.object({ code: z.string(), name: z.string() })) }),
    handler: (ctx) =>
      Promise.resolve({
        data: Object.entries(PERMISSIONS).map(([code, n]) => ({ code, name: ctx.locale === 'en' ? n.en : n.zh })),
      }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/security/roles',
    access: 'roles:manage',
    status: 201,
    summary: '新建自定义角色 Create custom role',
    tags: ['security'],
    body: z.strictObject({
      code: z.string().regex(/^[a-z][a-z0-9_]{2,39}$/, '角色代码为 3–40 位小写字母、数字或下划线，以字母开头'),
      scopeKind: z.enum(['division', 'institution', 'partner', 'none']),
      ...roleBody,
    }),
    response: roleSchema,
    handler: async (ctx) => roleView(await createRole(ctx, ctx.body), ctx.locale),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/security/roles/:code',
    access: 'roles:manage',
    summary: '修改自定义角色 Update custom role',
    tags: ['security'],
    params: z.strictObject({ code: z.string().max(40) }),
    body: z.strictObject(roleBody),
    response: roleSchema,
    handler: async (ctx) => roleView(await updateRole(ctx, ctx.params.code, ctx.body), ctx.locale),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/security/users',
    access: 'roles:manage',
    summary: '用户及其授权 Users and grants',
    tags: ['security'],
    query: z.strictObject({ q: z.string().trim().max(64).optional(), ...listQuery }),
    response: listResponse(
      z.object({ id: z.string(), username: z.string(), displayName: z.string(), grants: z.array(grantSchema) }),
    ),
    handler: async (ctx) => {
      const result = await listUsersWithGrants(ctx.db, ctx.query.q, ctx.query);
      const data = result.data.map((u) => ({
        ...u,
        grants: u.grants.map((g) => ({ ...g, roleName: ctx.locale === 'en' ? g.roleNameEn : g.roleName })),
      }));
      return { data, total: result.total, nextCursor: result.nextCursor, success: true as const };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/security/users/:id/grants',
    access: 'roles:manage',
    status: 201,
    summary: '授予角色 Add grant',
    tags: ['security'],
    params: z.strictObject({ id: z.uuid() }),
    body: z.strictObject({
      role: z.string().max(40),
      divisionCode: z
        .string()
        .regex(/^\d{4}(\d{2}(\d{3}(\d{3})?)?)?$|^\d{4}[A-Z]{2}$/, '行政区划代码格式不正确')
        .optional(),
      institutionId: z.uuid().optional(),
      partnerUnitId: z.uuid().optional(),
    }),
    response: grantSchema,
    handler: (ctx) => addGrant(ctx, ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/security/grants/:id',
    access: 'roles:manage',
    status: 204,
    summary: '撤销授权 Remove grant',
    tags: ['security'],
    params: z.strictObject({ id: z.uuid() }),
    response: z.void(),
    handler: (ctx) => removeGrant(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/security/account-requests',
    access: 'roles:manage',
    summary: '待审批的账号操作（双人规则）Account requests for approval (two-person rule)',
    tags: ['security'],
    query: z.strictObject({ status: z.enum(['pending', 'all']).default('pending') }),
    response: z.object({ data: z.array(accountRequestSchema) }),
    handler: async (ctx) => ({ data: await listRequests(ctx, { status: ctx.query.status, mine: false }) }),
  }),
  ...(['approve', 'reject'] as const).map((decision) =>
    defineRoute({
      method: 'POST',
      url: `/api/security/account-requests/:id/${decision}`,
      access: 'roles:manage',
      status: 204,
      summary: decision === 'approve' ? '批准账号操作 Approve account request' : '驳回账号操作 Reject account request',
      tags: ['security'],
      params: z.strictObject({ id: z.uuid('申请编号格式不正确') }),
      response: z.void(),
      handler: (ctx) => decideRequest(ctx, ctx.params.id, decision),
    }),
  ),
  defineRoute({
    method: 'GET',
    url: '/api/security/institutions',
    access: 'roles:manage',
    summary: '机构列表 Institutions',
    tags: ['security'],
    response: z.object({
      data: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), divisionCode: z.string() })),
    }),
    handler: async (ctx) => ({ data: await listInstitutions(ctx.db) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/security/partner-units',
    access: 'roles:manage',
    summary: '协作单位与报告单位列表 Partner and reporting units',
    tags: ['security'],
    response: z.object({
      data: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          role: z.enum(['partner', 'reporter']),
          kind: z.string(),
          divisionCode: z.string(),
          divisionName: z.string(),
        }),
      ),
    }),
    handler: async (ctx) => ({ data: await listPartnerUnits(ctx.db) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/security/policy',
    access: 'policy:manage',
    summary: '安全策略 Security policy',
    tags: ['security'],
    response: securityPolicySchema,
    handler: async (ctx) => (await readPolicy(ctx.db)).policy,
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/security/policy',
    access: 'policy:manage',
    summary: '修改安全策略（新版本）Update security policy',
    tags: ['security'],
    body: securityPolicySchema,
    response: securityPolicySchema,
    handler: (ctx) => updatePolicy(ctx, ctx.body),
  }),
];

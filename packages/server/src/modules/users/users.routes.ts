import { z } from 'zod';
import { defineRoute } from '../../platform/http.ts';
import { listQuery, listResponse } from '../../platform/list.ts';
import { collectPassword, listRequests } from './requests.service.ts';
import { accountRequestSchema, requestKind } from './users.schemas.ts';
import { createUser, listUsers, resetPassword, updateUserState } from './users.service.ts';

const adminUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  status: z.enum(['active', 'disabled']),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  passwordChangedAt: z.string().nullable(),
  totpEnabled: z.boolean(),
  roles: z.array(z.string()),
  pendingRequests: z.array(requestKind),
});
const idParams = z.strictObject({ id: z.uuid('用户编号格式不正确') });

const stateRoute = (change: 'unlock' | 'disable' | 'enable', summary: string) =>
  defineRoute({
    method: 'POST',
    url: `/api/admin/users/:id/${change}`,
    access: 'users:manage',
    summary,
    tags: ['admin'],
    params: idParams,
    response: adminUser,
    handler: (ctx) => updateUserState(ctx, ctx.params.id, change),
  });

export const userRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/admin/users',
    access: 'users:manage',
    summary: '用户账号列表 User accounts',
    tags: ['admin'],
    query: z.strictObject({ q: z.string().trim().max(64).optional(), ...listQuery }),
    response: listResponse(adminUser),
    handler: async (ctx) => ({
      ...(await listUsers(ctx.db, ctx.query.q, ctx.query)),
      success: true as const,
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/admin/users',
    access: 'users:manage',
    status: 201,
    summary: '创建用户账号 Create account',
    tags: ['admin'],
    body: z.strictObject({
      username: z
        .string()
        .trim()
        .regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名为 3–32 位小写字母、数字、下划线、点或连字符，以字母开头'),
      displayName: z.string().trim().min(1).max(50),
    }),
    response: z.object({ user: adminUser, initialPassword: z.string() }),
    handler: (ctx) => createUser(ctx, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/admin/users/:id/reset-password',
    access: 'users:manage',
    summary: '重置密码（业务账号须安全管理员审批）Reset password (business accounts after approval)',
    tags: ['admin'],
    params: idParams,
    response: z.object({ initialPassword: z.string().nullable(), pendingRequestId: z.string().nullable() }),
    handler: (ctx) => resetPassword(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/admin/account-requests',
    access: 'users:manage',
    summary: '我提出的待审批账号操作 My account requests',
    tags: ['admin'],
    response: z.object({ data: z.array(accountRequestSchema) }),
    handler: async (ctx) => ({ data: await listRequests(ctx, { status: 'all', mine: true }) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/admin/account-requests/:id/password',
    access: 'users:manage',
    summary: '领取已批准的一次性密码（仅一次）Collect an approved one-time password (once)',
    tags: ['admin'],
    params: z.strictObject({ id: z.uuid('申请编号格式不正确') }),
    response: z.object({ initialPassword: z.string() }),
    handler: (ctx) => collectPassword(ctx, ctx.params.id),
  }),
  stateRoute('unlock', '解除锁定 Unlock'),
  stateRoute('disable', '停用账号（管理员账号须审批）Disable (administrators after approval)'),
  stateRoute('enable', '启用账号 Enable'),
];

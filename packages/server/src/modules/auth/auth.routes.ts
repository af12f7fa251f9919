import { z } from 'zod';
import type { Actor } from '../../platform/access.ts';
import { addressGuard } from '../../platform/address-limits.ts';
import { defineRoute, type RequestServices } from '../../platform/http.ts';
import { authenticate, clearSessionCookie, setSessionCookie } from '../../platform/session.ts';
import { safeEqual } from '../../platform/crypto.ts';
import { AppError } from '../../platform/errors.ts';
import type { Queryable } from '../../db/connection.ts';
import { deleteSession, passwordResetNotice } from './auth.store.ts';
import { changePassword, login } from './auth.service.ts';
import { disableTotp, enableTotp, startTotpEnrolment } from './totp.service.ts';

const grantSchema = z.object({
  id: z.string(),
  role: z.string(),
  roleName: z.string(),
  divisionCode: z.string().nullable(),
  divisionName: z.string().nullable(),
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
  partnerUnitName: z.string().nullable(),
});

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    mustChangePassword: z.boolean(),
    mustEnrolTotp: z.boolean(),
    totpEnabled: z.boolean(),
    passwordExpiresAt: z.string().nullable(),
    /** Who reset the password (and who approved it) and when, until the user sets their own. */
    passwordReset: z
      .object({
        at: z.string(),
        by: z.object({ username: z.string(), displayName: z.string() }).nullable(),
        approvedBy: z.object({ username: z.string(), displayName: z.string() }).nullable(),
      })
      .nullable(),
  }),
  grants: z.array(grantSchema),
  permissions: z.array(z.string()),
  csrfToken: z.string(),
  idleTimeoutMinutes: z.number(),
  demoMode: z.boolean(),
});
type Me = z.infer<typeof meSchema>;

async function meOf(services: RequestServices, db: Queryable, actor: Actor, locale: 'zh-CN' | 'en'): Promise<Me> {
  const policy = await services.policy.get();
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      displayName: actor.displayName,
      mustChangePassword: actor.mustChangePassword,
      mustEnrolTotp: actor.mustEnrolTotp,
      totpEnabled: actor.totpEnabled,
      passwordExpiresAt: actor.passwordExpiresAt?.toISOString() ?? null,
      passwordReset: await passwordResetNotice(db, actor.userId),
    },
    grants: actor.grants.map((g) => ({ ...g, roleName: locale === 'en' ? g.roleNameEn : g.roleName })),
    permissions: [...actor.permissions].sort(),
    csrfToken: actor.csrfToken,
    idleTimeoutMinutes: policy.idleTimeoutMinutes,
    demoMode: services.config.demo,
  };
}

const usernameSchema = z.string().trim().min(1).max(64);
const totpCode = z.string().regex(/^\d{6}$/, '动态验证码为 6 位数字');

export const authRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/auth/login',
    access: 'public',
    csrf: false,
    summary: '登录 Sign in',
    tags: ['auth'],
    body: z.strictObject({
      username: usernameSchema,
      password: z.string().min(1).max(256),
      totpCode: z
        .string()
        .regex(/^\d{6}$/)
        .optional(),
    }),
    response: meSchema,
    handler: async (ctx) => {
      const policy = await ctx.services.policy.get();
      const session = await login(
        ctx.db,
        ctx.services,
        ctx.body,
        { ip: ctx.request.ip, userAgent: ctx.request.headers['user-agent'], requestId: ctx.request.id },
        addressGuard(ctx.request, ctx.reply, 'signInFailures', policy),
      );
      setSessionCookie(ctx.reply, session.token, ctx.services.config.env === 'production');
      // Resolve the new session the same way every later request will.
      ctx.request.cookies.hehu_session = session.token;
      const actor = await authenticate(ctx.db, ctx.request, policy);
      if (!actor) throw new AppError('INTERNAL');
      return meOf(ctx.services, ctx.db, actor, ctx.locale);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/logout',
    // Public so that a session already ended still gets its cookie cleared; a live one needs its CSRF token.
    access: 'public',
    csrf: false,
    status: 204,
    summary: '退出登录（已登录时须带 x-csrf-token）Sign out (x-csrf-token while signed in)',
    tags: ['auth'],
    response: z.void(),
    handler: async (ctx) => {
      const actor = ctx.actor;
      if (actor) {
        // Another site must not be able to sign the user out (and then offer its own sign-in page).
        const header = ctx.request.headers['x-csrf-token'];
        if (typeof header !== 'string' || !safeEqual(header, actor.csrfToken)) throw new AppError('CSRF_TOKEN_INVALID');
        await ctx.transaction(async (tx) => {
          await deleteSession(tx, actor.sessionTokenHash);
          await ctx.audit(tx, { action: 'auth.logout', targetType: 'user', targetId: actor.userId });
        });
      }
      clearSessionCookie(ctx.reply);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/me',
    access: 'authenticated',
    allowPending: true,
    summary: '当前用户、授权与权限 Current user, grants and permissions',
    tags: ['auth'],
    response: meSchema,
    handler: (ctx) => meOf(ctx.services, ctx.db, ctx.actor, ctx.locale),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/password',
    access: 'authenticated',
    allowPending: true,
    status: 204,
    summary: '修改密码 Change password',
    tags: ['auth'],
    body: z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }),
    response: z.void(),
    handler: (ctx) => changePassword(ctx.db, ctx.services, ctx.actor, ctx.origin, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/totp/setup',
    access: 'authenticated',
    allowPending: true,
    summary:
      '开始绑定动态验证码（须密码；已绑定时另须当前验证码）Start TOTP enrolment (password, and a current code if enrolled)',
    tags: ['auth'],
    body: z.strictObject({ password: z.string().min(1).max(256), code: totpCode.optional() }),
    response: z.object({ secret: z.string(), otpauthUrl: z.string() }),
    handler: (ctx) => startTotpEnrolment(ctx.db, ctx.services, ctx.actor, ctx.origin, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/totp/enable',
    access: 'authenticated',
    allowPending: true,
    status: 204,
    summary: '确认绑定动态验证码 Confirm TOTP enrolment',
    tags: ['auth'],
    body: z.strictObject({ code: totpCode }),
    response: z.void(),
    handler: (ctx) => enableTotp(ctx.db, ctx.services, ctx.actor, ctx.origin, ctx.body.code),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/totp/disable',
    access: 'authenticated',
    allowPending: true,
    status: 204,
    summary: '解除动态验证码（须密码和当前验证码）Remove TOTP (password and a current code)',
    tags: ['auth'],
    body: z.strictObject({ password: z.string().min(1).max(256), code: totpCode }),
    response: z.void(),
    handler: (ctx) => disableTotp(ctx.db, ctx.services, ctx.actor, ctx.origin, ctx.body),
  }),
];

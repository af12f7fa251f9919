// Sign-in with lockout and optional TOTP, password change under the policy, TOTP enrolment.
import { checkPassword } from '@hehu/domain';
import { eq } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import type { Tx } from '../../db/connection.ts';
import { users } from '../../db/schema.ts';
import type { Actor } from '../../platform/access.ts';
import { writeAudit, type AuditOrigin } from '../../platform/audit.ts';
import { hashPassword, verifyPassword } from '../../platform/crypto.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppServices } from '../../platform/http.ts';
import { createSession } from '../../platform/session.ts';
import {
  deleteUserSessions,
  findUserById,
  findUserByUsername,
  recordFailedAttempt,
  recordSuccessfulLogin,
} from './auth.store.ts';

const TOTP_ISSUER = 'Hehu 呵护';
/** A hash to verify against when the username is unknown, so timing does not reveal which usernames exist. */
let dummyHash: Promise<string> | undefined;

function totpFor(username: string, secretBase32: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: TOTP_ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

export function totpCodeFor(username: string, secretBase32: string, at = Date.now()): string {
  return totpFor(username, secretBase32).generate({ timestamp: at });
}

export interface LoginInput {
  username: string;
  password: string;
  totpCode?: string | undefined;
}

export async function login(
  services: AppServices,
  input: LoginInput,
  meta: { ip: string; userAgent: string | undefined; requestId: string },
): Promise<{ token: string; csrfToken: string }> {
  const { database, policy: policyCache, cipher } = services;
  const policy = await policyCache.get();
  const origin: AuditOrigin = { actorId: null, actorUsername: input.username, ip: meta.ip, requestId: meta.requestId };
  const fail = async (tx: Tx, reason: string, userId: string | null) =>
    writeAudit(
      tx,
      { ...origin, actorId: userId },
      { action: 'auth.login', outcome: 'failure', targetType: 'user', targetId: userId, details: { reason } },
    );

  const user = await findUserByUsername(database.db, input.username);
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password-1A!');
    await verifyPassword(input.password, await dummyHash);
    await database.transaction((tx) => fail(tx, 'unknown_user', null));
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    await database.transaction((tx) => fail(tx, 'locked', user.id));
    throw new AppError('ACCOUNT_LOCKED', { lockedUntil: user.lockedUntil.toISOString() });
  }
  if (user.status !== 'active') {
    await database.transaction((tx) => fail(tx, 'disabled', user.id));
    throw new AppError('ACCOUNT_DISABLED');
  }

  const wrong = async (reason: string, code: 'INVALID_CREDENTIALS' | 'TOTP_INVALID'): Promise<never> => {
    const state = await database.transaction(async (tx) => {
      const s = await recordFailedAttempt(tx, user.id, policy.lockoutThreshold, policy.lockoutMinutes);
      await fail(tx, reason, user.id);
      return s;
    });
    if (state.lockedUntil && state.lockedUntil.getTime() > Date.now()) {
      throw new AppError('ACCOUNT_LOCKED', { lockedUntil: state.lockedUntil.toISOString() });
    }
    throw new AppError(code, { remainingAttempts: Math.max(0, policy.lockoutThreshold - state.failedAttempts) });
  };

  if (!(await verifyPassword(input.password, user.passwordHash))) return wrong('wrong_password', 'INVALID_CREDENTIALS');
  if (user.totpEnabled && user.totpSecretEnc) {
    if (!input.totpCode) throw new AppError('TOTP_REQUIRED');
    const secret = cipher.decrypt(user.totpSecretEnc);
    if (totpFor(user.username, secret).validate({ token: input.totpCode, window: 1 }) === null) {
      return wrong('wrong_totp', 'TOTP_INVALID');
    }
  }
  return database.transaction(async (tx) => {
    await recordSuccessfulLogin(tx, user.id);
    const session = await createSession(tx, user.id, meta);
    await writeAudit(
      tx,
      { ...origin, actorId: user.id },
      { action: 'auth.login', targetType: 'user', targetId: user.id },
    );
    return session;
  });
}

const PASSWORD_HISTORY = 5;

export async function changePassword(
  services: AppServices,
  actor: Actor,
  origin: AuditOrigin,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const policy = await services.policy.get();
  const user = await findUserById(services.database.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await services.database.transaction((tx) =>
      writeAudit(tx, origin, {
        action: 'auth.password_change',
        outcome: 'failure',
        targetType: 'user',
        targetId: user.id,
        details: { reason: 'wrong_current' },
      }),
    );
    throw new AppError('INVALID_CREDENTIALS');
  }
  const violations = checkPassword(
    input.newPassword,
    { minLength: policy.passwordMinLength },
    { username: user.username },
  );
  if (violations.length > 0) {
    throw new AppError(
      'PASSWORD_POLICY',
      { rules: violations.map((v) => v.code) },
      {
        zh: `新密码不符合规则：${violations.map((v) => v.message).join('；')}`,
        en: `The new password breaks the rules: ${violations.map((v) => v.messageEn).join('; ')}`,
      },
    );
  }
  for (const old of [user.passwordHash, ...user.previousPasswordHashes]) {
    if (await verifyPassword(input.newPassword, old)) throw new AppError('PASSWORD_REUSED');
  }
  const newHash = await hashPassword(input.newPassword);
  await services.database.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash: newHash,
        previousPasswordHashes: [user.passwordHash, ...user.previousPasswordHashes].slice(0, PASSWORD_HISTORY),
        passwordChangedAt: new Date(),
        mustChangePassword: false,
      })
      .where(eq(users.id, user.id));
    // Other sessions of this user end: whoever knew the old password is signed out.
    await deleteUserSessions(tx, user.id, actor.sessionTokenHash);
    await writeAudit(tx, origin, { action: 'auth.password_change', targetType: 'user', targetId: user.id });
  });
}

export async function startTotpEnrolment(
  services: AppServices,
  actor: Actor,
  origin: AuditOrigin,
): Promise<{ secret: string; otpauthUrl: string }> {
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  await services.database.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecretEnc: services.cipher.encrypt(secret), totpEnabled: false })
      .where(eq(users.id, actor.userId));
    await writeAudit(tx, origin, { action: 'auth.totp_setup', targetType: 'user', targetId: actor.userId });
  });
  return { secret, otpauthUrl: totpFor(actor.username, secret).toString() };
}

export async function enableTotp(
  services: AppServices,
  actor: Actor,
  origin: AuditOrigin,
  code: string,
): Promise<void> {
  const user = await findUserById(services.database.db, actor.userId);
  if (!user?.totpSecretEnc) throw new AppError('TOTP_INVALID', undefined, undefined, 400);
  const secret = services.cipher.decrypt(user.totpSecretEnc);
  if (totpFor(user.username, secret).validate({ token: code, window: 1 }) === null) {
    throw new AppError('TOTP_INVALID', undefined, undefined, 400);
  }
  await services.database.transaction(async (tx) => {
    await tx.update(users).set({ totpEnabled: true }).where(eq(users.id, user.id));
    await writeAudit(tx, origin, { action: 'auth.totp_enable', targetType: 'user', targetId: user.id });
  });
}

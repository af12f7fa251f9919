// Sign-in with lockout and optional TOTP, password change under the policy (TOTP enrolment: totp.service.ts).
import { checkPassword } from '@hehu/domain';
import { eq } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/connection.ts';
import { users } from '../../db/schema.ts';
import type { Actor } from '../../platform/access.ts';
import { writeAudit, type AuditOrigin } from '../../platform/audit.ts';
import { hashPassword, verifyPassword } from '../../platform/crypto.ts';
import { AppError } from '../../platform/errors.ts';
import type { RequestServices } from '../../platform/http.ts';
import { recordThenFail } from '../../platform/unit-of-work.ts';
import { createSession } from '../../platform/session.ts';
import { acceptTotp } from './totp.service.ts';
import {
  deleteUserSessions,
  findUserById,
  findUserByUsername,
  recordFailedAttempt,
  recordSuccessfulLogin,
} from './auth.store.ts';

/** A hash to verify against when the username is unknown, so timing does not reveal which usernames exist. */
let dummyHash: Promise<string> | undefined;

export interface LoginInput {
  username: string;
  password: string;
  totpCode?: string | undefined;
}

export async function login(
  db: Tx,
  services: RequestServices,
  input: LoginInput,
  meta: { ip: string; userAgent: string | undefined; requestId: string },
): Promise<{ token: string; csrfToken: string }> {
  const { policy: policyCache, cipher } = services;
  const policy = await policyCache.get();
  const origin: AuditOrigin = { actorId: null, actorUsername: input.username, ip: meta.ip, requestId: meta.requestId };
  const fail = async (tx: Queryable, reason: string, userId: string | null) =>
    writeAudit(
      tx,
      { ...origin, actorId: userId },
      { action: 'auth.login', outcome: 'failure', targetType: 'user', targetId: userId, details: { reason } },
    );

  const user = await findUserByUsername(db, input.username);
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password-1A!');
    await verifyPassword(input.password, await dummyHash);
    await fail(db, 'unknown_user', null);
    recordThenFail(new AppError('INVALID_CREDENTIALS'));
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    await fail(db, 'locked', user.id);
    recordThenFail(new AppError('ACCOUNT_LOCKED', { lockedUntil: user.lockedUntil.toISOString() }));
  }
  if (user.status !== 'active') {
    await fail(db, 'disabled', user.id);
    recordThenFail(new AppError('ACCOUNT_DISABLED'));
  }

  const wrong = async (reason: string, code: 'INVALID_CREDENTIALS' | 'TOTP_INVALID'): Promise<never> => {
    const state = await db.transaction(async (tx) => {
      const s = await recordFailedAttempt(tx, user.id, policy.lockoutThreshold, policy.lockoutMinutes);
      await fail(tx, reason, user.id);
      return s;
    });
    // The counter and the audit row are kept although the request fails.
    if (state.lockedUntil && state.lockedUntil.getTime() > Date.now()) {
      recordThenFail(new AppError('ACCOUNT_LOCKED', { lockedUntil: state.lockedUntil.toISOString() }));
    }
    recordThenFail(
      new AppError(code, { remainingAttempts: Math.max(0, policy.lockoutThreshold - state.failedAttempts) }),
    );
  };

  if (!(await verifyPassword(input.password, user.passwordHash))) return wrong('wrong_password', 'INVALID_CREDENTIALS');
  if (user.totpEnabled && user.totpSecretEnc) {
    if (!input.totpCode) throw new AppError('TOTP_REQUIRED');
    // A replayed code (its step already used) is as wrong as a mistyped one.
    if (!(await acceptTotp(db, user, cipher.decrypt(user.totpSecretEnc), input.totpCode))) {
      return wrong('wrong_totp', 'TOTP_INVALID');
    }
  }
  return db.transaction(async (tx) => {
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
  db: Tx,
  services: RequestServices,
  actor: Actor,
  origin: AuditOrigin,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const policy = await services.policy.get();
  const user = await findUserById(db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await db.transaction((tx) =>
      writeAudit(tx, origin, {
        action: 'auth.password_change',
        outcome: 'failure',
        targetType: 'user',
        targetId: user.id,
        details: { reason: 'wrong_current' },
      }),
    );
    recordThenFail(new AppError('INVALID_CREDENTIALS'));
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
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash: newHash,
        previousPasswordHashes: [user.passwordHash, ...user.previousPasswordHashes].slice(0, PASSWORD_HISTORY),
        passwordChangedAt: new Date(),
        mustChangePassword: false,
        // The notice of who reset the password ends with the password they set.
        passwordResetAt: null,
        passwordResetBy: null,
        passwordResetApprovedBy: null,
      })
      .where(eq(users.id, user.id));
    // Other sessions of this user end: whoever knew the old password is signed out.
    await deleteUserSessions(tx, user.id, actor.sessionTokenHash);
    await writeAudit(tx, origin, { action: 'auth.password_change', targetType: 'user', targetId: user.id });
  });
}

// Sign-in with lockout and optional TOTP, password change under the policy (TOTP enrolment: totp.service.ts).
import { checkPassword } from '@hehu/domain';
import { eq } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/connection.ts';
import { grants, users } from '../../db/schema.ts';
import type { Actor } from '../../platform/access.ts';
import type { AddressGuard } from '../../platform/address-limits.ts';
import { writeAudit, type AuditOrigin } from '../../platform/audit.ts';
import { hashPassword, verifyPassword } from '../../platform/crypto.ts';
import { AppError } from '../../platform/errors.ts';
import type { RequestServices } from '../../platform/http.ts';
import { recordThenFail } from '../../platform/unit-of-work.ts';
import { createSession } from '../../platform/session.ts';
import { acceptTotp } from './totp.service.ts';
import {
  deleteSession,
  deleteUserSessions,
  findUserById,
  findUserByUsername,
  recordFailedAttempt,
  recordSuccessfulLogin,
} from './auth.store.ts';

const isLocked = (until: Date | null): boolean => until !== null && until.getTime() > Date.now();

/** A hash to verify against when the username is unknown, so timing does not reveal which usernames exist. */
let dummyHash: Promise<string> | undefined;

export interface LoginInput {
  username: string;
  password: string;
  totpCode?: string | undefined;
}

/**
 * Sign-in answers nothing an attacker without the password could use. Unknown user, wrong password, a locked
 * account (with any password) and a disabled account with a wrong password all get the same 401
 * INVALID_CREDENTIALS, with no remaining attempts and no lock time, after the same one password check. Only the
 * right password learns more: a disabled account then says so (the holder of the password is its owner, who
 * needs to know to ask the administrator). A locked account says nothing more even then: otherwise guessing
 * could go on during the lock, each right guess told apart by its answer, and the lock would not stop it.
 * Failures against a disabled account count toward its lockout like any other, so its password cannot be
 * guessed without limit either.
 */
export async function login(
  db: Tx,
  services: RequestServices,
  input: LoginInput,
  meta: { ip: string; userAgent: string | undefined; requestId: string },
  /** The per-address limit on failed sign-ins (platform/address-limits.ts). */
  guard: AddressGuard,
): Promise<{ token: string; csrfToken: string }> {
  const { policy: policyCache, cipher } = services;
  const policy = await policyCache.get();
  const origin: AuditOrigin = { actorId: null, actorUsername: input.username, ip: meta.ip, requestId: meta.requestId };
  const audit = async (tx: Queryable, userId: string | null, details: Record<string, unknown>) =>
    writeAudit(
      tx,
      { ...origin, actorId: userId },
      { action: 'auth.login', outcome: 'failure', targetType: 'user', targetId: userId, details },
    );

  // Before anything about the account: an address over its limit learns nothing, not even a right password.
  const wait = guard.wait();
  if (wait.seconds > 0) {
    // Audited once per address and window, not once per refused attempt of a flood.
    if (wait.first) await audit(db, null, { reason: 'address_limit', retryAfterSeconds: wait.seconds });
    recordThenFail(guard.refuse(wait.seconds));
  }
  const invalid = (): never => {
    guard.record();
    return recordThenFail(new AppError('INVALID_CREDENTIALS'));
  };

  const user = await findUserByUsername(db, input.username);
  // Exactly one password check whatever the account, so the time taken does not tell the cases apart either.
  dummyHash ??= hashPassword('not-a-real-password-1A!');
  const passwordRight = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
  if (!user) {
    await audit(db, null, { reason: 'unknown_user' });
    return invalid();
  }
  if (isLocked(user.lockedUntil)) {
    await audit(db, user.id, { reason: 'locked' });
    return invalid();
  }

  const counted = async (reason: string): Promise<void> => {
    const s = await recordFailedAttempt(db, user.id, policy.lockoutThreshold, policy.lockoutMinutes);
    // The audit row says when this failure locked the account; the answer does not.
    const locked = isLocked(s.lockedUntil) ? { lockedUntil: s.lockedUntil?.toISOString() } : {};
    await audit(db, user.id, { reason, ...locked });
  };
  if (!passwordRight) {
    await counted(user.status === 'active' ? 'wrong_password' : 'disabled_wrong_password');
    return invalid();
  }
  if (user.status !== 'active') {
    await audit(db, user.id, { reason: 'disabled' });
    recordThenFail(new AppError('ACCOUNT_DISABLED'));
  }
  // An account signs in once it holds a grant: its first password, which the system administrator handed out,
  // cannot be used (and changed) before the security administrator has decided what the account may do.
  if (!(await db.$count(grants, eq(grants.userId, user.id)))) {
    await audit(db, user.id, { reason: 'no_grant' });
    recordThenFail(new AppError('ACCOUNT_NOT_READY'));
  }
  if (user.totpEnabled && user.totpSecretEnc) {
    if (!input.totpCode) throw new AppError('TOTP_REQUIRED');
    // A replayed code (its step already used) is as wrong as a mistyped one.
    if (!(await acceptTotp(db, user, cipher.decrypt(user.totpSecretEnc), input.totpCode))) {
      await counted('wrong_totp');
      guard.record();
      recordThenFail(new AppError('TOTP_INVALID'));
    }
  }
  return db.transaction(async (tx) => {
    await recordSuccessfulLogin(tx, user.id);
    const session = await createSession(tx, user.id, meta, policy.maxSessionsPerUser);
    await writeAudit(
      tx,
      { ...origin, actorId: user.id },
      {
        action: 'auth.login',
        targetType: 'user',
        targetId: user.id,
        // Sessions beyond the policy's limit were signed out by this sign-in.
        ...(session.endedSessions > 0 ? { details: { endedSessions: session.endedSessions } } : {}),
      },
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
  // Signed in, so the caller may hear that the account is locked; no password is checked meanwhile.
  if (isLocked(user.lockedUntil)) {
    throw new AppError('ACCOUNT_LOCKED', { lockedUntil: user.lockedUntil?.toISOString() });
  }
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    // A wrong current password counts toward the lockout like a failed sign-in: a session left open or stolen
    // cannot be used to guess the password. The session that reaches the lock ends.
    const s = await recordFailedAttempt(db, user.id, policy.lockoutThreshold, policy.lockoutMinutes);
    const locked = isLocked(s.lockedUntil);
    if (locked) await deleteSession(db, actor.sessionTokenHash);
    await writeAudit(db, origin, {
      action: 'auth.password_change',
      outcome: 'failure',
      targetType: 'user',
      targetId: user.id,
      details: { reason: 'wrong_current', ...(locked ? { lockedUntil: s.lockedUntil?.toISOString() } : {}) },
    });
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

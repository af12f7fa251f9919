// TOTP (RFC 6238): a code is accepted once, and an enrolled authenticator is replaced or removed only by someone
// who knows the password and holds the authenticator, never with a session alone.
import { eq, sql } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import type { Queryable, Tx } from '../../db/connection.ts';
import { users } from '../../db/schema.ts';
import type { Actor } from '../../platform/access.ts';
import type { AuditAction } from '../../platform/audit-actions.ts';
import { writeAudit, type AuditOrigin } from '../../platform/audit.ts';
import { verifyPassword } from '../../platform/crypto.ts';
import { AppError } from '../../platform/errors.ts';
import type { RequestServices } from '../../platform/http.ts';
import { recordThenFail } from '../../platform/unit-of-work.ts';
import { consumeTotpStep, findUserById, recordFailedAttempt, type UserRow } from './auth.store.ts';

const TOTP_ISSUER = 'Hehu 呵护';
const PERIOD_SECONDS = 30;

export function totpFor(username: string, secretBase32: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: TOTP_ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

/** The 30-second step a code belongs to, or null when it matches none within one step of now. */
function stepOf(username: string, secretBase32: string, token: string): number | null {
  const delta = totpFor(username, secretBase32).validate({ token, window: 1 });
  return delta === null ? null : Math.floor(Date.now() / 1000 / PERIOD_SECONDS) + delta;
}

/**
 * Accepts a code of the user's enrolled secret once: its step must be later than the last accepted one, so a
 * code seen over a shoulder or in a log is worthless for the rest of its window.
 */
export async function acceptTotp(db: Queryable, user: UserRow, secretBase32: string, token: string): Promise<boolean> {
  const step = stepOf(user.username, secretBase32, token);
  return step !== null && consumeTotpStep(db, user.id, step);
}

/**
 * The password and, when TOTP is enrolled, a current code: what replacing or removing the authenticator needs.
 * A wrong answer counts toward the lockout like a failed sign-in, so a stolen session cannot guess the password.
 */
async function proveIdentity(
  db: Tx,
  services: RequestServices,
  user: UserRow,
  origin: AuditOrigin,
  action: AuditAction,
  input: { password: string; code?: string | undefined },
): Promise<void> {
  const fail = async (reason: string, error: AppError): Promise<never> => {
    const policy = await services.policy.get();
    await recordFailedAttempt(db, user.id, policy.lockoutThreshold, policy.lockoutMinutes);
    await writeAudit(db, origin, {
      action,
      outcome: 'failure',
      targetType: 'user',
      targetId: user.id,
      details: { reason },
    });
    return recordThenFail(error);
  };
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    await fail('wrong_password', new AppError('INVALID_CREDENTIALS'));
  }
  if (!user.totpEnabled || !user.totpSecretEnc) return;
  if (!input.code) throw new AppError('TOTP_REQUIRED', { field: 'code' }, undefined, 400);
  if (!(await acceptTotp(db, user, services.cipher.decrypt(user.totpSecretEnc), input.code))) {
    await fail('wrong_totp', new AppError('TOTP_INVALID', { field: 'code' }, undefined, 400));
  }
}

async function currentUser(db: Tx, actor: Actor): Promise<UserRow> {
  const user = await findUserById(db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  return user;
}

/**
 * Makes a new secret waiting for its first code. The enrolled one stays in force until then, so starting an
 * enrolment never weakens the account.
 */
export async function startTotpEnrolment(
  db: Tx,
  services: RequestServices,
  actor: Actor,
  origin: AuditOrigin,
  input: { password: string; code?: string | undefined },
): Promise<{ secret: string; otpauthUrl: string }> {
  const user = await currentUser(db, actor);
  await proveIdentity(db, services, user, origin, 'auth.totp_setup', input);
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  await db
    .update(users)
    .set({ totpPendingSecretEnc: services.cipher.encrypt(secret) })
    .where(eq(users.id, user.id));
  await writeAudit(db, origin, {
    action: 'auth.totp_setup',
    targetType: 'user',
    targetId: user.id,
    details: { replacing: user.totpEnabled },
  });
  return { secret, otpauthUrl: totpFor(user.username, secret).toString() };
}

/** The first code of the waiting secret puts it in force (and is itself used up). */
export async function enableTotp(
  db: Tx,
  services: RequestServices,
  actor: Actor,
  origin: AuditOrigin,
  code: string,
): Promise<void> {
  const user = await currentUser(db, actor);
  if (!user.totpPendingSecretEnc) throw new AppError('TOTP_INVALID', { field: 'code' }, undefined, 400);
  const step = stepOf(user.username, services.cipher.decrypt(user.totpPendingSecretEnc), code);
  if (step === null) throw new AppError('TOTP_INVALID', { field: 'code' }, undefined, 400);
  await db
    .update(users)
    .set({
      totpSecretEnc: user.totpPendingSecretEnc,
      totpPendingSecretEnc: null,
      totpEnabled: true,
      totpLastStep: sql`greatest(coalesce(${users.totpLastStep}, ${step}), ${step})`,
    })
    .where(eq(users.id, user.id));
  await writeAudit(db, origin, { action: 'auth.totp_enable', targetType: 'user', targetId: user.id });
}

/** Removes the authenticator; an administrator must then enrol again before anything else. */
export async function disableTotp(
  db: Tx,
  services: RequestServices,
  actor: Actor,
  origin: AuditOrigin,
  input: { password: string; code: string },
): Promise<void> {
  const user = await currentUser(db, actor);
  await proveIdentity(db, services, user, origin, 'auth.totp_disable', input);
  await db
    .update(users)
    .set({ totpEnabled: false, totpSecretEnc: null, totpPendingSecretEnc: null })
    .where(eq(users.id, user.id));
  await writeAudit(db, origin, { action: 'auth.totp_disable', targetType: 'user', targetId: user.id });
}

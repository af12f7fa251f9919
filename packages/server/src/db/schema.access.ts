// Accounts, roles, grants and sessions, and the append-only audit trail with its seals and security alerts: the
// tables of who may do what and of what was done, apart from the child data they protect.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { divisions, institutions } from './schema.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  /** Recent hashes, newest first, so a password is not reused on change. */
  previousPasswordHashes: text('previous_password_hashes')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
  mustChangePassword: boolean('must_change_password').notNull().default(true),
  status: text('status', { enum: ['active', 'disabled'] })
    .notNull()
    .default('active'),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  totpSecretEnc: text('totp_secret_enc'),
  totpEnabled: boolean('totp_enabled').notNull().default(false),
  /** Demo accounts may sign in without a second factor; never set outside demo mode. */
  demoAccount: boolean('demo_account').notNull().default(false),
  /** The last 30-second TOTP step accepted: a code is good once (migration 0007). */
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  /** A new secret waiting for its first code; the enrolled one stays in force until then. */
  totpPendingSecretEnc: text('totp_pending_secret_enc'),
  /** Who reset the password and when, shown to the user until they choose a new one. */
  passwordResetAt: timestamp('password_reset_at', { withTimezone: true }),
  passwordResetBy: uuid('password_reset_by').references((): AnyPgColumn => users.id),
  passwordResetApprovedBy: uuid('password_reset_approved_by').references((): AnyPgColumn => users.id),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/**
 * Account changes that need a second administrator (two-person rule): a password reset of a business user
 * and the disabling of an administrator. The one-time password exists only after approval, encrypted until
 * the requester collects it once.
 */
export const adminRequests = pgTable(
  'admin_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['reset_password', 'disable_user'] }).notNull(),
    targetUserId: uuid('target_user_id')
      .notNull()
      .references(() => users.id),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    oneTimePasswordEnc: text('one_time_password_enc'),
  },
  (t) => [
    uniqueIndex('admin_requests_one_pending')
      .on(t.targetUserId, t.kind)
      .where(sql`${t.status} = 'pending'`),
    index('admin_requests_status_idx').on(t.status, t.requestedAt),
  ],
);

export const roles = pgTable('roles', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  description: text('description').notNull().default(''),
  scopeKind: text('scope_kind', { enum: ['division', 'institution', 'partner', 'none'] }).notNull(),
  permissions: text('permissions').array().notNull(),
  builtIn: boolean('built_in').notNull().default(false),
});

export const grants = pgTable(
  'grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    roleCode: text('role_code')
      .notNull()
      .references(() => roles.code),
    divisionCode: text('division_code').references(() => divisions.code),
    institutionId: uuid('institution_id').references(() => institutions.id),
    /** A partner unit (migration 0024): police, a school, a social organisation … */
    partnerUnitId: uuid('partner_unit_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('grants_user_idx').on(t.userId),
    check('grants_one_scope', sql`${t.divisionCode} IS NULL OR ${t.institutionId} IS NULL`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not yield usable cookies. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    /** The order sessions were made in, whatever the clock (migration 0011): the oldest is signed out first. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('sessions_user_seq_idx').on(t.userId, t.seq)],
);

/** Append-only: a trigger (custom migration) refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorUsername: text('actor_username'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    outcome: text('outcome', { enum: ['success', 'failure'] }).notNull(),
    ip: text('ip'),
    requestId: text('request_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    details: jsonb('details'),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_actor_idx').on(t.actorUsername, t.at),
    index('audit_target_idx').on(t.targetType, t.targetId),
  ],
);

/** A user whose ID-number checks reached the daily limit, once per day and kind (migration 0008). */
export const securityAlerts = pgTable(
  'security_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    day: date('day').notNull(),
    events: integer('events').notNull(),
    refused: integer('refused').notNull().default(0),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull().defaultNow(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull().defaultNow(),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('security_alerts_user_day_uq').on(t.userId, t.day, t.kind),
    index('security_alerts_first_idx').on(t.firstAt, t.id),
  ],
);

/** Seals of the audit trail, in sealing order: SM3 over each row's canonical content and the previous hash. */
export const auditSeals = pgTable(
  'audit_seals',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    auditId: bigint('audit_id', { mode: 'number' })
      .notNull()
      .references(() => auditLog.id),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('audit_seals_audit_uq').on(t.auditId)],
);

/** The audit rows still to seal, queued by a trigger on the trail (migration 0046); only the owner's sealer reads it. */
export const auditUnsealed = pgTable('audit_unsealed', {
  auditId: bigint('audit_id', { mode: 'number' })
    .primaryKey()
    .references(() => auditLog.id),
});

// Database schema (drizzle pg-core). Migrations under ../../drizzle are generated from this file
// by `npm run db:generate -w @hehu/server`; hand-written SQL (triggers, extensions) lives in custom migrations.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Administrative divisions: natural-length statistical codes (4 city, 6 county, 9 township, 12 village). */
export const divisions = pgTable(
  'divisions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county', 'township', 'village'] }).notNull(),
    parentCode: text('parent_code'),
    /** 'statistical' rows come from the national code list; 'administrative' units (e.g. 乐山高新区) have none. */
    kind: text('kind', { enum: ['statistical', 'administrative'] })
      .notNull()
      .default('statistical'),
  },
  (t) => [index('divisions_parent_idx').on(t.parentCode), index('divisions_name_idx').on(t.name)],
);

/** Townships administered by an administrative unit without its own statistical code. */
export const adminUnitMembers = pgTable(
  'admin_unit_members',
  {
    unitCode: text('unit_code')
      .notNull()
      .references(() => divisions.code),
    memberCode: text('member_code')
      .notNull()
      .references(() => divisions.code),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.memberCode] })],
);

export const institutions = pgTable('institutions', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['welfare_home', 'protection_center'] }).notNull(),
  divisionCode: text('division_code')
    .notNull()
    .references(() => divisions.code),
  createdAt: createdAt(),
});

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
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  createdAt: createdAt(),
});

export const roles = pgTable('roles', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  description: text('description').notNull().default(''),
  scopeKind: text('scope_kind', { enum: ['division', 'institution', 'none'] }).notNull(),
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
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Versioned settings: each change inserts a new version; the newest row is in force. */
export const settings = pgTable(
  'settings',
  {
    key: text('key').notNull(),
    version: integer('version').notNull(),
    value: jsonb('value').notNull(),
    changedBy: uuid('changed_by'),
    changedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.key, t.version] })],
);

export const workCalendarYears = pgTable('work_calendar_years', {
  year: integer('year').primaryKey(),
  holidays: date('holidays').array().notNull(),
  workdays: date('workdays').array().notNull(),
  source: text('source').notNull().default(''),
});

export const children = pgTable(
  'children',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    sex: char('sex', { length: 1, enum: ['M', 'F'] }).notNull(),
    birthDate: date('birth_date').notNull(),
    /** SM4-encrypted ID number; lookups go through the keyed SM3 blind index. */
    idNumberEnc: text('id_number_enc'),
    idNumberIndex: text('id_number_index'),
    idNumberMasked: text('id_number_masked'),
    /** The village (12-digit) of household registration; the access scope is a prefix of it. */
    divisionCode: text('division_code')
      .notNull()
      .references(() => divisions.code),
    institutionId: uuid('institution_id').references(() => institutions.id),
    status: text('status', { enum: ['active', 'terminated', 'transferred', 'archived'] })
      .notNull()
      .default('active'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('children_id_number_index_uq').on(t.idNumberIndex),
    index('children_division_idx').on(t.divisionCode, t.id),
    index('children_institution_idx').on(t.institutionId),
    check('children_sex_ck', sql`${t.sex} IN ('M','F')`),
  ],
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

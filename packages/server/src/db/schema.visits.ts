// Visit records (migration 0018). The id comes from the browser that typed the visit, so a retried submission
// finds its first copy; due and overdue are computed from these rows (through visit_standing) and the visit rules,
// never stored.
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const visitKinds = ['home', 'phone', 'school', 'other'] as const;

export const visits = pgTable(
  'visits',
  {
    id: uuid('id').primaryKey(),
    childId: uuid('child_id').notNull(),
    visitDate: date('visit_date').notNull(),
    kind: text('kind', { enum: visitKinds }).notNull(),
    seen: text('seen').array().notNull().default([]),
    living: text('living').notNull().default(''),
    guardianship: text('guardianship').notNull().default(''),
    schooling: text('schooling').notNull().default(''),
    health: text('health').notNull().default(''),
    safety: text('safety').notNull().default(''),
    needs: text('needs').notNull().default(''),
    helpGiven: text('help_given').notNull().default(''),
    note: text('note').notNull().default(''),
    circumstancesChanged: boolean('circumstances_changed').notNull().default(false),
    visitorId: uuid('visitor_id'),
    visitorName: text('visitor_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('visits_child_date_idx').on(t.childId, t.visitDate)],
);

export const riskLevels = ['absent', 'improper', 'insufficient', 'normal'] as const;

/** Guardianship risk assessments (migration 0018): the instrument version, the answers and the level scored. */
export const riskAssessments = pgTable(
  'risk_assessments',
  {
    id: uuid('id').primaryKey(),
    childId: uuid('child_id').notNull(),
    assessedOn: date('assessed_on').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    answers: jsonb('answers').$type<Record<string, string>>().notNull(),
    total: integer('total').notNull(),
    byArea: jsonb('by_area').$type<Record<string, number>>().notNull(),
    redFlags: text('red_flags').array().notNull().default([]),
    level: text('level', { enum: riskLevels }).notNull(),
    previousLevel: text('previous_level', { enum: riskLevels }),
    note: text('note').notNull().default(''),
    assessorId: uuid('assessor_id'),
    assessorName: text('assessor_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('risk_assessments_child_idx').on(t.childId, t.assessedOn, t.createdAt)],
);

/** Referrals to minor protection (migration 0018): opened by a 监护缺失 assessment, taken over by case work. */
export const protectionReferrals = pgTable(
  'protection_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull(),
    source: text('source', { enum: ['risk_assessment'] }).notNull(),
    assessmentId: uuid('assessment_id'),
    openedOn: date('opened_on').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['open', 'taken', 'merged'] })
      .notNull()
      .default('open'),
    takenBy: uuid('taken_by'),
    takenAt: timestamp('taken_at', { withTimezone: true }),
    /** The discovery case the minor-protection module filed for it (migration 0030). */
    caseId: uuid('case_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('protection_referrals_open_idx').on(t.status, t.childId)],
);

/**
 * Each child's latest visit and latest risk assessment (migration 0035), kept by statement triggers on visits and
 * risk_assessments in the same transaction; the app only reads it. Due dates are still computed on every read.
 * Migration 0041 adds visit_standing_division_idx (division_code, child_id) INCLUDE (last_visit, risk_level), for
 * plans read by area (the builder has no INCLUDE); migration 0048 two partial indexes by division for the home page's
 * risk counts (last visit changed, level dropped two steps).
 */
export const visitStanding = pgTable('visit_standing', {
  childId: uuid('child_id').primaryKey(),
  divisionCode: text('division_code').notNull().default(''),
  lastVisit: date('last_visit'),
  lastVisitChanged: boolean('last_visit_changed').notNull().default(false),
  riskLevel: text('risk_level', { enum: riskLevels }),
  riskAssessedOn: date('risk_assessed_on'),
  riskPreviousLevel: text('risk_previous_level', { enum: riskLevels }),
});

// Minor protection cases (migration 0024): partner units, cases with their intakes, append-only actions, team,
// referrals, help-plan tasks, guardianship measures, break-the-glass access, the case library, sending systems'
// API keys and the outbox.
import { boolean, date, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true });

export const partnerUnits = pgTable('partner_units', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  role: text('role', { enum: ['partner', 'reporter'] }).notNull(),
  kind: text('kind').notNull(),
  divisionCode: text('division_code').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: at('created_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

export const cases = pgTable('cases', {
  id: uuid('id').primaryKey(),
  receiptNo: text('receipt_no').notNull(),
  channel: text('channel').notNull(),
  tier: text('tier', { enum: ['urgent', 'general', 'consult'] }).notNull(),
  stage: text('stage', {
    enum: ['intake', 'verification', 'assessment', 'plan', 'implementation', 'closure_review', 'closed'],
  })
    .notNull()
    .default('intake'),
  childId: uuid('child_id'),
  childName: text('child_name').notNull(),
  childSex: text('child_sex', { enum: ['male', 'female'] }),
  childAge: integer('child_age'),
  divisionCode: text('division_code').notNull(),
  countyCode: text('county_code').notNull(),
  institutionId: uuid('institution_id'),
  location: text('location').notNull().default(''),
  summary: text('summary').notNull(),
  immediateDanger: boolean('immediate_danger').notNull().default(false),
  receivedAt: at('received_at').notNull(),
  respondBy: at('respond_by').notNull(),
  assessBy: at('assess_by').notNull(),
  tierVersion: text('tier_version').notNull(),
  ownerId: uuid('owner_id'),
  guardianship: text('guardianship', { enum: ['temporary', 'long_term'] }),
  closedAt: at('closed_at'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const caseMembers = pgTable(
  'case_members',
  {
    caseId: uuid('case_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role', { enum: ['owner', 'member'] }).notNull(),
    addedBy: uuid('added_by'),
    addedAt: at('added_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] })],
);

export const caseIntakes = pgTable('case_intakes', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  receiptNo: text('receipt_no').notNull(),
  channel: text('channel').notNull(),
  childName: text('child_name').notNull().default(''),
  trigger: text('trigger'),
  description: text('description').notNull(),
  reporterName: text('reporter_name'),
  reporterPhone: text('reporter_phone'),
  reporterRelation: text('reporter_relation'),
  reporterUnitId: uuid('reporter_unit_id'),
  reporterUserId: uuid('reporter_user_id'),
  apiClientId: uuid('api_client_id'),
  externalId: text('external_id'),
  receivedAt: at('received_at').notNull(),
  outcome: text('outcome'),
  toldAt: at('told_at'),
  satisfaction: integer('satisfaction'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const caseActions = pgTable('case_actions', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  seq: integer('seq').notNull(),
  action: text('action').notNull(),
  note: text('note'),
  data: jsonb('data').notNull().default({}),
  actorId: uuid('actor_id'),
  actorName: text('actor_name').notNull(),
  at: at('at').notNull().defaultNow(),
});

export const caseReferrals = pgTable('case_referrals', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  partnerUnitId: uuid('partner_unit_id').notNull(),
  request: text('request').notNull(),
  dueOn: date('due_on').notNull(),
  status: text('status', { enum: ['sent', 'accepted', 'declined', 'answered'] })
    .notNull()
    .default('sent'),
  response: text('response'),
  respondedBy: uuid('responded_by'),
  respondedAt: at('responded_at'),
  createdBy: uuid('created_by'),
  createdAt: at('created_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

export const caseTasks = pgTable('case_tasks', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  goal: text('goal').notNull(),
  title: text('title').notNull(),
  ownerName: text('owner_name').notNull(),
  dueOn: date('due_on').notNull(),
  doneOn: date('done_on'),
  serviceNote: text('service_note'),
  createdBy: uuid('created_by'),
  createdAt: at('created_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

export const caseGuardianships = pgTable('case_guardianships', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind', { enum: ['temporary', 'long_term'] }).notNull(),
  trigger: text('trigger').notNull(),
  placement: text('placement'),
  placementDetail: text('placement_detail').notNull().default(''),
  startedOn: date('started_on').notNull(),
  endedOn: date('ended_on'),
  returnAssessment: text('return_assessment'),
  createdBy: uuid('created_by'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const caseAccessBreaks = pgTable('case_access_breaks', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  userId: uuid('user_id').notNull(),
  reason: text('reason').notNull(),
  at: at('at').notNull().defaultNow(),
  expiresAt: at('expires_at').notNull(),
});

export const caseLibrary = pgTable('case_library', {
  id: uuid('id').primaryKey().defaultRandom(),
  sourceCaseId: uuid('source_case_id').notNull(),
  countyCode: text('county_code').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  channel: text('channel').notNull(),
  tier: text('tier').notNull(),
  status: text('status', { enum: ['draft', 'published'] })
    .notNull()
    .default('draft'),
  draftedBy: uuid('drafted_by'),
  reviewedBy: uuid('reviewed_by'),
  publishedAt: at('published_at'),
  createdAt: at('created_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

export const apiClients = pgTable('api_clients', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  systemCode: text('system_code').notNull(),
  keyHash: text('key_hash').notNull(),
  divisionCode: text('division_code').notNull(),
  callbackUrl: text('callback_url'),
  revokedAt: at('revoked_at'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const outbox = pgTable('outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  topic: text('topic').notNull(),
  apiClientId: uuid('api_client_id'),
  payload: jsonb('payload').notNull(),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
  deliveredAt: at('delivered_at'),
  lastError: text('last_error'),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** Documents on a case (migration 0029), stored like the registry's. */
export const caseDocuments = pgTable('case_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  title: text('title').notNull(),
  fileName: text('file_name').notNull(),
  mimeType: text('mime_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  storageKey: text('storage_key').notNull(),
  uploadedBy: uuid('uploaded_by'),
  uploadedByName: text('uploaded_by_name').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

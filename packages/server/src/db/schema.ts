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
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }),
});

export const childStatuses = ['active', 'terminated', 'transferred', 'archived'] as const;

export const children = pgTable(
  'children',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    formerNames: text('former_names')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sex: char('sex', { length: 1, enum: ['M', 'F'] }).notNull(),
    birthDate: date('birth_date').notNull(),
    /** SM4-encrypted ID number; lookups go through the keyed SM3 blind index. */
    idNumberEnc: text('id_number_enc'),
    idNumberIndex: text('id_number_index'),
    idNumberMasked: text('id_number_masked'),
    /** Why there is no ID number yet (household registration pending, foundling, …). */
    noIdReason: text('no_id_reason'),
    /** The village (12-digit) of household registration; the access scope is a prefix of it. */
    divisionCode: text('division_code')
      .notNull()
      .references(() => divisions.code),
    /** Placed in a child welfare institution (集中养育) from `institutionSince` (migration 0009). */
    institutionId: uuid('institution_id').references(() => institutions.id),
    institutionSince: date('institution_since'),
    /** A foundling: the birth parents cannot be found (migration 0009). */
    parentsUnknown: boolean('parents_unknown').notNull().default(false),
    ethnicity: text('ethnicity'),
    householdType: text('household_type', { enum: ['rural', 'urban'] }),
    currentAddressEnc: text('current_address_enc'),
    currentAddressMasked: text('current_address_masked'),
    schoolingStage: text('schooling_stage'),
    schoolName: text('school_name'),
    boarding: boolean('boarding'),
    healthStatus: text('health_status', { enum: ['healthy', 'disabled', 'ill'] }),
    disabilityType: text('disability_type'),
    disabilityGrade: integer('disability_grade'),
    /**
     * The disability certificate number (the second generation is the holder's ID number plus two digits): SM4
     * encrypted like the ID number, with a masked copy (migration 0012).
     */
    disabilityCertNoEnc: text('disability_cert_no_enc'),
    disabilityCertNoMasked: text('disability_cert_no_masked'),
    /** The clear column before 0012: emptied at start (sealClearCertificateNumbers); a CHECK refuses new values. */
    disabilityCertNoClear: text('disability_cert_no'),
    illness: text('illness'),
    familyEconomicHardship: boolean('family_economic_hardship').notNull().default(false),
    guardianshipHarm: boolean('guardianship_harm').notNull().default(false),
    photoDocumentId: uuid('photo_document_id'),
    status: text('status', { enum: childStatuses }).notNull().default('active'),
    terminationReason: text('termination_reason'),
    terminationMonth: text('termination_month'),
    /** The termination's event day (migration 0022): the allowance ends with its month. */
    terminationDate: date('termination_date'),
    /** Set when this record was merged into another as a duplicate; it is then archived. */
    mergedInto: uuid('merged_into'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('children_id_number_index_uq').on(t.idNumberIndex),
    // INCLUDE (status, institution_id) by migration 0045 (the builder has no INCLUDE): area counts read it alone.
    index('children_division_idx').on(t.divisionCode, t.id),
    index('children_institution_idx').on(t.institutionId),
    index('children_birth_idx').on(t.birthDate),
    check('children_sex_ck', sql`${t.sex} IN ('M','F')`),
    check('children_identity_ck', sql`${t.idNumberIndex} IS NOT NULL OR ${t.noIdReason} IS NOT NULL`),
    check('children_institution_since_ck', sql`${t.institutionSince} IS NULL OR ${t.institutionId} IS NOT NULL`),
    check('children_disability_cert_no_sealed_ck', sql`${t.disabilityCertNoClear} IS NULL`),
  ],
);

/** Parents, guardians and carers: people with their own identity, linked to children by dated relations. */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    sex: char('sex', { length: 1, enum: ['M', 'F'] }),
    birthDate: date('birth_date'),
    idNumberEnc: text('id_number_enc'),
    idNumberIndex: text('id_number_index'),
    idNumberMasked: text('id_number_masked'),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    addressEnc: text('address_enc'),
    addressMasked: text('address_masked'),
    workPlace: text('work_place'),
    /** Set by the database from the request's user (migration 0006): the creator sees the person before any relation. */
    createdBy: uuid('created_by').default(sql`nullif(current_setting('hehu.user_id', true), '')::uuid`),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('persons_id_number_idx').on(t.idNumberIndex)],
);

export const relationKinds = ['father', 'mother', 'guardian', 'entrusted_carer'] as const;

/** A change of guardian ends one relation and starts another: rows are never overwritten. */
export const childRelations = pgTable(
  'child_relations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind', { enum: relationKinds }).notNull(),
    /** Kinship in words (祖母, 舅舅, 福利院 …), for guardians and carers. */
    relationLabel: text('relation_label'),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    endReason: text('end_reason'),
    createdAt: createdAt(),
    /** The child's division, kept by triggers (migration 0033) so the row policy reads it without a lookup. */
    divisionCode: text('division_code').notNull().default(''),
  },
  (t) => [
    index('child_relations_child_idx').on(t.childId),
    index('child_relations_person_idx').on(t.personId),
    check('child_relations_dates_ck', sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
  ],
);

/** Dated situations of a parent (RULES §1.3), each with its evidence documents. */
export const personSituations = pgTable(
  'person_situations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    code: text('code').notNull(),
    since: date('since').notNull(),
    until: date('until'),
    details: jsonb('details').notNull().default({}),
    note: text('note'),
    createdAt: createdAt(),
    /** The recorded end, else the end of its term: stored so that an index answers "ended by" (migration 0033). */
    endsOn: date('ends_on').generatedAlwaysAs(
      sql`coalesce(until, (since + make_interval(months => (details->>'termMonths')::int))::date)`,
    ),
  },
  (t) => [index('person_situations_person_idx').on(t.personId)],
);

/** Protection categories held by a child, effective-dated, with the decision and rule version that granted them. */
export const childCategories = pgTable(
  'child_categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    category: text('category').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    endReason: text('end_reason'),
    decisionRef: text('decision_ref').notNull(),
    /** The child's division, copied and kept in step by triggers (migration 0032) so scans narrow on an index. */
    divisionCode: text('division_code').notNull().default(''),
    rulesVersion: text('rules_version'),
    explanation: jsonb('explanation'),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('child_categories_child_idx').on(t.childId),
    index('child_categories_category_idx').on(t.category, t.childId),
    index('child_categories_open_division_idx')
      .on(t.divisionCode, t.category)
      .where(sql`end_date is null`),
    // child_categories_division_child_idx (division_code, child_id) INCLUDE (category, start_date, end_date) is
    // made by migration 0041 only: the builder has no INCLUDE. Visit plans read it.
  ],
);

export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    subjectType: text('subject_type', { enum: ['child', 'person', 'situation', 'category', 'visit'] }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
    /** A visit photo's small copy for the timeline (migration 0036): all four set, or none. */
    thumbnailStorageKey: text('thumbnail_storage_key'),
    thumbnailMimeType: text('thumbnail_mime_type'),
    thumbnailSizeBytes: integer('thumbnail_size_bytes'),
    thumbnailSha256: text('thumbnail_sha256'),
  },
  (t) => [index('documents_child_idx').on(t.childId)],
);

/** Field-level history of each child's file (who, when, old, new), append-only like the audit trail. */
export const childHistory = pgTable(
  'child_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    childId: uuid('child_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    changes: jsonb('changes').notNull().default([]),
  },
  (t) => [index('child_history_child_idx').on(t.childId, t.id)],
);

export const childTransfers = pgTable(
  'child_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    fromDivision: text('from_division').notNull(),
    toDivision: text('to_division')
      .notNull()
      .references(() => divisions.code),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['pending', 'accepted', 'rejected', 'cancelled'] })
      .notNull()
      .default('pending'),
    requestedBy: uuid('requested_by'),
    requestedAt: createdAt(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  },
  (t) => [index('child_transfers_child_idx').on(t.childId), index('child_transfers_to_idx').on(t.toDivision, t.status)],
);

export const duplicateSuspects = pgTable(
  'duplicate_suspects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childA: uuid('child_a')
      .notNull()
      .references(() => children.id),
    childB: uuid('child_b')
      .notNull()
      .references(() => children.id),
    score: integer('score').notNull(),
    status: text('status', { enum: ['open', 'dismissed', 'merged'] })
      .notNull()
      .default('open'),
    createdAt: createdAt(),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('duplicate_suspects_pair_uq').on(t.childA, t.childB)],
);

export const importJobs = pgTable('import_jobs', {
  id: uuid('id').primaryKey().defaultRandom(),
  createdBy: uuid('created_by').notNull(),
  fileName: text('file_name').notNull(),
  fileSha256: text('file_sha256').notNull(),
  status: text('status', { enum: ['checked', 'committed', 'failed'] }).notNull(),
  mode: text('mode', { enum: ['all_or_nothing', 'valid_only'] }),
  totalRows: integer('total_rows').notNull(),
  validRows: integer('valid_rows').notNull(),
  createdRows: integer('created_rows').notNull().default(0),
  report: jsonb('report').notNull(),
  createdAt: createdAt(),
  committedAt: timestamp('committed_at', { withTimezone: true }),
});

/**
 * Linking a person known by ID number but related only to children outside the requester's scope (migration
 * 0008): the other side confirms. Until then the requester sees only what it typed, kept here.
 */
export const personLinkRequests = pgTable(
  'person_link_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind', { enum: relationKinds }).notNull(),
    relationLabel: text('relation_label'),
    startDate: date('start_date').notNull(),
    /** The requesting child as the requester describes it to the confirming side. */
    childName: text('child_name').notNull(),
    divisionCode: text('division_code')
      .notNull()
      .references(() => divisions.code),
    typedName: text('typed_name').notNull(),
    typedIdNumberMasked: text('typed_id_number_masked').notNull(),
    typedPhoneEnc: text('typed_phone_enc'),
    typedPhoneMasked: text('typed_phone_masked'),
    typedAddressEnc: text('typed_address_enc'),
    typedAddressMasked: text('typed_address_masked'),
    typedWorkPlace: text('typed_work_place'),
    status: text('status', { enum: ['pending', 'confirmed', 'rejected', 'cancelled'] })
      .notNull()
      .default('pending'),
    requestedBy: uuid('requested_by').notNull(),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    relationId: uuid('relation_id').references(() => childRelations.id),
  },
  (t) => [
    uniqueIndex('person_link_requests_one_pending')
      .on(t.childId, t.personId)
      .where(sql`${t.status} = 'pending'`),
    index('person_link_requests_person_idx').on(t.personId, t.status),
    index('person_link_requests_child_idx').on(t.childId, t.requestedAt),
  ],
);

export * from './schema.access.ts';
export * from './schema.derived.ts';
export * from './schema.applications.ts';
export * from './schema.visits.ts';
export * from './schema.care.ts';
export * from './schema.allowances.ts';
export * from './schema.cases.ts';
export * from './schema.jobs.ts';

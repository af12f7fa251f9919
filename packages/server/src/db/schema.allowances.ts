// Allowances (migration 0022): standards, payee accounts, monthly rolls with payments, lines and supervision
// findings, bank layouts and return files. Money is integer fen.
import { boolean, date, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const allowanceStandards = pgTable('allowance_standards', {
  id: uuid('id').primaryKey().defaultRandom(),
  category: text('category').notNull(),
  countyCode: text('county_code'),
  effectiveMonth: date('effective_month').notNull(),
  amountFen: integer('amount_fen'),
  followsCategory: text('follows_category'),
  notice: text('notice').notNull(),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const payeeAccounts = pgTable('allowance_payee_accounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  holderKind: text('holder_kind', { enum: ['guardian', 'institution'] }).notNull(),
  holderRelationId: uuid('holder_relation_id'),
  institutionId: uuid('institution_id'),
  holderName: text('holder_name').notNull(),
  bankName: text('bank_name').notNull(),
  bankCode: text('bank_code').notNull().default(''),
  sameBank: boolean('same_bank').notNull().default(true),
  accountEnc: text('account_enc').notNull(),
  accountIndex: text('account_index').notNull(),
  accountMasked: text('account_masked').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  endedAt: timestamp('ended_at', { withTimezone: true }),
  endedReason: text('ended_reason'),
});

/** The current form of each layout: built-in ones shared (countyCode null), a county's own ones its own (0034). */
export const bankLayouts = pgTable('bank_layouts', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  definition: jsonb('definition').notNull(),
  countyCode: text('county_code'),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every saved form of a layout; a roll's payment file keeps the version it was first made with. */
export const bankLayoutVersions = pgTable(
  'bank_layout_versions',
  {
    code: text('code').notNull(),
    version: integer('version').notNull(),
    countyCode: text('county_code'),
    definition: jsonb('definition').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.code, t.version] })],
);

export const allowanceCountySettings = pgTable('allowance_county_settings', {
  countyCode: text('county_code').primaryKey(),
  bankLayoutCode: text('bank_layout_code').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const rollStatuses = ['draft', 'approved', 'locked'] as const;

export const allowanceRolls = pgTable('allowance_rolls', {
  id: uuid('id').primaryKey().defaultRandom(),
  countyCode: text('county_code').notNull(),
  month: date('month').notNull(),
  status: text('status', { enum: rollStatuses }).notNull(),
  generatedBy: uuid('generated_by'),
  generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
  approvedBy: uuid('approved_by'),
  approvedAt: timestamp('approved_at', { withTimezone: true }),
  lockedBy: uuid('locked_by'),
  lockedAt: timestamp('locked_at', { withTimezone: true }),
  exportedAt: timestamp('exported_at', { withTimezone: true }),
  bankLayoutCode: text('bank_layout_code'),
  bankLayoutVersion: integer('bank_layout_version'),
  totals: jsonb('totals').notNull().default({}),
  version: integer('version').notNull().default(1),
  /** The snapshot (pg_current_snapshot) the findings' facts were read in; null before migration 0035. */
  findingsSnapshot: text('findings_snapshot'),
  /** The checking transaction's own id (pg_current_xact_id_if_assigned), if it had one: its changes count as read. */
  findingsXact: text('findings_xact'),
  /** The day the findings were checked for (a guardianship ending later counts until then). */
  findingsCheckedOn: date('findings_checked_on'),
  findingsCheckedAt: timestamp('findings_checked_at', { withTimezone: true }),
  /** The roll's payments by status, kept by triggers on allowance_payments (migration 0036). */
  paymentsPending: integer('payments_pending').notNull().default(0),
  paymentsUnsent: integer('payments_unsent').notNull().default(0),
  paymentsOffset: integer('payments_offset').notNull().default(0),
  paymentsPaid: integer('payments_paid').notNull().default(0),
  paymentsFailed: integer('payments_failed').notNull().default(0),
});

export const paymentStatuses = ['pending', 'unsent', 'offset', 'paid', 'failed'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

export const allowancePayments = pgTable('allowance_payments', {
  id: uuid('id').primaryKey().defaultRandom(),
  rollId: uuid('roll_id').notNull(),
  childId: uuid('child_id').notNull(),
  townshipCode: text('township_code').notNull(),
  reference: text('reference').notNull(),
  amountFen: integer('amount_fen').notNull(),
  accountId: uuid('account_id'),
  status: text('status', { enum: paymentStatuses }).notNull(),
  failureReason: text('failure_reason'),
  returnedAt: timestamp('returned_at', { withTimezone: true }),
});

export const lineKinds = ['base', 'arrears', 'retry', 'recovery'] as const;

export const allowanceLines = pgTable('allowance_lines', {
  id: uuid('id').primaryKey().defaultRandom(),
  rollId: uuid('roll_id').notNull(),
  paymentId: uuid('payment_id').notNull(),
  childId: uuid('child_id').notNull(),
  kind: text('kind', { enum: lineKinds }).notNull(),
  forMonth: date('for_month').notNull(),
  category: text('category'),
  amountFen: integer('amount_fen').notNull(),
  standardFen: integer('standard_fen'),
  standardId: uuid('standard_id'),
  explanation: jsonb('explanation').$type<{ zh: string; en: string }>().notNull(),
});

export const allowanceFindings = pgTable('allowance_findings', {
  id: uuid('id').primaryKey().defaultRandom(),
  rollId: uuid('roll_id').notNull(),
  childId: uuid('child_id').notNull(),
  checkCode: text('check_code').notNull(),
  severity: text('severity', { enum: ['blocking', 'warning'] }).notNull(),
  lineIds: uuid('line_ids').array().notNull().default([]),
  message: jsonb('message').$type<{ zh: string; en: string }>().notNull(),
  note: text('note'),
  notedBy: uuid('noted_by'),
  notedAt: timestamp('noted_at', { withTimezone: true }),
});

export const bankReturnImports = pgTable('bank_return_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  rollId: uuid('roll_id').notNull(),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull(),
  summary: jsonb('summary').notNull(),
  uploadedBy: uuid('uploaded_by'),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Full-time schooling periods (在读证明) that extend payment past the last paid age (migration 0028). */
export const childSchooling = pgTable('child_schooling', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  schoolName: text('school_name').notNull(),
  fromDate: date('from_date').notNull(),
  untilDate: date('until_date').notNull(),
  note: text('note'),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  withdrawnBy: uuid('withdrawn_by'),
  withdrawnReason: text('withdrawn_reason'),
});

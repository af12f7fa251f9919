// The error codes each route may answer beyond those its declaration implies (validation, sign-in, permission,
// CSRF, an id not found: errorCodesOf in platform/openapi.ts), for the OpenAPI document. The fuzzer
// (test/fuzz.test.ts) fails when a route answers an error code or status not listed for it here.
import type { ErrorCode } from './platform/errors.ts';
import type { RouteErrors } from './platform/openapi.ts';

const ID_NUMBER: ErrorCode[] = [
  'ID_NUMBER_LENGTH',
  'ID_NUMBER_FORMAT',
  'ID_NUMBER_REGION',
  'ID_NUMBER_BIRTH_DATE',
  'ID_NUMBER_FUTURE_BIRTH',
  'ID_NUMBER_CHECKSUM',
];
/**
 * A search whose text looks like an ID number is checked as one, and counted against the caller's address
 * (RATE_LIMITED past the policy's number, platform/address-limits.ts).
 */
const CHILD_FILTER: ErrorCode[] = [...ID_NUMBER, 'CURSOR_INVALID', 'RATE_LIMITED'];
/** A number looked up city-wide: held elsewhere, or the day's checks used up. */
const ID_CHECK: ErrorCode[] = ['ID_NUMBER_UNAVAILABLE', 'ID_CHECK_LIMIT'];
const CHILD_IDENTITY: ErrorCode[] = [
  ...ID_NUMBER,
  'ID_BIRTH_DATE_MISMATCH',
  'ID_SEX_MISMATCH',
  'NO_ID_FIELDS_REQUIRED',
  'BIRTH_DATE_FUTURE',
  'NOT_A_MINOR',
];
const PLACEMENT: ErrorCode[] = [
  'PLACEMENT_WITHOUT_INSTITUTION',
  'PLACEMENT_DATE_REQUIRED',
  'PLACEMENT_DATE_FUTURE',
  'DATE_BEFORE_START',
  'INSTITUTION_NOT_FOUND',
  'INSTITUTION_NOT_WELFARE_HOME',
];
const PERSON_IDENTITY: ErrorCode[] = [...ID_NUMBER, 'ID_BIRTH_DATE_MISMATCH', 'ID_SEX_MISMATCH', 'BIRTH_DATE_FUTURE'];
const UPLOAD_TYPES: ErrorCode[] = ['DOCUMENT_TYPE_NOT_ALLOWED', 'DOCUMENT_ACTIVE_CONTENT'];
const VERIFY_IDENTITY: ErrorCode[] = ['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'TOTP_REQUIRED', 'TOTP_INVALID'];

const CASE_OPEN: ErrorCode[] = ['CASE_TEAM_ONLY'];
/** The case state table's refusals (domain refuseCaseAction) and what an action's own fields need. */
const CASE_ACTION: ErrorCode[] = [
  'CASE_ACTION_NOT_MANUAL',
  'CASE_WRONG_STAGE',
  'CASE_NOT_YOUR_DUTY',
  'CASE_NOTE_REQUIRED',
  'CASE_OPEN_REFERRALS',
  'CASE_OPEN_TASKS',
  'CASE_GUARDIANSHIP_OPEN',
  'CASE_GUARDIANSHIP_ALREADY_OPEN',
  'CASE_GUARDIANSHIP_NOT_OPEN',
  'CASE_RETURN_NOT_ASSESSED',
  'CASE_SELF_REVIEW',
  'CASE_CHANGED',
  'VALIDATION_FAILED',
];

export const ROUTE_ERRORS: RouteErrors = {
  // Sign-in and the session.
  // A locked account answers INVALID_CREDENTIALS like a wrong password; an address past its failures, RATE_LIMITED.
  'POST /api/auth/login': [
    'INVALID_CREDENTIALS',
    'ACCOUNT_DISABLED',
    'ACCOUNT_NOT_READY',
    'TOTP_REQUIRED',
    'TOTP_INVALID',
    'RATE_LIMITED',
  ],
  'POST /api/auth/logout': ['CSRF_TOKEN_INVALID'],
  'POST /api/auth/password': ['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'PASSWORD_POLICY', 'PASSWORD_REUSED'],
  'POST /api/auth/totp/setup': VERIFY_IDENTITY,
  'POST /api/auth/totp/enable': ['TOTP_INVALID'],
  'POST /api/auth/totp/disable': VERIFY_IDENTITY,
  // Divisions: a parent outside the caller's area is not found.
  'GET /api/divisions': ['NOT_FOUND'],
  // The child's file.
  'GET /api/children': CHILD_FILTER,
  'POST /api/children/search': CHILD_FILTER,
  'GET /api/children/counts': CHILD_FILTER,
  'POST /api/children/check-duplicates': ['DIVISION_NOT_FOUND', 'DIVISION_OUT_OF_SCOPE'],
  'POST /api/children': [
    ...CHILD_IDENTITY,
    ...ID_CHECK,
    ...PLACEMENT,
    'ID_NUMBER_EXISTS',
    'DIVISION_NOT_FOUND',
    'DIVISION_OUT_OF_SCOPE',
    'DUPLICATE',
  ],
  'PATCH /api/children/:id': [
    ...CHILD_IDENTITY,
    ...ID_CHECK,
    ...PLACEMENT,
    'ID_NUMBER_EXISTS',
    'PARENTS_RECORDED',
    'CHILD_ARCHIVED',
    'USE_TRANSFER',
    'CONFLICT',
  ],
  'PUT /api/children/:id/photo': [
    'PHOTO_TOO_LARGE',
    'PHOTO_TYPE_NOT_ALLOWED',
    'DOCUMENT_ACTIVE_CONTENT',
    'CHILD_ARCHIVED',
    'CONFLICT',
  ],
  'POST /api/children/:id/documents': [...UPLOAD_TYPES, 'DOCUMENT_SUBJECT_INVALID', 'CHILD_ARCHIVED'],
  // Status, transfers and duplicates.
  'POST /api/children/:id/terminate': ['EVENT_DATE_IN_FUTURE', 'EVENT_DATE_BEFORE_BIRTH', 'CHILD_NOT_ACTIVE'],
  'POST /api/children/:id/archive': ['CHILD_NOT_ARCHIVABLE'],
  'POST /api/children/:id/transfers': [
    'DIVISION_NOT_FOUND',
    'TRANSFER_SAME_DIVISION',
    'TRANSFER_PENDING',
    'CHILD_NOT_ACTIVE',
  ],
  'GET /api/transfers': ['CURSOR_INVALID'],
  'POST /api/transfers/:id/accept': ['TRANSFER_NOT_PENDING', 'CHILD_NOT_ACTIVE', 'TRANSFER_OWN_REQUEST'],
  'POST /api/transfers/:id/reject': ['TRANSFER_NOT_PENDING', 'TRANSFER_OWN_REQUEST'],
  'POST /api/transfers/:id/cancel': ['TRANSFER_NOT_PENDING'],
  'POST /api/duplicates/scan': ['DIVISION_NOT_FOUND', 'DIVISION_OUT_OF_SCOPE'],
  'POST /api/duplicates/:id/dismiss': ['DUPLICATE_NOT_OPEN'],
  'GET /api/duplicates/:id/merge-preview': ['DUPLICATE_NOT_OPEN'],
  'POST /api/duplicates/:id/merge': [
    'DUPLICATE_NOT_OPEN',
    'MERGE_KEEP_NOT_IN_PAIR',
    'MERGE_KEEP_RELATION_INVALID',
    'MERGE_DIFFERENT_ID_NUMBERS',
    'MERGE_RELATION_CONFLICT',
    'MERGE_CATEGORY_CONFLICT',
    'CHILD_ARCHIVED',
    'CONFLICT',
  ],
  // Family.
  'POST /api/children/:id/relations': [
    ...PERSON_IDENTITY,
    ...ID_CHECK,
    'CHILD_ARCHIVED',
    'DATE_BEFORE_START',
    'PERSON_NAME_MISMATCH',
    'RELATION_SEX_MISMATCH',
    'RELATION_ACTIVE_EXISTS',
    'LINK_REQUEST_PENDING',
  ],
  'POST /api/children/:id/relations/:relationId/end': ['CHILD_ARCHIVED', 'DATE_BEFORE_START', 'RELATION_ALREADY_ENDED'],
  'PATCH /api/children/:id/persons/:personId': ['CHILD_ARCHIVED'],
  'POST /api/children/:id/persons/:personId/situations': [
    'CHILD_ARCHIVED',
    'DATE_BEFORE_START',
    'SITUATION_DETAIL_NOT_APPLICABLE',
    'SITUATION_DETAIL_REQUIRED',
    'ILLNESS_NOT_LISTED',
    'SITUATION_OTHER_AREA',
  ],
  'POST /api/children/:id/persons/:personId/situations/:situationId/end': [
    'CHILD_ARCHIVED',
    'DATE_BEFORE_START',
    'SITUATION_ALREADY_ENDED',
    'SITUATION_OTHER_AREA',
  ],
  'GET /api/person-links': ['CURSOR_INVALID'],
  'POST /api/person-links/:id/confirm': ['LINK_REQUEST_NOT_PENDING', 'CHILD_ARCHIVED', 'RELATION_ACTIVE_EXISTS'],
  'POST /api/person-links/:id/reject': ['LINK_REQUEST_NOT_PENDING'],
  'POST /api/person-links/:id/cancel': ['LINK_REQUEST_NOT_PENDING'],
  // Categories and their rules.
  'POST /api/category-rules': ['RULES_VERSION_EXISTS', 'RULES_EFFECTIVE_BEFORE_LATEST'],
  'POST /api/children/:id/categories': [
    'CHILD_ARCHIVED',
    'DATE_BEFORE_START',
    'CATEGORY_ALREADY_HELD',
    'CATEGORY_NOT_STACKABLE',
  ],
  'POST /api/children/:id/categories/:categoryId/end': [
    'CHILD_ARCHIVED',
    'DATE_BEFORE_START',
    'CATEGORY_ALREADY_ENDED',
  ],
  // Ledger import and export.
  'POST /api/children/import/check': ['IMPORT_FORMAT', 'IMPORT_TOO_LARGE', 'IMPORT_IN_PROGRESS', 'ID_CHECK_LIMIT'],
  'POST /api/children/import/:jobId/commit': [
    ...ID_CHECK,
    'IMPORT_HAS_ERRORS',
    'IMPORT_ALREADY_COMMITTED',
    'IMPORT_CONFLICT',
    'IMPORT_ROWS_CHANGED',
    'IMPORT_IN_PROGRESS',
  ],
  'GET /api/children/export': [...CHILD_FILTER, 'EXPORT_TOO_LARGE'],
  'POST /api/children/export': [...CHILD_FILTER, 'EXPORT_TOO_LARGE'],
  // Accounts (system administrator) and approvals (security administrator).
  'POST /api/admin/users': ['DUPLICATE'],
  'POST /api/admin/users/:id/reset-password': ['SELF_ACTION', 'REQUEST_PENDING'],
  'POST /api/admin/account-requests/:id/password': ['REQUEST_DECIDED'],
  'POST /api/admin/users/:id/unlock': ['SELF_ACTION'],
  'POST /api/admin/users/:id/disable': ['SELF_ACTION', 'REQUEST_PENDING'],
  'POST /api/admin/users/:id/enable': ['SELF_ACTION'],
  'POST /api/security/roles': ['DUPLICATE', 'SEPARATION_OF_DUTIES'],
  'PUT /api/security/roles/:code': ['BUILT_IN_ROLE', 'SELF_GRANT', 'SEPARATION_OF_DUTIES'],
  'POST /api/security/users/:id/grants': [
    'ROLE_NOT_FOUND',
    'ROLE_SCOPE_MISMATCH',
    'DIVISION_NOT_FOUND',
    'INSTITUTION_NOT_FOUND',
    'PARTNER_UNIT_NOT_FOUND',
    'SELF_GRANT',
    'SEPARATION_OF_DUTIES',
  ],
  'DELETE /api/security/grants/:id': ['SELF_GRANT'],
  'POST /api/security/account-requests/:id/approve': ['REQUEST_DECIDED', 'SELF_APPROVAL', 'SEPARATION_OF_DUTIES'],
  'POST /api/security/account-requests/:id/reject': ['REQUEST_DECIDED', 'SELF_APPROVAL'],
  'POST /api/security/alerts/:id/acknowledge': ['CONFLICT'],
  // The audit administrator: a child looked up by name or ID number; the trail as a workbook.
  'GET /api/audit': ['CURSOR_INVALID'],
  'POST /api/audit/children/search': [...ID_NUMBER, 'RATE_LIMITED'],
  'POST /api/audit/case-reporters': ['CASE_RECEIPT_NOT_FOUND'],
  'POST /api/audit/export': ['EXPORT_TOO_LARGE'],
  // Applications and the working-day calendar.
  'POST /api/applications': [
    'NOT_FOUND',
    'CHILD_ARCHIVED',
    'DATE_BEFORE_START',
    'CATEGORY_ALREADY_HELD',
    'APPLICATION_CATEGORY_NOT_HELD',
    'APPLICATION_OPEN_EXISTS',
    'APPLICATION_EVENT_DATE',
  ],
  'POST /api/applications/:id/actions': [
    'APPLICATION_CHANGED',
    'APPLICATION_ACTION_NOT_ALLOWED',
    'APPLICATION_DUTY_REQUIRED',
    'APPLICATION_REASON_REQUIRED',
    'APPLICATION_PAPERS_MISSING',
    'APPLICATION_CATEGORY_NOT_HELD',
    'CATEGORY_ALREADY_HELD',
    'CATEGORY_NOT_STACKABLE',
    'CATEGORY_ALREADY_ENDED',
    'CHILD_ARCHIVED',
    'DATE_BEFORE_START',
  ],
  'GET /api/calendar/deadline': ['CALENDAR_YEAR_MISSING'],
  'PUT /api/calendar/years/:year': ['CALENDAR_DATE_INVALID', 'CALENDAR_WORKDAY_NOT_WEEKEND', 'CALENDAR_CHANGED'],
  // Exports of the lists and a ledger's problem rows.
  'GET /api/potentially-eligible/export': ['EXPORT_TOO_LARGE'],
  'GET /api/transfers/export': ['EXPORT_TOO_LARGE'],
  'GET /api/duplicates/export': ['EXPORT_TOO_LARGE'],
  'GET /api/overview/villages': ['NOT_FOUND'],
  // Visits: a date outside the child's life, a retried visit id that belongs to another record, photos.
  'POST /api/visits': ['NOT_FOUND', 'CHILD_ARCHIVED', 'VISIT_DATE_FUTURE', 'VISIT_DATE_BEFORE_BIRTH', 'VISIT_ID_TAKEN'],
  'POST /api/visits/:id/photos': [
    'VISIT_PHOTO_NOT_IMAGE',
    'VISIT_PHOTO_TOO_MANY',
    'DOCUMENT_ACTIVE_CONTENT',
    'DOCUMENT_SUBJECT_INVALID',
  ],
  'GET /api/visits/board': ['NOT_FOUND'],
  'PUT /api/children/:id/care': [
    'CHILD_ARCHIVED',
    'CARER_NOT_ELIGIBLE',
    'CARER_RELATION_INVALID',
    'CARE_DATE_FUTURE',
    'CARE_CHANGED',
  ],
  'POST /api/children/:id/contacts': ['CHILD_ARCHIVED', 'CONTACT_DATE_INVALID', 'CONTACT_ID_TAKEN'],
  'GET /api/left-behind/children': ['NOT_FOUND'],
  'GET /api/left-behind/signing': ['NOT_FOUND'],
  'GET /api/left-behind/registration.xlsx': ['NOT_FOUND', 'EXPORT_TOO_LARGE'],
  'POST /api/allowances/standards': ['STANDARD_INVALID', 'NOT_FOUND'],
  'POST /api/allowances/rolls': [
    'NOT_FOUND',
    'ROLL_MONTH_INVALID',
    'ROLL_COUNTY_INVALID',
    'ROLL_PREVIOUS_NOT_LOCKED',
    'ROLL_NOT_DRAFT',
  ],
  'PUT /api/allowances/rolls/:id/findings/:findingId/note': ['ROLL_NOT_DRAFT', 'FINDING_NOT_WARNING'],
  'POST /api/allowances/rolls/:id/approve': [
    'ROLL_CHANGED',
    'ROLL_NOT_DRAFT',
    'ROLL_SELF_APPROVAL',
    'ROLL_BLOCKED',
    'ROLL_WARNINGS_UNNOTED',
    'ROLL_UNBALANCED',
  ],
  'POST /api/allowances/rolls/:id/lock': ['ROLL_CHANGED', 'ROLL_NOT_APPROVED'],
  'POST /api/children/:id/assessments': [
    'CHILD_ARCHIVED',
    'RISK_DATE_FUTURE',
    'RISK_DATE_BEFORE_BIRTH',
    'RISK_ANSWERS_INCOMPLETE',
    'RISK_ID_TAKEN',
  ],
  // Allowances: payee accounts, a child's ledger and the fund-use report.
  'PUT /api/children/:id/payee-account': [
    'CHILD_ARCHIVED',
    'PAYEE_NOT_HOLDER',
    'ACCOUNT_NUMBER_INVALID',
    'ACCOUNT_CHANGED',
  ],
  'POST /api/children/:id/schooling': ['CHILD_ARCHIVED', 'SCHOOLING_INVALID'],
  'POST /api/children/:id/schooling/:periodId/withdraw': ['CHILD_ARCHIVED'],
  'POST /api/allowances/rules': ['CONFLICT'],
  'GET /api/allowances/fund-use': ['NOT_FOUND'],
  'GET /api/allowances/fund-use.xlsx': ['NOT_FOUND'],
  // Minor protection cases: a case in reach but not open to the caller is 403 CASE_TEAM_ONLY (break the glass).
  'POST /api/cases/intake': ['CASE_DIVISION_INVALID', 'CASE_CHILD_NOT_FOUND'],
  'POST /api/cases/reports': ['CASE_DIVISION_INVALID'],
  'POST /api/cases/reports/:id/satisfaction': ['CONFLICT'],
  'GET /api/cases/:id': ['CASE_TEAM_ONLY'],
  'POST /api/cases/:id/actions': [...CASE_OPEN, ...CASE_ACTION],
  'GET /api/cases/:id/assignable': [...CASE_OPEN, 'CASE_NOT_YOUR_DUTY'],
  'POST /api/cases/:id/assign': [...CASE_OPEN, 'CASE_NOT_YOUR_DUTY', 'CASE_MEMBER_INVALID', 'CASE_CHANGED'],
  'GET /api/cases/:id/child-candidates': [...CASE_OPEN, 'CASE_NOT_YOUR_DUTY'],
  'POST /api/cases/:id/child': [...CASE_OPEN, 'CASE_NOT_YOUR_DUTY', 'CASE_CHILD_NOT_FOUND', 'CASE_CHANGED'],
  'POST /api/cases/:id/tasks': [...CASE_OPEN, 'CASE_NOT_YOUR_DUTY', 'CASE_WRONG_STAGE'],
  'POST /api/cases/:id/tasks/:taskId/done': [...CASE_OPEN, 'CASE_NOT_YOUR_DUTY', 'CASE_CHANGED'],
  'POST /api/cases/:id/referrals': [
    ...CASE_OPEN,
    'CASE_NOT_YOUR_DUTY',
    'CASE_WRONG_STAGE',
    'REFERRAL_OUTSIDE_REGION',
    'VALIDATION_FAILED',
  ],
  'POST /api/referrals/:id/answer': ['REFERRAL_NOT_OPEN', 'VALIDATION_FAILED', 'CONFLICT'],
  'POST /api/integrations/hotline/work-orders': ['API_KEY_INVALID', 'CASE_DIVISION_INVALID'],
  'POST /api/cases/:id/library': [...CASE_OPEN, 'CASE_NOT_YOUR_DUTY', 'CASE_NOT_CLOSED'],
  'PUT /api/case-library/:id': ['CONFLICT'],
  'POST /api/cases/tiers': ['CASE_TIERS_INVALID'],
  'POST /api/cases/partner-units': [
    'PARTNER_UNIT_KIND_INVALID',
    'PARTNER_UNIT_DIVISION_INVALID',
    'PARTNER_UNIT_DUPLICATE',
  ],
  'PUT /api/cases/partner-units/:id': [
    'PARTNER_UNIT_KIND_INVALID',
    'PARTNER_UNIT_DIVISION_INVALID',
    'PARTNER_UNIT_DUPLICATE',
    'PARTNER_UNIT_OPEN_REFERRALS',
    'CONFLICT',
  ],
  'POST /api/case-library/:id/publish': ['CONFLICT', 'LIBRARY_SELF_REVIEW', 'LIBRARY_IDENTIFIERS_LEFT'],
};

// Types of the HTTP API contract. The bodies come from the server's OpenAPI document through schema.gen.ts
// (`npm run api:types`); this file gives them the names the pages use. UI-only shapes stay hand-written here.
import type { components, operations } from './schema.gen';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
/** The JSON of an operation's successful answer. */
export type Answer<Op extends keyof operations> = Json<operations[Op]['responses'][keyof operations[Op]['responses']]>;
/** The JSON an operation takes as its body. */
export type RequestBody<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
/** One item of a list answer. */
type Item<Op extends keyof operations> = Answer<Op> extends { data: (infer I)[] } ? I : never;

/** Every error code the server may answer (the catalogue in the server's platform/error-catalogue*.ts). */
export type ErrorCode = components['schemas']['ErrorCode'];

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> | null };
  requestId?: string;
}

/** ProTable's list shape; cursor endpoints add `nextCursor`. */
export interface ListResponse<T> {
  data: T[];
  total: number;
  success: boolean;
  nextCursor?: string | null;
}

/** Endpoints that answer a plain collection without paging. */
export interface DataResponse<T> {
  data: T[];
}

export type Me = Answer<'getMe'>;
export type MeUser = Me['user'];
export type Grant = Me['grants'][number];
/** Who reset the password (and who approved it) and when, until the user sets their own. */
export type PasswordResetNotice = NonNullable<MeUser['passwordReset']>;
export type PersonRef = NonNullable<PasswordResetNotice['by']>;

export type LoginRequest = RequestBody<'postAuthLogin'>;
export type TotpSetup = Answer<'postAuthTotpSetup'>;

export type Task = Item<'getTasks'>;
export type Severity = Task['severity'];

export type Division = Item<'getDivisions'>;
export type DivisionLevel = Division['level'];
export type DivisionSearchHit = Item<'getDivisionsSearch'>;
export type DivisionDetail = Answer<'getDivisionsByCode'>;

export type ChildListRow = Item<'getChildren'>;
export type ChildListItem = Omit<ChildListRow, 'townshipName'>;
export type Sex = ChildListItem['sex'];
export type ChildStatus = ChildListItem['status'];

export type AdminUser = Item<'getAdminUsers'>;
/** An account change waiting for, or decided by, a second administrator. */
export type AccountRequest = Item<'getAdminAccountRequests'>;
export type AccountRequestKind = AccountRequest['kind'];
/** A reset answers a password at once, or the request that waits for approval. */
export type ResetAnswer = Answer<'postAdminUsersByIdResetPassword'>;
export type CreatedUser = Answer<'postAdminUsers'>;

export type Role = Item<'getSecurityRoles'>;
export type ScopeKind = Role['scopeKind'];
export type Permission = Item<'getSecurityPermissions'>;
export type SecurityUser = Item<'getSecurityUsers'>;
export type Institution = Item<'getSecurityInstitutions'>;
/** A unit a 'partner' grant names: a 'partner' answers referrals, a 'reporter' files mandatory reports. */
export type GrantPartnerUnit = Item<'getSecurityPartnerUnits'>;
export type SecurityPolicy = Answer<'getSecurityPolicy'>;
/** A user whose ID-number checks reached the daily limit, or whose access was refused repeatedly. */
export type SecurityAlert = Item<'getSecurityAlerts'>;

export type AuditEntry = Item<'getAudit'>;
export type Outcome = AuditEntry['outcome'];

export type Health = Answer<'getHealth'>;

/** A child as the audit administrator may see it: enough to pick the right one, never the file. */
export type AuditChild = Answer<'postAuditChildrenSearch'>['data'][number];
export type AuditFilterBody = RequestBody<'postAuditExport'>;
export type VillageOverviewRow = Item<'getOverviewVillages'>;
export type BehindReason = keyof VillageOverviewRow['reasons'];
export type AuditCaseReporters = Answer<'postAuditCaseReporters'>;

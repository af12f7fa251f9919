// Types of the HTTP API contract (docs/api-contract.md). Kept by hand until the client is
// generated from /api/openapi.json; field names match the server's JSON exactly.

export interface ApiErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> | null };
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

export interface Grant {
  id: string;
  role: string;
  roleName: string;
  divisionCode: string | null;
  divisionName: string | null;
  institutionId: string | null;
  institutionName: string | null;
}

export interface MeUser {
  id: string;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  mustEnrolTotp: boolean;
  totpEnabled: boolean;
  passwordExpiresAt: string | null;
  /** Who reset the password (and who approved it) and when, until the user sets their own. */
  passwordReset: PasswordResetNotice | null;
}

export interface PersonRef {
  username: string;
  displayName: string;
}

export interface PasswordResetNotice {
  at: string;
  by: PersonRef | null;
  approvedBy: PersonRef | null;
}

export interface Me {
  user: MeUser;
  grants: Grant[];
  permissions: string[];
  csrfToken: string;
  idleTimeoutMinutes: number;
  demoMode: boolean;
}

export interface LoginRequest {
  username: string;
  password: string;
  totpCode?: string;
}

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
}

export type Severity = 'info' | 'warning' | 'danger';

export interface Task {
  id: string;
  kind: string;
  title: string;
  description: string;
  dueDate: string | null;
  link: string | null;
  severity: Severity;
}

export type DivisionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
  hasChildren: boolean;
}

export interface DivisionSearchHit extends Division {
  path: string;
}

export interface DivisionDetail extends Division {
  path: { code: string; name: string }[];
}

export type Sex = 'M' | 'F';
export type ChildStatus = 'active' | 'terminated' | 'transferred' | 'archived';

export interface ChildListItem {
  id: string;
  name: string;
  sex: Sex;
  birthDate: string;
  idNumberMasked: string | null;
  divisionCode: string;
  divisionName: string;
  status: ChildStatus;
  /** Category codes held now (domain CategoryCode). */
  categories: string[];
}

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  status: 'active' | 'disabled';
  lockedUntil: string | null;
  lastLoginAt: string | null;
  passwordChangedAt: string | null;
  totpEnabled: boolean;
  roles: string[];
  /** Changes waiting for the security administrator's approval (two-person rule). */
  pendingRequests: AccountRequestKind[];
}

export type AccountRequestKind = 'reset_password' | 'disable_user';

/** An account change waiting for, or decided by, a second administrator. */
export interface AccountRequest {
  id: string;
  kind: AccountRequestKind;
  status: 'pending' | 'approved' | 'rejected';
  target: PersonRef & { id: string };
  requestedBy: PersonRef;
  requestedAt: string;
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  canDecide: boolean;
  passwordReady: boolean;
}

/** A reset answers a password at once, or the request that waits for approval. */
export interface ResetAnswer {
  initialPassword: string | null;
  pendingRequestId: string | null;
}

export interface CreatedUser {
  user: AdminUser;
  initialPassword: string;
}

export type ScopeKind = 'division' | 'institution' | 'none';

export interface Role {
  code: string;
  name: string;
  description: string;
  scopeKind: ScopeKind;
  permissions: string[];
  builtIn: boolean;
}

export interface Permission {
  code: string;
  name: string;
}

export interface SecurityUser {
  id: string;
  username: string;
  displayName: string;
  grants: Grant[];
}

export interface Institution {
  id: string;
  name: string;
  kind: string;
  divisionCode: string;
}

export interface SecurityPolicy {
  passwordMinLength: number;
  passwordMaxAgeDays: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  idleTimeoutMinutes: number;
  /** Answers per user per day that an ID number is held elsewhere, before ID checks are refused. */
  idCheckDailyLimit: number;
  /** A session ends this long after sign-in. */
  sessionMaxHours: number;
  /** Sessions one account may hold; a new sign-in ends the oldest beyond it. */
  maxSessionsPerUser: number;
  /** Failed sign-ins from one address within the window before sign-in from it waits (429). */
  signInFailuresPerAddress: number;
  /** Searches by ID number from one address within the window. */
  idLookupsPerAddress: number;
  addressWindowMinutes: number;
}

/** A user whose ID-number checks reached the daily limit (one per user and day). */
export interface SecurityAlert {
  id: string;
  kind: string;
  username: string;
  displayName: string;
  day: string;
  events: number;
  refused: number;
  firstAt: string;
  lastAt: string;
  acknowledgedAt: string | null;
  acknowledgedByName: string | null;
}

export type Outcome = 'success' | 'failure';

export interface AuditEntry {
  id: number | string;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: Outcome;
  ip: string | null;
  requestId: string | null;
  before: unknown;
  after: unknown;
  details: unknown;
}

export interface Health {
  status: 'ok' | 'degraded';
  database: { kind: 'pglite' | 'postgres'; up: boolean };
  version: string;
  /** Not in the contract yet: lets the sign-in page offer demo accounts only when the server runs a demo. */
  demoMode?: boolean;
}

// The error codes of the platform, sign-in and administration: each with its HTTP status and its Chinese and
// English message. With the registry's codes (error-catalogue.registry.ts) this is the one list of codes the API
// answers; AppError takes nothing else, and /api/openapi.json and docs/api-contract.md publish it.

/** The statuses an error may answer with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 423 | 429 | 500 | 503;

export interface ErrorSpec {
  readonly status: ErrorStatus;
  readonly zh: string;
  readonly en: string;
  /** Other statuses the same code answers in some places (e.g. a wrong one-time code is 401 at sign-in). */
  readonly also?: readonly ErrorStatus[];
}

export const PLATFORM_ERRORS = {
  VALIDATION_FAILED: { status: 400, zh: '提交的数据不符合要求', en: 'The request data is invalid' },
  MALFORMED_REQUEST: {
    status: 400,
    zh: '请求格式错误，无法读取（请求体或请求头不正确）',
    en: 'The request could not be read (malformed body or headers)',
  },
  CURSOR_INVALID: {
    status: 400,
    zh: '分页游标无效，请从第一页重新查询',
    en: 'Invalid page cursor; start again from the first page',
  },
  UPLOAD_EMPTY: {
    status: 400,
    zh: '请选择要上传的文件（文件为空）',
    en: 'Choose a file to upload (the file is empty)',
  },
  UNAUTHENTICATED: { status: 401, zh: '请先登录（或登录已超时）', en: 'Please sign in (or your session timed out)' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '连续登录失败次数过多，账号已锁定',
    en: 'Too many failed sign-ins: the account is locked',
  },
  ACCOUNT_DISABLED: {
    status: 403,
    zh: '账号已停用，请联系系统管理员',
    en: 'The account is disabled; contact the system administrator',
  },
  TRANSFER_OWN_REQUEST: {
    status: 403,
    zh: '不能确认或退回自己提出的转移申请，须由接收地乡镇处理',
    en: 'You cannot decide a transfer you requested; the receiving township does',
  },
  ACCOUNT_NOT_READY: {
    status: 403,
    zh: '账号尚未分配角色，暂不能登录，请联系安全管理员',
    en: 'The account has no role yet and cannot sign in; contact the security administrator',
  },
  TOTP_REQUIRED: {
    status: 401,
    also: [400],
    zh: '请输入动态验证码',
    en: 'Enter the one-time code from your authenticator',
  },
  TOTP_INVALID: {
    status: 401,
    also: [400],
    zh: '动态验证码错误或已过期',
    en: 'The one-time code is wrong or expired',
  },
  TOTP_ENROLMENT_REQUIRED: {
    status: 403,
    zh: '管理员账号须先绑定动态验证码',
    en: 'Administrator accounts must enrol a one-time-code authenticator first',
  },
  PASSWORD_CHANGE_REQUIRED: { status: 403, zh: '请先修改密码', en: 'You must change your password first' },
  PASSWORD_POLICY: { status: 400, zh: '新密码不符合密码规则', en: 'The new password does not meet the password rules' },
  PASSWORD_REUSED: {
    status: 400,
    zh: '新密码不能与最近使用过的密码相同',
    en: 'The new password must differ from recent passwords',
  },
  CSRF_TOKEN_INVALID: {
    status: 403,
    zh: '请求校验失败，请刷新页面后重试',
    en: 'Request verification failed; reload the page and try again',
  },
  FORBIDDEN: { status: 403, zh: '没有执行此操作的权限', en: 'You do not have permission for this action' },
  NOT_FOUND: { status: 404, zh: '记录不存在', en: 'Not found' },
  CONFLICT: {
    status: 409,
    zh: '记录已被他人修改，请刷新后重试',
    en: 'The record was changed by someone else; reload and retry',
  },
  DUPLICATE: { status: 409, zh: '记录已存在', en: 'The record already exists' },
  DIVISION_NOT_FOUND: { status: 400, zh: '行政区划代码不存在', en: 'Unknown division code' },
  DIVISION_OUT_OF_SCOPE: { status: 400, zh: '行政区划不在您的管辖范围内', en: 'The division is outside your area' },
  INSTITUTION_NOT_FOUND: { status: 400, zh: '机构不存在', en: 'Unknown institution' },
  PARTNER_UNIT_NOT_FOUND: { status: 400, zh: '协作单位不存在', en: 'Unknown partner unit' },
  ROLE_NOT_FOUND: { status: 400, zh: '角色不存在', en: 'The role does not exist' },
  ROLE_SCOPE_MISMATCH: { status: 400, zh: '授权范围与角色类型不符', en: 'The grant scope does not fit the role' },
  BUILT_IN_ROLE: { status: 409, zh: '内置角色不能修改', en: 'Built-in roles cannot be changed' },
  SELF_ACTION: { status: 409, zh: '不能对自己的账号执行此操作', en: 'You cannot do this to your own account' },
  SELF_GRANT: {
    status: 403,
    zh: '不能修改自己的授权，请由另一名安全管理员办理',
    en: 'You cannot change your own grants; another security administrator must do it',
  },
  SEPARATION_OF_DUTIES: {
    status: 409,
    zh: '三员分立：系统管理、安全管理、审计管理的权限不能相互兼有，也不能与业务权限集中在同一账号',
    en: 'Separation of duties: system, security and audit administration may not be combined with each other or with business permissions in one account',
  },
  SELF_APPROVAL: {
    status: 403,
    zh: '不能审批自己提出或涉及自己账号的申请',
    en: 'You cannot decide a request you made or one about your own account',
  },
  REQUEST_DECIDED: { status: 409, zh: '该申请已处理', en: 'The request has already been decided' },
  REQUEST_PENDING: {
    status: 409,
    zh: '该账号已有相同的申请待审批',
    en: 'The same request for this account is already waiting for approval',
  },
  // The one answer for an ID number held outside the caller's area: it does not say where (see security-events).
  ID_NUMBER_UNAVAILABLE: {
    status: 409,
    zh: '该身份证号无法在本辖区登记，请联系县级民政部门或申请转移',
    en: 'This ID number cannot be registered in your area; contact the county civil-affairs office or request a transfer',
  },
  ID_CHECK_LIMIT: {
    status: 429,
    zh: '今日身份证号核验次数已达上限，已通知安全管理员；请明日再试或联系安全管理员',
    en: "Today's limit of ID-number checks is reached and the security administrator has been told; try again tomorrow",
  },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的数据过大', en: 'The request is too large' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    zh: '不支持的请求内容类型（请以 JSON 提交）',
    en: 'Unsupported content type (send JSON)',
  },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  INTERNAL: {
    status: 500,
    zh: '服务器内部错误，请稍后重试或联系管理员（请提供请求编号）',
    en: 'Internal error; retry later or contact the administrator with the request id',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    zh: '服务暂不可用（数据库未就绪）',
    en: 'Service unavailable (database not ready)',
  },
} as const satisfies Record<string, ErrorSpec>;

// The error codes of the child registry (一人一档): rule violations (400) and state conflicts (409). A call site
// may give a more specific message (naming the date or the row); the message here is the code's general one.
import type { ErrorSpec } from './error-catalogue.ts';

export const REGISTRY_ERRORS = {
  // Resident ID numbers (GB 11643), as the domain package names its rules.
  ID_NUMBER_LENGTH: { status: 400, zh: '身份证号码应为 18 位', en: 'A resident ID number has 18 characters' },
  ID_NUMBER_FORMAT: {
    status: 400,
    zh: '身份证号码前 17 位须为数字，第 18 位须为数字或 X',
    en: 'The first 17 characters must be digits and the 18th a digit or X',
  },
  ID_NUMBER_REGION: {
    status: 400,
    zh: '身份证号码前 2 位不是有效的省级行政区划代码',
    en: 'The first two digits are not a valid province code',
  },
  ID_NUMBER_BIRTH_DATE: {
    status: 400,
    zh: '身份证号码中的出生日期不是有效日期',
    en: 'The birth date in the ID number is not a real date',
  },
  ID_NUMBER_FUTURE_BIRTH: {
    status: 400,
    zh: '身份证号码中的出生日期晚于今天',
    en: 'The birth date in the ID number is in the future',
  },
  ID_NUMBER_CHECKSUM: { status: 400, zh: '身份证号码校验位错误', en: 'Wrong check character in the ID number' },
  ID_BIRTH_DATE_MISMATCH: {
    status: 400,
    zh: '出生日期与身份证号码中的出生日期不一致',
    en: "The birth date differs from the ID number's",
  },
  ID_SEX_MISMATCH: {
    status: 400,
    zh: '性别与身份证号码第 17 位不一致',
    en: "Sex differs from the ID number's 17th digit",
  },
  ID_NUMBER_EXISTS: {
    status: 400,
    zh: '该身份证号码已登记，一人只能有一份档案',
    en: 'This ID number is already registered',
  },
  NO_ID_FIELDS_REQUIRED: {
    status: 400,
    zh: '没有身份证号码时，须填写出生日期、性别和暂无身份证号的原因',
    en: 'Without an ID number, birth date, sex and the reason are required',
  },
  BIRTH_DATE_FUTURE: { status: 400, zh: '出生日期不能晚于今天', en: 'The birth date cannot be in the future' },
  NOT_A_MINOR: {
    status: 400,
    zh: '已年满 18 周岁，不是未成年人，不能新建儿童档案',
    en: 'The person is 18 or older: not a minor',
  },
  DATE_BEFORE_START: { status: 400, zh: '日期早于开始日期', en: 'The date is before the start date' },
  // The child's file.
  CHILD_ARCHIVED: {
    status: 400,
    also: [409],
    zh: '档案已归档，不能修改',
    en: 'The file is archived and cannot be changed',
  },
  CHILD_NOT_ACTIVE: {
    status: 409,
    zh: '档案已终止、转出或归档，不能执行此操作',
    en: 'The file is terminated, transferred or archived; this is not possible',
  },
  CHILD_NOT_ARCHIVABLE: {
    status: 409,
    zh: '只有已终止或已转出的档案可以归档',
    en: 'Only a terminated or transferred file can be archived',
  },
  USE_TRANSFER: {
    status: 400,
    zh: '更改户籍所在村须通过转移申请，由接收地乡镇确认',
    en: 'Changing the village needs a transfer request',
  },
  EXPORT_TOO_LARGE: {
    status: 400,
    zh: '一次导出的人数超过上限，请缩小筛选范围',
    en: 'Too many rows for one export; narrow the filter',
  },
  PLACEMENT_WITHOUT_INSTITUTION: {
    status: 400,
    zh: '填写了集中养育日期，但未选择儿童福利机构',
    en: 'A placement date needs the child welfare institution',
  },
  PLACEMENT_DATE_REQUIRED: {
    status: 400,
    zh: '在儿童福利机构集中养育须填写入院（安置）日期',
    en: 'A placement in an institution needs its date',
  },
  PLACEMENT_DATE_FUTURE: {
    status: 400,
    zh: '安置日期晚于今天：请在安置后登记',
    en: 'The placement date is in the future; record it once the child is placed',
  },
  INSTITUTION_NOT_WELFARE_HOME: {
    status: 400,
    zh: '集中养育须在儿童福利机构：未成年人救助保护机构的安置是临时监护，不属于集中养育',
    en: 'Institutional care is in a child welfare institution; a protection centre gives temporary care',
  },
  PARENTS_RECORDED: {
    status: 409,
    zh: '档案中登记了父母，不能标记为查找不到生父母；如登记有误，请先终止该关系',
    en: 'The file records a parent, so the birth parents cannot be marked as not found; end that relation first',
  },
  // Photo and documents.
  PHOTO_TOO_LARGE: { status: 400, zh: '照片（file）超过大小上限', en: 'The photo (file) is too large' },
  PHOTO_TYPE_NOT_ALLOWED: {
    status: 400,
    zh: '照片（file）只能是 JPG、PNG 或 WebP 图片（按文件内容识别，与扩展名无关）',
    en: 'The photo (file) must be a JPG, PNG or WebP image (the type is read from the content, not the name)',
  },
  DOCUMENT_TYPE_NOT_ALLOWED: {
    status: 400,
    zh: '只能上传 PDF、JPG、PNG、WebP 文件（按文件内容识别）',
    en: 'Only PDF, JPG, PNG and WebP files can be uploaded (the type is read from the content)',
  },
  DOCUMENT_ACTIVE_CONTENT: {
    status: 400,
    zh: '文件（file）既是 PDF 或图片又含网页标记，不能上传：请重新扫描或另存为 PDF/图片后再上传',
    en: 'The file (file) is a PDF or image that also holds web-page tags; scan it again or save it anew',
  },
  DOCUMENT_SUBJECT_INVALID: {
    status: 400,
    zh: '材料所属的对象不在该儿童的档案中',
    en: "The document's subject is not part of this child's file",
  },
  // Family: persons, relations, parents' situations, links to persons held elsewhere.
  PERSON_NAME_MISMATCH: {
    status: 400,
    zh: '该身份证号码已登记，但姓名不一致，请核对姓名或身份证号码',
    en: 'This ID number is registered under another name; check the name or the ID number',
  },
  RELATION_SEX_MISMATCH: {
    status: 400,
    zh: '父亲的性别应为男、母亲的性别应为女，请核对性别或身份证号码',
    en: "A father's sex must be male and a mother's female",
  },
  RELATION_ACTIVE_EXISTS: {
    status: 409,
    zh: '已有在册的同类关系，请先终止该关系再登记新的',
    en: 'There is already a current relation of this kind; end it first',
  },
  RELATION_ALREADY_ENDED: { status: 409, zh: '该关系已终止，不能再次修改', en: 'This relation already ended' },
  SITUATION_DETAIL_NOT_APPLICABLE: {
    status: 400,
    zh: '该情形不需要填写此项',
    en: 'This situation takes no such detail',
  },
  SITUATION_DETAIL_REQUIRED: { status: 400, zh: '该情形须填写此项', en: 'This situation needs this detail' },
  ILLNESS_NOT_LISTED: {
    status: 400,
    zh: '病种不在重病目录内',
    en: 'The illness is not on the serious-illness list',
  },
  SITUATION_ALREADY_ENDED: { status: 409, zh: '该情形已结束，不能再次修改', en: 'This situation already ended' },
  SITUATION_OTHER_AREA: {
    status: 403,
    zh: '该人员也是其他辖区儿童的父母，其情形影响该儿童的保障类别，须由同时管辖这些儿童的县级或市级民政部门登记',
    en: 'This person is also a parent of a child in another area whose categories depend on it; the county or city office must record it',
  },
  LINK_REQUEST_PENDING: {
    status: 409,
    zh: '已申请关联该人员，正在等待对方辖区确认',
    en: 'A request to link this person is already waiting for the other area',
  },
  LINK_REQUEST_NOT_PENDING: { status: 409, zh: '该关联申请已处理', en: 'This link request has already been decided' },
  // Protection categories and their rules.
  CATEGORY_ALREADY_HELD: {
    status: 409,
    zh: '该儿童已认定为此类别',
    en: 'The child already holds this category',
  },
  CATEGORY_NOT_STACKABLE: {
    status: 409,
    zh: '该类别与儿童已认定的类别不能同时享受，请先终止后再登记',
    en: 'This category cannot be held together with one the child holds; end that one first',
  },
  CATEGORY_ALREADY_ENDED: { status: 409, zh: '该类别已终止，不能再次修改', en: 'This category already ended' },
  RULES_VERSION_EXISTS: {
    status: 409,
    zh: '该版本号已发布过，请使用新的版本号',
    en: 'This version was already published',
  },
  RULES_EFFECTIVE_BEFORE_LATEST: {
    status: 400,
    zh: '生效日期早于已发布版本的生效日期：新版本不能改写已生效版本之间的期间',
    en: "The effective date is before the latest published version's",
  },
  // Status changes, transfers, duplicates and merges.
  EVENT_DATE_IN_FUTURE: { status: 400, zh: '事件日期不能晚于今天', en: 'The event date cannot be in the future' },
  EVENT_DATE_BEFORE_BIRTH: { status: 400, zh: '事件日期不能早于出生日期', en: 'The event date is before the birth' },
  TRANSFER_SAME_DIVISION: {
    status: 400,
    zh: '接收地与儿童现户籍所在村相同',
    en: 'The receiving village is the current one',
  },
  TRANSFER_PENDING: {
    status: 409,
    zh: '该儿童已有待接收的转移申请，请等待处理或先撤销',
    en: 'A transfer of this child is already pending; wait for it or cancel it first',
  },
  TRANSFER_NOT_PENDING: { status: 409, zh: '该转移申请已处理', en: 'This transfer has already been decided' },
  DUPLICATE_NOT_OPEN: {
    status: 409,
    zh: '该疑似重复记录已处理',
    en: 'This suspected duplicate has already been resolved',
  },
  MERGE_KEEP_NOT_IN_PAIR: {
    status: 400,
    zh: '保留的档案必须是这两份之一',
    en: 'Keep one of the two files of the pair',
  },
  MERGE_KEEP_RELATION_INVALID: {
    status: 400,
    zh: '所选保留的关系不在这两份档案的在册关系中，请刷新后重新选择',
    en: 'The relation chosen to stay is not a current relation of these files; reload and choose again',
  },
  MERGE_DIFFERENT_ID_NUMBERS: {
    status: 409,
    zh: '两份档案的身份证号码不同，不是同一名儿童，不能合并',
    en: 'The two files have different ID numbers: they are different children',
  },
  MERGE_RELATION_CONFLICT: {
    status: 409,
    zh: '两份档案登记的在册父母不是同一人，请选择合并后保留哪一位',
    en: 'The two files name different current parents; choose which relation stays',
  },
  MERGE_CATEGORY_CONFLICT: {
    status: 409,
    zh: '两份档案认定的类别不能同时享受：请先由有认定权限的人员终止其一',
    en: 'The two files hold categories that cannot be held together: have an officer end one first',
  },
  // Ledger import.
  IMPORT_FORMAT: { status: 400, zh: '文件无法读取为台账', en: 'The file cannot be read as a ledger' },
  IMPORT_TOO_LARGE: {
    status: 400,
    zh: '台账文件解压后过大或压缩比异常（疑似压缩炸弹），请拆分为多个文件后导入',
    en: 'The ledger inflates too far or is compressed suspiciously well (a decompression bomb); split it into smaller files',
  },
  IMPORT_IN_PROGRESS: {
    status: 409,
    zh: '您有一个台账正在检查或导入，请等它完成后再试',
    en: 'One of your ledgers is being checked or imported; wait for it to finish and try again',
  },
  IMPORT_HAS_ERRORS: {
    status: 400,
    zh: '有行存在问题：请修正后重新上传，或选择“只导入无误的行”',
    en: 'Some rows have problems: fix them or import only the valid rows',
  },
  IMPORT_ALREADY_COMMITTED: {
    status: 409,
    zh: '该批次已导入过，不会重复创建档案',
    en: 'This import was already committed',
  },
  IMPORT_CONFLICT: {
    status: 409,
    zh: '检查之后有儿童已被他人登记，本次未导入任何档案：请重新检查后再导入',
    en: 'Some children were registered after the check; nothing was imported — check again',
  },
  IMPORT_ROWS_CHANGED: {
    status: 409,
    zh: '检查之后情况有变，本次未导入任何档案：请重新检查后再导入',
    en: 'Things changed since the check; nothing was imported — check again',
  },
  // Applications for a protection category (modules/applications) and the working-day calendar.
  APPLICATION_OPEN_EXISTS: {
    status: 409,
    zh: '该儿童已有一份同类申请正在办理，不能重复申请',
    en: 'The child already has an open application of this kind',
  },
  APPLICATION_ACTION_NOT_ALLOWED: {
    status: 409,
    zh: '申请当前状态不允许此操作（审批须逐级进行）',
    en: 'The application’s status does not allow this action (no level may be skipped)',
  },
  APPLICATION_DUTY_REQUIRED: {
    status: 403,
    zh: '此操作须由相应层级的审核或审批人员办理',
    en: 'This action is for the level whose duty it is',
  },
  APPLICATION_CHANGED: {
    status: 409,
    zh: '申请已被他人处理（版本已变化），请刷新后查看',
    en: 'Someone else acted on the application first; reload it',
  },
  APPLICATION_PAPERS_MISSING: {
    status: 400,
    zh: '缺少必需的证明材料，不能提交',
    en: 'Required papers are missing; the application cannot be submitted',
  },
  APPLICATION_REASON_REQUIRED: {
    status: 400,
    zh: '退回或不予批准须填写原因',
    en: 'A return or a rejection needs a reason',
  },
  APPLICATION_CATEGORY_NOT_HELD: {
    status: 409,
    zh: '该儿童当前未享受此保障类别，不能申请变更或终止',
    en: 'The child does not hold this category, so it cannot be changed or ended',
  },
  APPLICATION_EVENT_DATE: {
    status: 400,
    zh: '终止申请须填写事由发生日期，且不能晚于今天',
    en: 'A termination needs the date of its event, not after today',
  },
  // Re-verification rounds (RULES §2.12).
  REVERIFICATION_RECORDED: {
    status: 409,
    zh: '该复核事项已登记结果，不能再次登记',
    en: 'This re-verification already has its outcome',
  },
  REVERIFICATION_CHANGED: {
    status: 409,
    zh: '复核事项已被他人处理（版本已变化），请刷新后查看',
    en: 'Someone else changed this re-verification first; reload it',
  },
  REVERIFICATION_REASON_REQUIRED: {
    status: 400,
    zh: '复核结论为不再符合条件时，须填写原因和事由发生日期',
    en: 'An outcome of "no longer eligible" needs a reason and the date of the event',
  },
  REVERIFICATION_SETTINGS_INVALID: {
    status: 400,
    zh: '复核月份设置不正确',
    en: 'The re-verification months are not valid',
  },
  PAPERS_INVALID: {
    status: 400,
    zh: '证明材料清单不正确',
    en: 'The papers checklist is not valid',
  },
  CALENDAR_YEAR_MISSING: {
    status: 400,
    zh: '期限跨入尚未录入工作日历的年份，无法计算（请管理员先录入该年节假日安排）',
    en: 'The deadline reaches a year without a working-day calendar; enter that year first',
  },
  CALENDAR_DATE_INVALID: {
    status: 400,
    zh: '工作日历的日期须在该年之内，且同一天不能既是假日又是调休上班日',
    en: 'Calendar dates must fall in the year, and no day can be both a holiday and a working day',
  },
  CALENDAR_WORKDAY_NOT_WEEKEND: {
    status: 400,
    zh: '调休上班日须是周六或周日（工作日本来就上班）',
    en: 'A make-up working day must be a Saturday or Sunday',
  },
  CALENDAR_CHANGED: {
    status: 409,
    zh: '该年工作日历已被他人修改，请刷新后再改',
    en: "Someone else changed this year's calendar; reload it",
  },
} as const satisfies Record<string, ErrorSpec>;

// Shapes of the case routes: intake from each channel, the case list and workspace, actions, referrals, tasks,
// break-the-glass, the reporter's own reports, the partner's inbox, the library and the statistics.
import {
  CASE_ACTIONS,
  CASE_CHANNELS,
  CASE_STAGES,
  CASE_TIERS,
  LONG_TERM_GUARDIANSHIP_TRIGGERS,
  PARTNER_KINDS,
  PLACEMENTS,
  REPORT_TRIGGERS,
  TEMPORARY_GUARDIANSHIP_TRIGGERS,
  type CaseActionCode,
} from '@hehu/domain';
import { z } from 'zod';
import { isoDate } from '../family/index.ts';

const ACTION_CODES = Object.keys(CASE_ACTIONS) as [CaseActionCode, ...CaseActionCode[]];
export const caseTier = z.enum(CASE_TIERS, '分级应为紧急、一般或咨询');
export const caseStage = z.enum(CASE_STAGES);
export const caseChannel = z.enum(CASE_CHANNELS);
export const reportTrigger = z.enum(REPORT_TRIGGERS, '请选择九类强制报告情形之一');
const divisionCode = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '儿童所在地应为县、乡镇或村的行政区划代码');
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{5,20}$/, '电话号码格式不正确');
const text = (max: number, what: string) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}最多 ${max} 字`);

/** The hotline operator's form, also used for walk-ins, police transfers and discoveries from visits. */
export const intakeBody = z.strictObject({
  channel: z.enum(['hotline', 'walk_in', 'police_transfer', 'discovery'], '来源应为热线、来访、公安移送或走访发现'),
  childName: text(40, '儿童姓名（不知道可填"不详"）'),
  childSex: z.enum(['male', 'female']).nullable().default(null),
  childAge: z.number().int().min(0, '年龄应在 0–17 岁').max(17, '年龄应在 0–17 岁').nullable().default(null),
  childId: z.uuid().nullable().default(null),
  divisionCode,
  location: z.string().trim().max(200, '地点最多 200 字').default(''),
  summary: text(2000, '情况描述'),
  trigger: reportTrigger.nullable().default(null),
  immediateDanger: z.boolean().default(false),
  consultationOnly: z.boolean().default(false),
  /** The operator may set the tier; otherwise it follows the rules (suggestTier). */
  tier: caseTier.nullable().default(null),
  reporterName: z.string().trim().max(40, '最多 40 字').default(''),
  reporterPhone: phone.nullable().default(null),
  reporterRelation: z.string().trim().max(40, '最多 40 字').default(''),
});
export type IntakeInput = z.infer<typeof intakeBody>;

/** A mandatory report from an organisation account (its unit comes from the account's grant). */
export const reportBody = z.strictObject({
  trigger: reportTrigger,
  childName: text(40, '儿童姓名（不知道可填"不详"）'),
  childSex: z.enum(['male', 'female']).nullable().default(null),
  childAge: z.number().int().min(0, '年龄应在 0–17 岁').max(17, '年龄应在 0–17 岁').nullable().default(null),
  divisionCode: divisionCode.nullable().default(null),
  location: z.string().trim().max(200, '地点最多 200 字').default(''),
  description: text(2000, '发现的情况'),
  immediateDanger: z.boolean().default(false),
  reporterPhone: phone.nullable().default(null),
});
export type ReportInput = z.infer<typeof reportBody>;

/** A 12345 work order pushed by the city hotline system (fields in its own naming, checked the same way). */
export const workOrderBody = z.strictObject({
  workOrderNo: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{4,40}$/, '工单编号应为 4–40 位字母、数字或连字符'),
  receivedAt: z.iso.datetime({ offset: true, error: '受理时间应为带时区的 ISO 时间' }),
  content: text(4000, '工单内容'),
  childName: z.string().trim().max(40, '最多 40 字').default('不详'),
  districtCode: divisionCode,
  address: z.string().trim().max(200, '地址最多 200 字').default(''),
  urgent: z.boolean().default(false),
  callerName: z.string().trim().max(40, '最多 40 字').default(''),
  callerPhone: phone.nullable().default(null),
});
export type WorkOrderInput = z.infer<typeof workOrderBody>;

export const receiptView = z.object({
  receiptNo: z.string(),
  caseId: z.string().nullable(),
  tier: caseTier,
  respondBy: z.string(),
  countyName: z.string(),
  /** True when this report joined a case already open (the same work order, or the same child). */
  duplicate: z.boolean(),
});

export const caseListQuery = z.strictObject({
  stage: z.enum([...CASE_STAGES, 'open']).default('open'),
  tier: caseTier.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  mine: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
});

export const caseRow = z.object({
  id: z.string(),
  receiptNo: z.string(),
  tier: caseTier,
  stage: caseStage,
  channel: caseChannel,
  /** Open to the caller (on the team, supervising in scope, or glass broken); otherwise name and summary hidden. */
  open: z.boolean(),
  childName: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  receivedAt: z.string(),
  dueAt: z.string().nullable(),
  overdueMinutes: z.number().nullable(),
  ownerName: z.string().nullable(),
  openReferrals: z.number(),
});
export const caseListView = z.object({ items: z.array(caseRow), total: z.number() });

const bilingual = z.object({ zh: z.string(), en: z.string() });
export const caseDetail = z.object({
  id: z.string(),
  receiptNo: z.string(),
  tier: caseTier,
  tierVersion: z.string(),
  stage: caseStage,
  channel: caseChannel,
  version: z.number(),
  child: z.object({
    id: z.string().nullable(),
    name: z.string(),
    sex: z.enum(['male', 'female']).nullable(),
    age: z.number().nullable(),
  }),
  divisionCode: z.string(),
  divisionName: z.string(),
  countyCode: z.string(),
  location: z.string(),
  summary: z.string(),
  immediateDanger: z.boolean(),
  receivedAt: z.string(),
  respondBy: z.string(),
  assessBy: z.string(),
  dueAt: z.string().nullable(),
  overdueMinutes: z.number().nullable(),
  guardianship: z.enum(['temporary', 'long_term']).nullable(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  team: z.array(z.object({ userId: z.string(), name: z.string(), role: z.enum(['owner', 'member']) })),
  intakes: z.array(
    z.object({
      id: z.string(),
      receiptNo: z.string(),
      channel: caseChannel,
      trigger: reportTrigger.nullable(),
      description: z.string(),
      receivedAt: z.string(),
      /** The reporter's identity: shown to the case team only (null to anyone else). */
      reporter: z
        .object({
          name: z.string().nullable(),
          phone: z.string().nullable(),
          relation: z.string().nullable(),
          unitName: z.string().nullable(),
        })
        .nullable(),
      outcome: z.string().nullable(),
      toldAt: z.string().nullable(),
      satisfaction: z.number().nullable(),
    }),
  ),
  actions: z.array(
    z.object({
      id: z.string(),
      action: z.enum(ACTION_CODES),
      label: bilingual,
      note: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
      actorName: z.string(),
      at: z.string(),
    }),
  ),
  tasks: z.array(
    z.object({
      id: z.string(),
      goal: z.string(),
      title: z.string(),
      ownerName: z.string(),
      dueOn: z.string(),
      doneOn: z.string().nullable(),
      serviceNote: z.string().nullable(),
      version: z.number(),
    }),
  ),
  referrals: z.array(
    z.object({
      id: z.string(),
      partnerUnitId: z.string(),
      partnerName: z.string(),
      partnerKind: z.string(),
      request: z.string(),
      dueOn: z.string(),
      status: z.enum(['sent', 'accepted', 'declined', 'answered']),
      response: z.string().nullable(),
      respondedAt: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
  guardianships: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['temporary', 'long_term']),
      trigger: z.string(),
      placement: z.string().nullable(),
      placementDetail: z.string(),
      startedOn: z.string(),
      endedOn: z.string().nullable(),
      returnAssessment: z.string().nullable(),
    }),
  ),
  glassBreaks: z.array(z.object({ userName: z.string(), reason: z.string(), at: z.string() })),
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      fileName: z.string(),
      mimeType: z.string(),
      sizeBytes: z.number(),
      uploadedByName: z.string(),
      createdAt: z.string(),
    }),
  ),
  /** Manual actions the caller may take now (the domain's table, filtered by stage and duty). */
  allowedActions: z.array(z.enum(ACTION_CODES)),
  canSupervise: z.boolean(),
  libraryEntryId: z.string().nullable(),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const caseParams = z.strictObject({ id: z.uuid() });
export const caseTaskParams = z.strictObject({ id: z.uuid(), taskId: z.uuid() });

export const actionBody = z.strictObject({
  action: z.enum(ACTION_CODES),
  version: z.number().int().min(1),
  note: z.string().trim().max(2000, '说明最多 2000 字').nullable().default(null),
  /** Verification and assessment facts (FORMATS: 调查方式, 日期, 人员, 地点 …), guardianship details. */
  verification: z
    .strictObject({
      method: z.string().trim().max(40).default(''),
      date: isoDate,
      staff: z.string().trim().max(100).default(''),
      place: z.string().trim().max(200).default(''),
      needsTemporaryGuardianship: z.boolean().default(false),
    })
    .optional(),
  temporaryTrigger: z.enum(TEMPORARY_GUARDIANSHIP_TRIGGERS, '请选择临时监护的情形').optional(),
  placement: z.enum(PLACEMENTS, '请选择安置方式').optional(),
  placementDetail: z.string().trim().max(200).default(''),
  longTermTrigger: z.enum(LONG_TERM_GUARDIANSHIP_TRIGGERS, '请选择长期监护的情形').optional(),
});
export type ActionInput = z.infer<typeof actionBody>;

export const assignBody = z.strictObject({ userId: z.uuid(), version: z.number().int().min(1) });
export const matchBody = z.strictObject({ childId: z.uuid(), version: z.number().int().min(1) });
export const breakGlassBody = z.strictObject({
  reason: z.string().trim().min(10, '请写明查看理由（至少 10 个字）').max(500, '理由最多 500 字'),
});
export const taskBody = z.strictObject({
  goal: z.string().trim().max(200, '目标最多 200 字').default(''),
  title: text(200, '任务'),
  ownerName: text(40, '负责人'),
  dueOn: isoDate,
});
export const taskDoneBody = z.strictObject({
  version: z.number().int().min(1),
  serviceNote: text(1000, '服务记录'),
});
export const referralBody = z.strictObject({
  partnerUnitId: z.uuid('请选择协作单位'),
  request: text(1000, '转介事项'),
  dueOn: isoDate.nullable().default(null),
});
export const teamMemberView = z.object({ userId: z.string(), name: z.string(), unit: z.string() });

export const partnerUnitView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  divisionCode: z.string(),
});
export const partnerUnitsQuery = z.strictObject({ kind: z.enum(PARTNER_KINDS).optional() });

/** A referral as its partner sees it: what is asked, the child's name and age, never the rest of the case. */
export const referralView = z.object({
  id: z.string(),
  receiptNo: z.string(),
  tier: caseTier,
  childName: z.string(),
  childAge: z.number().nullable(),
  location: z.string(),
  request: z.string(),
  dueOn: z.string(),
  status: z.enum(['sent', 'accepted', 'declined', 'answered']),
  response: z.string().nullable(),
  sentAt: z.string(),
  sentBy: z.string(),
  version: z.number(),
  overdue: z.boolean(),
});
export const referralParams = z.strictObject({ id: z.uuid() });
export const referralAnswerBody = z.strictObject({
  decision: z.enum(['accept', 'decline', 'answer'], '请选择接收、拒收或反馈办理结果'),
  text: z.string().trim().max(2000, '最多 2000 字').default(''),
  version: z.number().int().min(1),
});

/** A reporter's own report: received or handled, the outcome told, never the case. */
export const myReportView = z.object({
  id: z.string(),
  receiptNo: z.string(),
  trigger: reportTrigger.nullable(),
  childName: z.string(),
  receivedAt: z.string(),
  status: z.enum(['received', 'handled']),
  outcome: z.string().nullable(),
  toldAt: z.string().nullable(),
  satisfaction: z.number().nullable(),
});
export const satisfactionBody = z.strictObject({ score: z.number().int().min(1, '评分为 1–5').max(5, '评分为 1–5') });

export const libraryEntryView = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  channel: caseChannel,
  tier: caseTier,
  status: z.enum(['draft', 'published']),
  publishedAt: z.string().nullable(),
  version: z.number(),
  /** Identifying details still found in the text (names, numbers, places, dates) — empty before publishing. */
  remaining: z.array(z.string()),
});
export const libraryEditBody = z.strictObject({
  title: text(100, '标题'),
  body: text(8000, '案例正文'),
  version: z.number().int().min(1),
});
export const libraryPublishBody = z.strictObject({ version: z.number().int().min(1) });

export const statsQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const statsView = z.object({
  from: z.string(),
  to: z.string(),
  byChannel: z.array(z.object({ channel: caseChannel, count: z.number() })),
  byTier: z.array(z.object({ tier: caseTier, count: z.number() })),
  byCounty: z.array(z.object({ code: z.string(), name: z.string(), count: z.number(), inTime: z.number() })),
  openByStage: z.array(z.object({ stage: caseStage, count: z.number() })),
  respondedInTime: z.number(),
  responded: z.number(),
  satisfaction: z.object({ answers: z.number(), average: z.number().nullable() }),
});

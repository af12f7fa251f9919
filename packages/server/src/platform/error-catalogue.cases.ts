// The error codes of minor protection cases: intake, the case state table, referrals, access and the library.
import type { ErrorSpec } from './error-catalogue.ts';

const refused = (zh: string, en: string, status: 400 | 409 = 409): { status: 400 | 409; zh: string; en: string } => ({
  status,
  zh,
  en,
});

export const CASE_ERRORS = {
  CASE_ACTION_NOT_MANUAL: refused('此操作由系统或专门表单完成', 'This action is not taken through this form', 400),
  CASE_WRONG_STAGE: refused('个案当前阶段不能进行此操作', 'The case is not at a stage that allows this'),
  CASE_NOT_YOUR_DUTY: {
    status: 403,
    zh: '此操作需由个案督办人员进行',
    en: 'A case supervisor takes this action',
  },
  CASE_NOTE_REQUIRED: refused('请填写办理说明（至少 4 个字）', 'Write what was done (at least 4 characters)', 400),
  CASE_OPEN_REFERRALS: refused('还有未反馈的转介，不能结案', 'Referrals are still open'),
  CASE_OPEN_TASKS: refused('帮扶计划还有未完成的任务，不能结案', 'Help-plan tasks are still open'),
  CASE_GUARDIANSHIP_OPEN: refused('儿童仍在临时监护中，不能结案', 'The child is still under temporary guardianship'),
  CASE_GUARDIANSHIP_ALREADY_OPEN: refused('已在临时监护中', 'Temporary guardianship is already open'),
  CASE_GUARDIANSHIP_NOT_OPEN: refused('没有进行中的临时监护', 'No temporary guardianship is open'),
  CASE_RETURN_NOT_ASSESSED: refused(
    '送回监护人前须先记录评估意见',
    'Record the assessment before returning the child to the guardian',
    400,
  ),
  CASE_TEAM_ONLY: {
    status: 403,
    zh: '个案只对办案人员开放；如确需查看，请填写理由申请紧急查看',
    en: 'Only the case team may open this case; break the glass with a reason if you must',
  },
  CASE_SELF_REVIEW: refused('提请结案的人不能审核自己的结案', 'Whoever asked to close a case cannot approve it'),
  CASE_CHANGED: refused('个案已被他人更新，请刷新后再操作', 'Someone else updated the case; reload it'),
  CASE_DIVISION_INVALID: refused(
    '儿童所在地须为本市的县、乡镇或村',
    'Give a county, township or village in the city',
    400,
  ),
  CASE_NOT_CLOSED: refused('个案结案后才能编入案例库', 'Only a closed case goes to the library'),
  CASE_RECEIPT_NOT_FOUND: { status: 404, zh: '没有该受理编号的个案', en: 'No case has that receipt number' },
  CASE_CHILD_NOT_FOUND: refused('没有找到该儿童档案（或不在您的范围内）', 'No such child file within your reach', 400),
  CASE_MEMBER_INVALID: refused('只能指派本辖区的办案人员', 'Assign a case worker within reach', 400),
  REFERRAL_OUTSIDE_REGION: refused('只能转介给本市的协作单位', 'Refer to a partner unit within the city', 400),
  REFERRAL_NOT_OPEN: refused('该转介已反馈或已拒收', 'The referral has already been answered or declined'),
  LIBRARY_IDENTIFIERS_LEFT: refused(
    '案例中仍有可识别信息（姓名、身份证号、电话、地点或日期），请修改后再发布',
    'The entry still contains identifying details; edit it before publishing',
  ),
  LIBRARY_SELF_REVIEW: refused('编写案例的人不能审核发布自己的案例', 'Whoever drafted an entry cannot publish it'),
  CASE_TIERS_INVALID: refused('分级时限设置不正确', 'The tier settings are not valid', 400),
  PARTNER_UNIT_DUPLICATE: refused(
    '单位名称：该行政区划内已有同名单位',
    'Name: the division already has a unit of that name',
    400,
  ),
  PARTNER_UNIT_KIND_INVALID: refused('单位类型不属于该类单位的类型', 'The kind does not belong to the unit role', 400),
  PARTNER_UNIT_DIVISION_INVALID: refused(
    '所在地须为本市的市、县（市、区）、乡镇或村',
    'Give the city or a county, township or village in it',
    400,
  ),
  PARTNER_UNIT_OPEN_REFERRALS: refused(
    '该单位还有待接收或办理中的转介，须反馈或拒收后才能停用',
    'The unit still has open referrals; they must be answered or declined first',
  ),
  API_KEY_INVALID: { status: 401, zh: '接口密钥无效或已停用', en: 'The API key is not valid or was revoked' },
} as const satisfies Record<string, ErrorSpec>;

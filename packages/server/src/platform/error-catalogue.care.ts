// The error codes of the care work: visits, guardianship risk assessments and left-behind children's care.
import type { ErrorSpec } from './error-catalogue.ts';

export const CARE_ERRORS = {
  VISIT_RULES_INVALID: {
    status: 400,
    zh: '走访频次规则设置不正确',
    en: 'The visit frequencies are not valid',
  },
  RISK_INSTRUMENT_INVALID: {
    status: 400,
    zh: '监护风险评估量表设置不正确',
    en: 'The risk instrument is not valid',
  },
  VISIT_DATE_FUTURE: { status: 400, zh: '走访日期不能晚于今天', en: 'The visit date cannot be in the future' },
  VISIT_DATE_BEFORE_BIRTH: {
    status: 400,
    zh: '走访日期不能早于儿童出生日期',
    en: "The visit date cannot be before the child's birth",
  },
  VISIT_ID_TAKEN: {
    status: 409,
    zh: '该走访记录编号已被另一份记录使用，请重新填写',
    en: 'This visit id belongs to another record; start the visit again',
  },
  VISIT_PHOTO_NOT_IMAGE: {
    status: 415,
    zh: '走访照片只能是 JPG、PNG 或 WebP 图片',
    en: 'Visit photos must be JPG, PNG or WebP images',
  },
  VISIT_PHOTO_TOO_MANY: {
    status: 409,
    zh: '每次走访最多上传 6 张照片',
    en: 'A visit has at most 6 photos',
  },
  VISIT_THUMBNAIL_NOT_IMAGE: {
    status: 415,
    zh: '走访照片缩略图（thumbnail）只能是 JPG、PNG 或 WebP 图片（按文件内容识别）',
    en: 'A visit photo thumbnail (thumbnail) must be a JPG, PNG or WebP image (read from the content)',
  },
  VISIT_THUMBNAIL_TOO_LARGE: {
    status: 400,
    zh: '走访照片缩略图（thumbnail）过大',
    en: 'The visit photo thumbnail (thumbnail) is too large',
  },
  RISK_DATE_FUTURE: { status: 400, zh: '评估日期不能晚于今天', en: 'The assessment date cannot be in the future' },
  RISK_DATE_BEFORE_BIRTH: {
    status: 400,
    zh: '评估日期不能早于儿童出生日期',
    en: "The assessment date cannot be before the child's birth",
  },
  RISK_ANSWERS_INCOMPLETE: {
    status: 400,
    zh: '评估表有未作答或答案无效的项目',
    en: 'The assessment has unanswered or invalid items',
  },
  RISK_ID_TAKEN: {
    status: 409,
    zh: '该评估记录编号已被另一份记录使用，请重新填写',
    en: 'This assessment id belongs to another record; start again',
  },
  CARER_NOT_ELIGIBLE: {
    status: 400,
    zh: '被委托照护人不符合条件（须年满 18 周岁、具有完全民事行为能力且无禁止情形）',
    en: 'The entrusted carer is not eligible (an adult of full capacity with no exclusion)',
  },
  CARER_RELATION_INVALID: {
    status: 400,
    zh: '所选照护人或协议扫描件不属于该儿童的档案',
    en: "The chosen carer or agreement scan is not part of this child's file",
  },
  CARE_DATE_FUTURE: { status: 400, zh: '日期不能晚于今天', en: 'The date cannot be in the future' },
  CARE_CHANGED: {
    status: 409,
    zh: '关爱记录已被他人修改，请刷新后再改',
    en: 'Someone else changed the care record; reload it',
  },
  CONTACT_DATE_INVALID: {
    status: 400,
    zh: '联系日期须在儿童出生之后、不晚于今天',
    en: 'The contact date must be after the birth and not in the future',
  },
  CONTACT_ID_TAKEN: {
    status: 409,
    zh: '该联系记录编号已被另一份记录使用',
    en: 'This contact id belongs to another record',
  },
} as const satisfies Record<string, ErrorSpec>;

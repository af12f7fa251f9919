// The words of a minor-protection case (RULES §6): how a case reached civil affairs, what triggered a
// mandatory report, who reported it, whom it is referred to, and the guardianship grounds of the Minor
// Protection Law Arts. 92–94. Codes are stable; labels are what staff read.
import type { Bilingual } from '../parent-situations.ts';

export type CaseChannel =
  'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
export const CASE_CHANNELS: readonly CaseChannel[] = [
  'hotline',
  'hotline_12345',
  'mandatory_report',
  'discovery',
  'police_transfer',
  'walk_in',
];
export const CASE_CHANNEL_LABELS: Record<CaseChannel, Bilingual> = {
  hotline: { zh: '未成年人保护热线', en: 'Minor protection hotline' },
  hotline_12345: { zh: '12345 热线工单', en: '12345 hotline ticket' },
  mandatory_report: { zh: '强制报告', en: 'Mandatory report' },
  discovery: { zh: '走访与评估发现', en: 'Found on a visit or assessment' },
  police_transfer: { zh: '公安移送', en: 'Transferred by the police' },
  walk_in: { zh: '来访求助', en: 'Walk-in request for help' },
};

/** The nine situations of the 2020 mandatory-reporting opinion, Art. 4 (RULES §6.23), in its order. */
export type ReportTrigger =
  | 'private_injury'
  | 'girl_under14_sexual'
  | 'girl_14plus_pregnant'
  | 'abuse_injuries'
  | 'disability_or_death'
  | 'abandoned_unattended'
  | 'unknown_origin_missing'
  | 'organised_begging'
  | 'other_serious_harm';
export const REPORT_TRIGGERS: readonly ReportTrigger[] = [
  'private_injury',
  'girl_under14_sexual',
  'girl_14plus_pregnant',
  'abuse_injuries',
  'disability_or_death',
  'abandoned_unattended',
  'unknown_origin_missing',
  'organised_begging',
  'other_serious_harm',
];
export const REPORT_TRIGGER_LABELS: Record<ReportTrigger, Bilingual> = {
  private_injury: {
    zh: '生殖器官或隐私部位遭受或疑似遭受非正常损伤',
    en: 'Abnormal injury, or suspected injury, to the genitals or private parts',
  },
  girl_under14_sexual: {
    zh: '不满十四周岁的女性未成年人遭受或疑似遭受性侵害、怀孕、流产',
    en: 'A girl under 14 sexually assaulted or suspected so, pregnant or having had an abortion',
  },
  girl_14plus_pregnant: {
    zh: '十四周岁以上女性未成年人遭受或疑似遭受性侵害所致怀孕、流产',
    en: 'A girl of 14 or over pregnant or having had an abortion after sexual assault, or suspected so',
  },
  abuse_injuries: {
    zh: '身体存在多处损伤、严重营养不良、意识不清，存在或疑似存在家庭暴力、欺凌、虐待、殴打等情形',
    en: 'Multiple injuries, severe malnutrition or unconsciousness, with domestic violence, bullying, abuse or beating known or suspected',
  },
  disability_or_death: {
    zh: '因自杀、自残、工伤、中毒、被人麻醉、殴打等非正常原因导致伤残、死亡',
    en: 'Disabled or dead through suicide, self-harm, work injury, poisoning, drugging, beating or another abnormal cause',
  },
  abandoned_unattended: { zh: '被遗弃或长期处于无人照料状态', en: 'Abandoned or long left without care' },
  unknown_origin_missing: {
    zh: '来源不明、失踪或者被拐卖、收买',
    en: 'Of unknown origin, missing, trafficked or bought',
  },
  organised_begging: { zh: '被组织乞讨', en: 'Made to beg by an organiser' },
  other_serious_harm: {
    zh: '其他严重侵害未成年人身心健康的情形或正处于其他危险状态',
    en: 'Other serious harm to body or mind, or other danger now',
  },
};

/** Those who must report (RULES §6.23): state organs, village committees and units in close contact with minors. */
export type ReporterOrgKind =
  | 'state_organ'
  | 'village_committee'
  | 'school'
  | 'kindergarten'
  | 'training'
  | 'childcare'
  | 'hospital'
  | 'welfare_institution'
  | 'rescue_institution'
  | 'social_work'
  | 'hotel';
export const REPORTER_ORG_KINDS: readonly ReporterOrgKind[] = [
  'state_organ',
  'village_committee',
  'school',
  'kindergarten',
  'training',
  'childcare',
  'hospital',
  'welfare_institution',
  'rescue_institution',
  'social_work',
  'hotel',
];
export const REPORTER_ORG_KIND_LABELS: Record<ReporterOrgKind, Bilingual> = {
  state_organ: { zh: '国家机关及公职人员', en: 'State organ or public official' },
  village_committee: { zh: '居（村）民委员会', en: "Village or residents' committee" },
  school: { zh: '中小学校', en: 'Primary or secondary school' },
  kindergarten: { zh: '幼儿园', en: 'Kindergarten' },
  training: { zh: '校外培训机构', en: 'Out-of-school training institution' },
  childcare: { zh: '托育服务机构', en: 'Childcare provider' },
  hospital: { zh: '医疗机构', en: 'Hospital or clinic' },
  welfare_institution: { zh: '儿童福利机构', en: 'Child welfare institution' },
  rescue_institution: { zh: '救助管理机构、未成年人救助保护机构', en: 'Rescue or minor protection institution' },
  social_work: { zh: '社会工作服务机构', en: 'Social-work agency' },
  hotel: { zh: '旅店、宾馆', en: 'Hotel or guesthouse' },
};

/** Who a case is referred to for joint handling (一门受理、协同处置, RULES §6.25). */
export type PartnerKind =
  | 'public_security'
  | 'education'
  | 'health'
  | 'justice'
  | 'women_federation'
  | 'youth_league'
  | 'disabled_federation'
  | 'procuratorate'
  | 'court'
  | 'social_organisation';
export const PARTNER_KINDS: readonly PartnerKind[] = [
  'public_security',
  'education',
  'health',
  'justice',
  'women_federation',
  'youth_league',
  'disabled_federation',
  'procuratorate',
  'court',
  'social_organisation',
];
export const PARTNER_KIND_LABELS: Record<PartnerKind, Bilingual> = {
  public_security: { zh: '公安机关', en: 'Police' },
  education: { zh: '教育部门', en: 'Education bureau' },
  health: { zh: '卫生健康部门', en: 'Health commission' },
  justice: { zh: '司法行政部门', en: 'Justice bureau' },
  women_federation: { zh: '妇联', en: "Women's Federation" },
  youth_league: { zh: '共青团', en: 'Communist Youth League' },
  disabled_federation: { zh: '残联', en: "Disabled Persons' Federation" },
  procuratorate: { zh: '人民检察院', en: 'Procuratorate' },
  court: { zh: '人民法院', en: 'Court' },
  social_organisation: { zh: '社会组织', en: 'Social organisation' },
};

/** Minor Protection Law Art. 92: when civil affairs takes a child into temporary guardianship (RULES §6.26). */
export type TemporaryGuardianshipTrigger =
  | 'begging_or_unidentified'
  | 'guardian_missing'
  | 'guardian_unable'
  | 'left_unattended'
  | 'used_in_crime'
  | 'serious_harm_or_threat'
  | 'other_statutory';
export const TEMPORARY_GUARDIANSHIP_TRIGGERS: readonly TemporaryGuardianshipTrigger[] = [
  'begging_or_unidentified',
  'guardian_missing',
  'guardian_unable',
  'left_unattended',
  'used_in_crime',
  'serious_harm_or_threat',
  'other_statutory',
];
export const TEMPORARY_GUARDIANSHIP_TRIGGER_LABELS: Record<TemporaryGuardianshipTrigger, Bilingual> = {
  begging_or_unidentified: {
    zh: '流浪乞讨或者身份不明，暂时查找不到父母或者其他监护人',
    en: 'Begging or unidentified, and no parent or other guardian can be found for now',
  },
  guardian_missing: {
    zh: '监护人下落不明且无其他人可以担任监护人',
    en: 'Guardian missing, and nobody else can act as guardian',
  },
  guardian_unable: {
    zh: '监护人因自身客观原因或者突发事件不能履行监护职责，导致监护缺失',
    en: 'Guardian unable to act, for their own reasons or an emergency, leaving the child without guardianship',
  },
  left_unattended: {
    zh: '监护人拒绝或者怠于履行监护职责，导致未成年人处于无人照料的状态',
    en: 'Guardian refuses or neglects the duty, leaving the child without care',
  },
  used_in_crime: {
    zh: '监护人教唆、利用未成年人实施违法犯罪行为，需要被带离安置',
    en: 'Guardian incites or uses the child to break the law; the child must be taken away and placed',
  },
  serious_harm_or_threat: {
    zh: '遭受监护人严重伤害或者面临人身安全威胁，需要被紧急安置',
    en: 'Seriously harmed by the guardian or physically threatened; the child must be placed urgently',
  },
  other_statutory: { zh: '法律规定的其他情形', en: 'Other cases provided by law' },
};

/** Art. 93: where a child in temporary guardianship lives. */
export type Placement = 'kinship' | 'foster_family' | 'protection_institution' | 'welfare_institution';
export const PLACEMENTS: readonly Placement[] = [
  'kinship',
  'foster_family',
  'protection_institution',
  'welfare_institution',
];
export const PLACEMENT_LABELS: Record<Placement, Bilingual> = {
  kinship: { zh: '委托亲属抚养', en: 'Kinship care' },
  foster_family: { zh: '家庭寄养', en: 'Foster family' },
  protection_institution: { zh: '未成年人救助保护机构收留抚养', en: 'Minor rescue and protection institution' },
  welfare_institution: { zh: '儿童福利机构收留抚养', en: 'Child welfare institution' },
};

/** Art. 94: when civil affairs becomes the long-term guardian. */
export type LongTermGuardianshipTrigger =
  'guardian_not_found' | 'guardian_dead' | 'guardian_incapable' | 'court_appointed';
export const LONG_TERM_GUARDIANSHIP_TRIGGERS: readonly LongTermGuardianshipTrigger[] = [
  'guardian_not_found',
  'guardian_dead',
  'guardian_incapable',
  'court_appointed',
];
export const LONG_TERM_GUARDIANSHIP_TRIGGER_LABELS: Record<LongTermGuardianshipTrigger, Bilingual> = {
  guardian_not_found: {
    zh: '查找不到未成年人的父母或者其他监护人',
    en: "The child's parents or other guardian cannot be found",
  },
  guardian_dead: {
    zh: '监护人死亡或者被宣告死亡且无其他人可以担任监护人',
    en: 'Guardian dead or declared dead, and nobody else can act as guardian',
  },
  guardian_incapable: {
    zh: '监护人丧失监护能力且无其他人可以担任监护人',
    en: 'Guardian has lost the capacity to act, and nobody else can act as guardian',
  },
  court_appointed: {
    zh: '人民法院判决撤销监护人资格并指定由民政部门担任监护人',
    en: "A court revoked the guardian's status and appointed civil affairs",
  },
};

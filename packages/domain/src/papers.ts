// The papers an application needs (RULES §1–§2), as versioned data the city publishes: a list per category, one
// paper per parent situation the rule check relies on, and the papers a termination needs. Each submission is
// checked against the list in force and each decision stores that list's version.
import { APPLICATION_CATEGORIES, type ApplicationCategory, type ApplicationKind } from './applications.ts';
import {
  PARENT_SITUATION_LABELS,
  type Bilingual,
  type ParentRole,
  type ParentSituationCode,
} from './parent-situations.ts';
import type { EligibilityCheck } from './eligibility.ts';

/**
 * A paper is met by a document on the child's file: one attached to the parent's situation record it proves,
 * or one on the child whose title names it (the upload form offers these names as titles).
 */
export type PaperMatch = { subject: 'situation'; situation: ParentSituationCode } | { subject: 'child'; title: string };

export interface PaperRule {
  code: string;
  name: Bilingual;
  match: PaperMatch;
}

export interface PaperChecklist {
  version: string;
  /** The first day the list applies to a submission or a decision. */
  effectiveFrom: string;
  /** The notice the list comes from. */
  source: string;
  /** Papers every application of a kind and category needs. */
  byCategory: Partial<Record<ApplicationCategory, readonly PaperRule[]>>;
  /** Papers for each parent situation that the rule check relies on. */
  bySituation: Partial<Record<ParentSituationCode, Bilingual>>;
  /** Papers a termination needs, beyond none. */
  terminate: readonly PaperRule[];
}

const childPaper = (code: string, zh: string, en: string): PaperRule => ({
  code,
  name: { zh, en },
  match: { subject: 'child', title: zh },
});

const HOUSEHOLD = childPaper('household_register', '户口簿', 'household register');

export const DEFAULT_PAPER_CHECKLIST: PaperChecklist = {
  version: '2026-01',
  effectiveFrom: '2020-01-01',
  source: '国办发〔2010〕54号、民发〔2019〕62号、国发〔2016〕36号所列认定情形的证明材料（RULES §1–§2）',
  byCategory: {
    orphan_institutional: [
      HOUSEHOLD,
      childPaper('placement_record', '福利机构安置证明', 'institution placement record'),
    ],
    orphan_scattered: [HOUSEHOLD, childPaper('upbringing_agreement', '养育协议', 'upbringing agreement')],
    de_facto_unsupported: [HOUSEHOLD],
    difficulty_economic: [HOUSEHOLD, childPaper('hardship_certificate', '低保或特困证明', 'hardship certificate')],
    difficulty_disability: [HOUSEHOLD, childPaper('disability_certificate', '残疾人证', 'disability certificate')],
    difficulty_guardianship: [HOUSEHOLD, childPaper('harm_report', '侵害情况报告', 'report of the harm')],
  },
  bySituation: {
    dead: { zh: '死亡证明', en: 'death certificate' },
    declared_dead: { zh: '宣告死亡判决书', en: 'court judgment of declared death' },
    declared_missing: { zh: '宣告失踪判决书', en: 'court judgment of declared missing' },
    severe_disability: { zh: '残疾人证（注明等级）', en: 'disability certificate with grade' },
    serious_illness: { zh: '重病诊断证明', en: 'diagnosis of the serious illness' },
    imprisoned: { zh: '判决书或服刑证明（刑期）', en: 'judgment or proof of the prison term' },
    compulsory_rehab: { zh: '强制隔离戒毒决定书', en: 'compulsory rehabilitation decision' },
    other_restriction: { zh: '限制人身自由措施决定书', en: 'decision restricting liberty' },
    lost_contact: { zh: '公安机关报警回执（失联）', en: 'police report of lost contact' },
    guardianship_revoked: { zh: '撤销监护资格判决书', en: 'judgment revoking guardianship' },
    deported: { zh: '遣送（驱逐）出境证明', en: 'proof of deportation' },
  },
  terminate: [],
};

export interface PaperOnFile {
  subjectType: 'child' | 'person' | 'situation' | 'category';
  /** For a situation document: which parent and situation it is attached to. */
  parent?: ParentRole;
  situation?: ParentSituationCode;
  title: string;
}

export interface RequiredPaper {
  code: string;
  name: Bilingual;
  parent?: ParentRole;
  met: boolean;
}

const ROLE: Record<ParentRole, Bilingual> = {
  father: { zh: '父亲', en: "father's" },
  mother: { zh: '母亲', en: "mother's" },
};

/**
 * The papers an application needs, each marked met or not. The situations come from the rule check's
 * reasons: the grounds the decision would rest on are the ones that must be proved.
 */
export function requiredPapers(
  kind: ApplicationKind,
  category: ApplicationCategory,
  check: Pick<EligibilityCheck, 'reasons'>,
  onFile: readonly PaperOnFile[],
  checklist: PaperChecklist = DEFAULT_PAPER_CHECKLIST,
): RequiredPaper[] {
  const rules = kind === 'terminate' ? checklist.terminate : (checklist.byCategory[category] ?? []);
  const out: RequiredPaper[] = rules.map((r) => ({
    code: r.code,
    name: r.name,
    met: onFile.some((d) =>
      r.match.subject === 'child'
        ? d.subjectType === 'child' && d.title.includes(r.match.title)
        : d.subjectType === 'situation' && d.situation === r.match.situation,
    ),
  }));
  if (kind === 'terminate') return out;
  const seen = new Set<string>();
  for (const reason of check.reasons) {
    const { parent, situation } = reason;
    if (parent === undefined || situation === undefined) continue;
    const name = checklist.bySituation[situation];
    const key = `${parent}:${situation}`;
    if (name === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push({
      code: `${situation}_${parent}`,
      name: { zh: `${ROLE[parent].zh}${name.zh}`, en: `${ROLE[parent].en} ${name.en}` },
      parent,
      met: onFile.some((d) => d.subjectType === 'situation' && d.parent === parent && d.situation === situation),
    });
  }
  return out;
}

export interface PaperChecklistProblem {
  /** The path of the offending value in the published body, e.g. `byCategory.orphan_scattered.1.name.zh`. */
  field: string;
  message: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[a-z][a-z0-9_]{1,39}$/;

/**
 * What is wrong with a checklist, each problem naming its field: dates, the notice, the categories and situations
 * it names, and each paper's code (unique within its list) and names. An empty list means it can be published.
 */
export function checkPaperChecklist(list: PaperChecklist): PaperChecklistProblem[] {
  const problems: PaperChecklistProblem[] = [];
  if (!ISO_DATE.test(list.effectiveFrom) || Number.isNaN(Date.parse(list.effectiveFrom)))
    problems.push({ field: 'effectiveFrom', message: '生效日期格式应为 YYYY-MM-DD' });
  if (list.source.trim() === '') problems.push({ field: 'source', message: '请填写依据（文件名称与文号）' });
  const checkPapers = (papers: readonly PaperRule[], path: string, label: string) => {
    const seen = new Set<string>();
    const names = new Set<string>();
    papers.forEach((paper, i) => {
      const at = `${path}.${String(i)}`;
      const nth = `${label}第 ${String(i + 1)} 项`;
      if (!CODE.test(paper.code))
        problems.push({ field: `${at}.code`, message: `${nth}：编码应为 2–40 位小写字母、数字或下划线` });
      else if (seen.has(paper.code)) problems.push({ field: `${at}.code`, message: `${nth}：编码 ${paper.code} 重复` });
      seen.add(paper.code);
      if (paper.name.zh.trim() === '') problems.push({ field: `${at}.name.zh`, message: `${nth}：请填写材料名称` });
      else if (names.has(paper.name.zh.trim()))
        problems.push({ field: `${at}.name.zh`, message: `${nth}：材料「${paper.name.zh.trim()}」重复` });
      names.add(paper.name.zh.trim());
      if (paper.name.en.trim() === '') problems.push({ field: `${at}.name.en`, message: `${nth}：请填写英文名称` });
    });
  };
  for (const [category, papers] of Object.entries(list.byCategory)) {
    if (!APPLICATION_CATEGORIES.some((c) => c === category)) {
      problems.push({ field: `byCategory.${category}`, message: `保障类别 ${category} 不存在` });
      continue;
    }
    checkPapers(papers ?? [], `byCategory.${category}`, '');
  }
  for (const [situation, name] of Object.entries(list.bySituation)) {
    if (!(situation in PARENT_SITUATION_LABELS)) {
      problems.push({ field: `bySituation.${situation}`, message: `父母情形 ${situation} 不存在` });
      continue;
    }
    if (name === undefined || name.zh.trim() === '')
      problems.push({ field: `bySituation.${situation}.zh`, message: '请填写该情形的证明材料名称' });
    if (name !== undefined && name.en.trim() === '')
      problems.push({ field: `bySituation.${situation}.en`, message: '请填写该情形证明材料的英文名称' });
  }
  checkPapers(list.terminate, 'terminate', '终止申请');
  return problems;
}

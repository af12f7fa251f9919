// The 2016 national registration form of rural left-behind children (农村留守儿童基本情况登记表, FORMATS §1) as an
// Excel sheet filled from the records, one row per child, so nobody retypes it. Columns the platform does not
// record (民族, 家庭经济来源 …) are left for the village to fill; ID numbers are masked.
import { RISK_LEVEL_LABELS, type RiskLevel } from '@hehu/domain';
import type { SheetColumn, Words } from '../../platform/workbook.ts';
import type { RegistrationRow } from './care.store.ts';

const SCHOOLING: Record<string, Words> = {
  not_in_kindergarten: { zh: '未入园', en: 'Not in kindergarten' },
  kindergarten: { zh: '幼儿园', en: 'Kindergarten' },
  primary: { zh: '小学', en: 'Primary' },
  junior: { zh: '初中', en: 'Junior secondary' },
  senior: { zh: '高中', en: 'Senior secondary' },
  vocational: { zh: '中职', en: 'Vocational' },
  dropped_out: { zh: '辍学', en: 'Dropped out' },
  not_in_school: { zh: '不在学', en: 'Not in school' },
};

/** The form's 监护类型 from the latest assessed level (the form's five types, the instrument's four levels). */
const GUARDIANSHIP_TYPE: Record<RiskLevel, Words> = {
  absent: { zh: '无人监护', en: 'No guardian' },
  improper: { zh: '受委托监护人监护能力不足', en: 'Entrusted guardian not capable enough' },
  insufficient: { zh: '一般', en: 'Fair' },
  normal: { zh: '较好', en: 'Good' },
};

const col = (zh: string, en: string, width: number, text = false): SheetColumn => ({
  header: { zh, en },
  width,
  ...(text ? { text } : {}),
});

export const REGISTRATION_COLUMNS: readonly SheetColumn[] = [
  col('姓名', 'Name', 10),
  col('性别', 'Sex', 6),
  col('民族', 'Ethnicity', 8),
  col('出生日期', 'Birth date', 12),
  col('公民身份证号码', 'ID number', 22, true),
  col('户籍所在地', 'Household registration', 24),
  col('是否学校寄宿', 'Boarding', 10),
  col('就学情况', 'Schooling', 10),
  col('就读学校', 'School', 20),
  col('父亲姓名', "Father's name", 10),
  col('父亲当前务工地点', "Father's place of work", 18),
  col('母亲姓名', "Mother's name", 10),
  col('母亲当前务工地点', "Mother's place of work", 18),
  col('父母外出时间', 'Parents away since', 12),
  col('委托监护人姓名', 'Entrusted guardian', 12),
  col('与被监护人关系', 'Relationship', 10),
  col('监护类型', 'Guardianship type', 16),
  col('委托照护协议签订日期', 'Agreement signed', 14),
  col('最近一次父母联系', 'Last parent contact', 14),
  col('监护风险等级', 'Risk level', 10),
];

export function registrationCells(r: RegistrationRow, locale: 'zh-CN' | 'en'): (string | null)[] {
  const say = (w: Words | undefined) => (w ? (locale === 'en' ? w.en : w.zh) : null);
  const level = r.risk_level as RiskLevel | null;
  return [
    r.name,
    r.sex === 'M' ? say({ zh: '男', en: 'M' }) : say({ zh: '女', en: 'F' }),
    null,
    r.birth_date,
    r.id_number_masked,
    r.division_name,
    r.boarding === null ? null : say(r.boarding ? { zh: '是', en: 'Yes' } : { zh: '否', en: 'No' }),
    r.schooling_stage ? say(SCHOOLING[r.schooling_stage]) : null,
    r.school_name,
    r.father_name,
    r.father_work,
    r.mother_name,
    r.mother_work,
    r.since,
    r.carer_name,
    r.carer_relation,
    level ? say(GUARDIANSHIP_TYPE[level]) : null,
    r.agreement_signed_on,
    r.last_contact,
    level ? say(RISK_LEVEL_LABELS[level]) : null,
  ];
}

// The situations the demo's minor-protection cases are made of (seed/demo/cases.ts): what was reported, by whom,
// and what the case workers wrote at each step, in the plain words of a county's case files. Invented, like all
// the demo; `{name}` is the child's name and `{place}` where the child was found or lives.
import type { CaseChannel, CaseTier, ReportTrigger } from '@hehu/domain';
import { FAMILY, HOME, MIND, REPORT_STORIES, SCHOOL } from './cases-reports.ts';

/** Partner units by a short key (DEMO_PARTNER_UNITS in seed/demo.ts; the demo county's unless it ends in 2). */
export type UnitKey =
  | 'police'
  | 'education'
  | 'health'
  | 'procuratorate'
  | 'women'
  | 'social'
  | 'school'
  | 'hospital'
  | 'police2'
  | 'school2';

export const UNIT_NAMES: Record<UnitKey, string> = {
  police: '乐山市公安局市中区分局',
  education: '乐山市市中区教育局',
  health: '乐山市市中区卫生健康局',
  procuratorate: '乐山市市中区人民检察院',
  women: '乐山市市中区妇女联合会',
  social: '乐山市心语社会工作服务中心',
  school: '乐山市市中区实验小学',
  hospital: '乐山市市中区人民医院',
  police2: '犍为县公安局',
  school2: '犍为县第一中学',
};

export interface CaseStory {
  key: string;
  channel: CaseChannel;
  tier: CaseTier;
  trigger?: ReportTrigger;
  sex: 'male' | 'female';
  ages: [number, number];
  danger?: boolean;
  /** The child's name is not known at intake (a begging child, a caller who did not know it). */
  unnamed?: boolean;
  /** The reporter's relation to the child (hotline, walk-in) or the reporting unit. */
  relation: string;
  unit?: UnitKey;
  summary: string;
  verify: string;
  assess: string;
  plan: string;
  closure: string;
  /** What the reporter is told when the case is closed. */
  outcome: string;
  referral?: { to: UnitKey; request: string; response: string };
  tasks?: readonly [goal: string, title: string, owner: string][];
  /** A consultation: answered and closed from verification, without assessment or plan. */
  consult?: boolean;
  /** The case library's title when the case is written up. */
  title?: string;
}

const [family, home, mind, school] = [FAMILY, HOME, MIND, SCHOOL];

export const STORIES: readonly CaseStory[] = [
  {
    key: 'alone_at_home',
    channel: 'hotline',
    tier: 'urgent',
    danger: true,
    sex: 'male',
    ages: [4, 7],
    relation: '邻居',
    summary:
      '来电人反映{place}一名约{age}岁男孩连续两天独自在家，父母外出务工，爷爷住院，孩子晚上在楼道哭，家中无人做饭。',
    verify: '已联系村（居）儿童主任上门核实：孩子独自在家属实，家中无成年人照料，已先安排邻居临时照看并送餐。',
    assess: '评估：父母在外务工、祖父住院，监护暂时缺失；孩子身体无外伤，情绪受惊吓，需要落实委托照护人。',
    plan: '帮扶计划：联系父母回乡或落实委托照护人，签订委托照护协议；村儿童主任每周走访；纳入留守儿童关爱服务。',
    closure: '母亲已返乡照料，委托照护协议已签订，连续走访三次情况稳定，申请结案。',
    outcome: '经核实，孩子母亲已返乡照料，村儿童主任定期走访，感谢您的反映。',
    referral: {
      to: 'women',
      request: '请妇联协调“儿童之家”为孩子提供放学后托管服务。',
      response: '已安排孩子放学后到社区儿童之家托管，志愿者陪伴写作业。',
    },
    tasks: [
      [family, '联系父母落实委托照护人并签订协议', '村儿童主任'],
      [home, '每周上门走访一次，查看饮食和安全', '村儿童主任'],
      [mind, '社工陪伴孩子进行情绪疏导两次', '救助保护中心社工'],
    ],
    title: '留守儿童独自在家案例',
  },
  {
    key: 'girl_injured',
    channel: 'police_transfer',
    tier: 'urgent',
    trigger: 'abuse_injuries',
    danger: true,
    sex: 'female',
    ages: [8, 13],
    relation: '派出所民警',
    unit: 'police',
    summary: '派出所移送：{place}一名{age}岁女孩晚上被发现独自在路边，手臂和背部有多处瘀伤，自述被继父打骂，不敢回家。',
    verify: '与民警一同到医院查看，伤情已由医生处理，孩子暂由救助保护中心临时照料；家庭暴力情况初步属实。',
    assess: '评估：继父多次殴打，生母无力保护，孩子有回避和恐惧表现；需人身安全保护和心理干预。',
    plan: '帮扶计划：协助申请人身安全保护令；联系外婆作为委托照护人；学校心理老师和社工共同跟进。',
    closure: '人身安全保护令已作出，孩子随外婆生活，复学正常，心理评估好转，申请结案。',
    outcome: '孩子已妥善安置并回校上课，相关人员已依法处理。',
    referral: {
      to: 'police',
      request: '请对继父殴打儿童的情况依法调查处理，并协助申请人身安全保护令。',
      response: '已对继父依法予以行政拘留，法院已作出人身安全保护令。',
    },
    tasks: [
      [family, '协助向法院申请人身安全保护令', '救助保护中心社工'],
      [mind, '心理咨询师每两周一次心理辅导', '心语社工中心'],
      [school, '与学校沟通，安排孩子正常返校', '学校班主任'],
    ],
    title: '家庭暴力受伤女童救助案例',
  },
  {
    key: 'begging_station',
    channel: 'discovery',
    tier: 'urgent',
    trigger: 'organised_begging',
    sex: 'male',
    ages: [8, 11],
    unnamed: true,
    relation: '救助站巡查人员',
    summary: '巡查发现乐山站进站口一名约{age}岁男孩跪地乞讨，旁边有成年男子看管，孩子说不清家庭住址。',
    verify: '会同车站派出所将孩子带离，成年男子称系“远房亲戚”，无法说明关系；孩子暂由救助保护中心照料。',
    assess: '评估：疑似被组织乞讨，监护人暂时查找不到；孩子营养较差，未入学。',
    plan: '帮扶计划：公安协助寻亲并调查组织乞讨线索；落实临时监护和安置；联系教育部门安排入学。',
    closure: '已找到孩子父母并完成家庭评估，孩子返家并就近入学，组织者已被依法处理，申请结案。',
    outcome: '孩子已找到家人并入学。',
    referral: {
      to: 'police',
      request: '请协助查找孩子父母，并调查组织儿童乞讨的违法线索。',
      response: '已通过 DNA 比对找到孩子父母，组织乞讨人员已立案侦查。',
    },
    tasks: [
      [family, '配合公安寻亲，核实父母身份', '救助保护中心'],
      [school, '联系户籍地教育部门安排入学', '救助保护中心社工'],
    ],
    title: '车站流浪乞讨儿童救助案例',
  },
  {
    key: 'parent_detained',
    channel: 'police_transfer',
    tier: 'general',
    sex: 'female',
    ages: [5, 12],
    relation: '派出所民警',
    unit: 'police',
    summary: '公安移送：{name}（{age}岁）的母亲因涉嫌犯罪被刑事拘留，父亲下落不明，孩子暂由邻居照看，需落实监护。',
    verify: '已上门核实，孩子暂住邻居家，外公外婆在{place}居住，愿意照料但经济困难。',
    assess: '评估：父亲下落不明、母亲羁押，属于监护缺失；外公外婆有照料能力，需落实生活保障。',
    plan: '帮扶计划：委托外公外婆照料；申请事实无人抚养儿童认定；学校减免费用并关注心理状况。',
    closure: '已由外公外婆照料，事实无人抚养儿童生活费已发放，孩子情绪稳定，申请结案。',
    outcome: '孩子已由外祖父母照料并纳入保障。',
    referral: {
      to: 'police',
      request: '请协助查找孩子父亲下落，并出具母亲羁押情况证明。',
      response: '已出具羁押证明；父亲下落仍在查找，查到后通知。',
    },
    tasks: [
      [family, '协助申请事实无人抚养儿童认定', '乡镇儿童督导员'],
      [mind, '学校心理老师每月谈心一次', '学校心理老师'],
    ],
    title: '父母服刑在押儿童监护落实案例',
  },
  {
    key: 'neighbour_12345',
    channel: 'hotline_12345',
    tier: 'general',
    sex: 'male',
    ages: [3, 8],
    relation: '邻居',
    summary: '12345 工单：市民反映{place}邻居家小孩经常深夜哭闹，大人很晚才回家，怀疑孩子长时间无人照看。',
    verify: '社区网格员和村（居）儿童主任上门了解：母亲上夜班，孩子独自睡觉，偶尔醒来哭闹。',
    assess: '评估：未发现虐待，属照料不足；母亲单亲、经济困难，需要托管和生活帮扶。',
    plan: '帮扶计划：协调母亲调整班次；社区儿童之家晚间托管；申请临时救助。',
    closure: '母亲已调至白班，临时救助已发放，邻居反映孩子夜间不再哭闹，申请结案。',
    outcome: '已核实，孩子母亲调整了工作时间，社区提供托管帮扶。',
    tasks: [
      [home, '协调社区儿童之家提供托管', '社区儿童主任'],
      [family, '协助申请临时救助', '乡镇儿童督导员'],
    ],
  },
  {
    key: 'school_dropout_12345',
    channel: 'hotline_12345',
    tier: 'general',
    sex: 'female',
    ages: [13, 15],
    relation: '亲属',
    summary: '12345 工单：来电人反映亲戚家{age}岁女孩{name}初二辍学在家，家长打算让她外出打工。',
    verify: '与学校、村委会核实：孩子已一个月未到校，家长以家庭困难为由不让上学。',
    assess: '评估：义务教育阶段辍学，家庭经济困难，孩子本人愿意读书。',
    plan: '帮扶计划：教育部门劝返复学；落实资助政策；村儿童主任跟进。',
    closure: '孩子已返校就读，享受生活补助，连续两个月出勤正常，申请结案。',
    outcome: '孩子已复学，并落实了助学资助。',
    referral: {
      to: 'education',
      request: '请教育部门开展控辍保学劝返，落实学生资助。',
      response: '学校已劝返复学，已纳入家庭经济困难学生资助。',
    },
    tasks: [[school, '跟进劝返复学情况', '村儿童主任']],
  },
  {
    key: 'unattended_toddler',
    channel: 'discovery',
    tier: 'general',
    trigger: 'abandoned_unattended',
    sex: 'male',
    ages: [2, 5],
    relation: '村儿童主任',
    summary:
      '村儿童主任走访发现：{name}（{age}岁）父亲外出务工，母亲离家多年，奶奶因病卧床，孩子长期无人照料、衣物脏乱。',
    verify: '乡镇督导员复核属实，孩子营养状况一般，奶奶无力照料。',
    assess: '评估：父亲在外务工、母亲离家，奶奶失能，监护严重不足。',
    plan: '帮扶计划：联系父亲返乡或委托叔叔照料；纳入事实无人抚养儿童评估；入读幼儿园。',
    closure: '叔叔一家已接手照料，孩子入读村幼儿园，申请结案。',
    outcome: '孩子已由叔叔照料并入园。',
    tasks: [
      [family, '联系父亲签订委托照护协议', '村儿童主任'],
      [school, '协调入读幼儿园并减免保教费', '乡镇儿童督导员'],
    ],
  },
  {
    key: 'walk_in_grandma',
    channel: 'walk_in',
    tier: 'general',
    sex: 'male',
    ages: [9, 14],
    relation: '祖母',
    summary: '{name}的奶奶到民政局求助：孩子父母离婚后都不管，奶奶年近七十，孩子不听管教、沉迷手机，想请政府帮忙。',
    verify: '上门了解：孩子与奶奶生活，父母均在外地再婚，偶尔给生活费，孩子上学正常但晚上玩手机到深夜。',
    assess: '评估：家庭监护薄弱，父母怠于履职；孩子有网络沉迷倾向，学业下滑。',
    plan: '帮扶计划：督促父母履行抚养义务；社工开展网络沉迷干预；学校关注。',
    closure: '父母已约定按月支付抚养费，孩子手机使用明显减少，申请结案。',
    outcome: '已督促父母按时支付抚养费，社工跟进孩子的学习生活。',
    referral: {
      to: 'social',
      request: '请社工机构为孩子开展网络沉迷干预小组服务。',
      response: '孩子已参加八次小组活动，每天使用手机时间明显减少。',
    },
    tasks: [
      [family, '约谈父母，督促履行抚养义务', '救助保护中心社工'],
      [mind, '社工开展网络沉迷干预', '心语社工中心'],
    ],
  },
  {
    key: 'consult_allowance',
    channel: 'hotline',
    tier: 'consult',
    consult: true,
    sex: 'female',
    ages: [6, 12],
    relation: '母亲',
    summary: '来电咨询：孩子父亲去世，母亲想了解孩子能否申请孤儿或事实无人抚养儿童生活费，需要什么材料。',
    verify:
      '已电话解答：母亲在世且能履行抚养义务，不符合孤儿和事实无人抚养条件，可申请低保和临时救助，已告知办理地点。',
    assess: '',
    plan: '',
    closure: '咨询已解答，来电人表示清楚，申请结案。',
    outcome: '已电话解答相关政策和办理流程。',
  },
  {
    key: 'consult_custody',
    channel: 'hotline_12345',
    tier: 'consult',
    consult: true,
    sex: 'male',
    ages: [3, 10],
    relation: '父亲',
    summary: '12345 工单：市民咨询离婚后对方不让探望孩子、孩子由老人带，想了解怎么维护孩子权益。',
    verify: '已电话联系来电人，解答探望权和法律援助渠道，建议到司法局法律援助中心咨询。',
    assess: '',
    plan: '',
    closure: '咨询已解答并告知法律援助渠道，申请结案。',
    outcome: '已解答政策并告知法律援助渠道。',
  },
  {
    key: 'missing_girl',
    channel: 'police_transfer',
    tier: 'urgent',
    trigger: 'unknown_origin_missing',
    sex: 'female',
    ages: [13, 16],
    relation: '派出所民警',
    unit: 'police',
    summary: '公安移送：{age}岁女孩{name}离家出走三天后在网吧被找到，不愿回家，称与父母矛盾很深。',
    verify: '孩子暂由救助保护中心临时照料，已通知父母，双方情绪激动，暂不宜立即送回。',
    assess: '评估：亲子冲突严重，父母教育方式简单粗暴；孩子无违法行为，有返家意愿但需调解。',
    plan: '帮扶计划：社工开展家庭调解；父母参加家庭教育课程；学校班主任协助。',
    closure: '经三次家庭调解孩子已返家，父母完成家庭教育课程，申请结案。',
    outcome: '孩子已平安返家，家庭关系经调解改善。',
    tasks: [
      [family, '开展家庭调解三次', '救助保护中心社工'],
      [family, '父母参加家庭教育指导课程', '妇联'],
    ],
  },
  {
    key: 'hotline_grandpa_drunk',
    channel: 'hotline',
    tier: 'general',
    sex: 'female',
    ages: [6, 10],
    relation: '孩子姑姑',
    summary: '来电人反映侄女{name}（{age}岁）跟爷爷生活，爷爷常酗酒，喝醉后把孩子关在门外。',
    verify: '村儿童主任和民警上门，爷爷承认酒后关门，孩子身上无伤，姑姑愿意接孩子同住。',
    assess: '评估：照护人酗酒，照料方式不当；姑姑有照料意愿和能力。',
    plan: '帮扶计划：委托姑姑照料并签订协议；对爷爷进行劝诫；定期回访。',
    closure: '孩子已随姑姑生活并转学，回访三次情况良好，申请结案。',
    outcome: '孩子已由姑姑照料，情况良好。',
    tasks: [[family, '签订委托照护协议，办理转学', '村儿童主任']],
  },
  {
    key: 'walk_in_teen',
    channel: 'walk_in',
    tier: 'general',
    sex: 'male',
    ages: [14, 16],
    relation: '本人',
    summary: '{age}岁男孩{name}自己到救助保护中心求助，说父亲经常打他，不敢回家，已在朋友家住了三天。',
    verify: '孩子暂由中心照料；与父亲面谈，父亲承认动手，表示会改；学校证实孩子近期常迟到。',
    assess: '评估：家庭暴力风险中等，亲子沟通差；孩子有返家意愿，需家庭教育指导。',
    plan: '帮扶计划：公安出具告诫书；父亲参加家庭教育指导；社工每两周回访。',
    closure: '父亲未再动手，孩子已返家正常上学，申请结案。',
    outcome: '已处理并跟进。',
    referral: {
      to: 'police',
      request: '请对父亲的家庭暴力行为出具告诫书。',
      response: '已出具家庭暴力告诫书，社区民警定期回访。',
    },
    tasks: [
      [family, '父亲参加家庭教育指导', '妇联'],
      [family, '社工每两周回访一次', '救助保护中心社工'],
    ],
  },
  {
    key: 'disabled_child',
    channel: 'discovery',
    tier: 'general',
    sex: 'male',
    ages: [6, 12],
    relation: '乡镇儿童督导员',
    summary: '入户评估发现：{name}（{age}岁）患脑瘫，母亲独自照料，家庭困难，孩子未接受康复训练、未入学。',
    verify: '复核属实，孩子持有残疾证，可申请康复救助，母亲无力承担交通费用。',
    assess: '评估：残疾儿童，康复和教育需求未满足，家庭照料压力大。',
    plan: '帮扶计划：申请残疾儿童康复救助；送教上门；困境儿童认定。',
    closure: '孩子已在定点机构康复训练，送教上门每周一次，申请结案。',
    outcome: '已落实康复救助和送教上门。',
    referral: {
      to: 'health',
      request: '请协助联系定点康复机构，为孩子安排康复评估。',
      response: '已安排到市康复中心评估并纳入康复救助。',
    },
    tasks: [
      [family, '申请残疾儿童康复救助', '乡镇儿童督导员'],
      [school, '协调教育部门送教上门', '村儿童主任'],
    ],
  },
  {
    key: 'bullying_12345',
    channel: 'hotline_12345',
    tier: 'general',
    sex: 'male',
    ages: [11, 14],
    relation: '母亲',
    summary: '12345 工单：家长反映孩子{name}在校被几个同学勒索零花钱、推搡，学校处理不力，孩子不敢上学。',
    verify: '与学校核实：存在多次勒索和推搡，学校已介入但未告知家长处理结果。',
    assess: '评估：校园欺凌属实，孩子有焦虑情绪，家长对学校不信任。',
    plan: '帮扶计划：教育部门督办；学校欺凌治理；心理疏导。',
    closure: '涉事学生已受处分，孩子恢复上学，心理疏导完成，申请结案。',
    outcome: '经教育部门督办，学校已处理涉事学生，孩子已正常上学。',
    referral: {
      to: 'education',
      request: '请教育部门督促学校依规处理校园欺凌，并反馈处理结果。',
      response: '学校已召开欺凌治理委员会会议，对涉事学生处分并教育。',
    },
    tasks: [[mind, '学校心理老师开展疏导', '学校心理老师']],
  },
  {
    key: 'hotel_report',
    channel: 'hotline',
    tier: 'urgent',
    trigger: 'other_serious_harm',
    danger: true,
    sex: 'female',
    ages: [14, 16],
    relation: '宾馆前台',
    summary: '来电人（宾馆前台）反映：一名约{age}岁女孩深夜与两名成年男子入住，神情慌张，未出示身份证件。',
    verify: '已通知辖区派出所出警，女孩已被带离并通知家长；成年男子由公安调查。',
    assess: '评估：孩子离家后被网友诱骗，未遭受人身伤害，但存在严重安全风险。',
    plan: '帮扶计划：公安依法调查；家庭教育和网络安全教育；学校关注。',
    closure: '公安已依法处理，孩子返家返校正常，申请结案。',
    outcome: '已及时处置，孩子平安返家。感谢您的报告。',
    referral: {
      to: 'police',
      request: '请依法调查成年男子带未成年人入住宾馆的情况。',
      response: '已调查，相关人员依法处理。',
    },
    tasks: [[family, '开展网络安全和家庭教育指导', '心语社工中心']],
  },
  {
    key: 'orphan_long_term',
    channel: 'discovery',
    tier: 'general',
    sex: 'female',
    ages: [4, 9],
    relation: '村儿童主任',
    summary:
      '村儿童主任报告：{name}（{age}岁）父亲病故，母亲上月因病去世，祖父母均已过世，暂住邻居家，无其他亲属可以担任监护人。',
    verify: '乡镇督导员和村委会核实：近亲属均已去世或无监护能力，外地远亲明确表示无力抚养。',
    assess: '评估：父母双亡且无其他人可以担任监护人，符合民政部门长期监护情形；孩子有哀伤反应。',
    plan: '帮扶计划：由民政部门长期监护，在市儿童福利院养育；办理孤儿认定；哀伤辅导；就近入学。',
    closure: '',
    outcome: '孩子已由民政部门长期监护并妥善养育。',
    tasks: [
      [family, '办理孤儿认定和基本生活费', '乡镇儿童督导员'],
      [mind, '开展哀伤辅导', '救助保护中心社工'],
      [school, '办理转学到福利院附近小学', '市儿童福利院'],
    ],
  },
  ...REPORT_STORIES,
];

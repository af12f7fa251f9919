// 风险评估量表: the guardianship risk instrument the city publishes (RULES §5.22), each version with its
// effective date and the notice it follows. Chinese source keys.
import { chineseTexts } from './pageTexts';

const riskInstrumentZh = chineseTexts({
  riskInstrument: {
    title: '风险评估量表',
    intro:
      '监护风险评估的题目、各选项分值与等级分界。每次评估按评估当天施行的版本计分并记下版本号；发布新版本不修改旧版本，自生效日期起的评估按新版本计分。',
    inForce: '现行版本',
    items: '题目与分值',
    history: '历次版本',
    version: '版本',
    effectiveFrom: '生效日期',
    source: '依据',
    publishedBy: '发布',
    seeded: '系统默认',
    points: '{{count}} 分',
    cutoffs: '等级分界',
    cutoffsShort: '监护不足 ≥ {{insufficient}} 分 · 监护失当 ≥ {{improper}} 分 · 监护缺失 ≥ {{absent}} 分',
    redFlags: '红线（无论总分）',
    current: '现行',
    future: '待生效',
    past: '已停用',
    publish: '发布新版本',
    publishTitle: '发布新的风险评估量表版本',
    publishOk: '发布',
    published: '已发布新的风险评估量表版本',
    publishHint:
      '以现行版本为底稿，修改各选项的分值（0–20 的整数）、三个等级的最低总分与红线；题目与选项不变。生效日期不能早于今天。',
    minTotal: '最低总分',
    levels: { insufficient: '监护不足', improper: '监护失当', absent: '监护缺失' },
    scoreRequired: '请填写分值',
    minTotalRequired: '请填写最低总分',
    dateRequired: '请选择生效日期',
    sourceRequired: '请填写依据（文件名称与文号）',
    sourcePlaceholder: '如：乐民发〔2026〕30号 关于调整监护风险评估分界的通知',
    scoreLabel: '第 {{n}} 项 {{option}} 的分值',
    redFlagsHint: '某题答到所选答案时，无论总分，评估等级至少为所选等级。同一答案只能列在一条红线中。',
    redFlagItem: '题目',
    redFlagValues: '触发的答案',
    redFlagLevel: '至少为',
    redFlagItemRequired: '请选择题目',
    redFlagValuesRequired: '请选择触发红线的答案',
    redFlagLevelRequired: '请选择等级',
    addRedFlag: '添加红线',
    removeRedFlag: '删除这条红线',
    noRedFlags: '没有红线：等级只按总分确定。',
    redFlagsCount: '红线 {{count}} 条',
  },
});

export default riskInstrumentZh;

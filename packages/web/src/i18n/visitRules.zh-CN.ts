// 走访频次设置: the visit frequencies the city publishes (RULES §4.19), each version with its effective date and
// the notice it follows. Chinese source keys.
import { chineseTexts } from './pageTexts';

const visitRulesZh = chineseTexts({
  visitRules: {
    title: '走访频次设置',
    intro:
      '按监护风险等级与保障类别确定的走访频次。每名儿童的下次走访日期按当天施行的版本计算；发布新版本不修改旧版本，自生效日期起按新频次计算。',
    inForce: '现行版本',
    history: '历次版本',
    version: '版本',
    effectiveFrom: '生效日期',
    source: '依据',
    publishedBy: '发布',
    seeded: '系统默认',
    who: '适用对象',
    frequency: '走访频次',
    label: '说明',
    otherwise: '其他在册儿童',
    current: '现行',
    future: '待生效',
    past: '已停用',
    publish: '发布新版本',
    publishTitle: '发布新的走访频次版本',
    publishOk: '发布',
    published: '已发布新的走访频次版本',
    publishHint: '以现行版本为底稿，修改各类儿童的走访间隔。生效日期不能早于今天；发布后自生效日期起按新频次计算。',
    interval: '走访间隔',
    count: '间隔',
    units: { day: '天', month: '个月' },
    countRequired: '请填写走访间隔',
    dateRequired: '请选择生效日期',
    sourceRequired: '请填写依据（文件名称与文号）',
    sourcePlaceholder: '如：乐民发〔2026〕21号 关于调整走访频次的通知',
    preview: '将显示为：{{text}}',
  },
});

export default visitRulesZh;

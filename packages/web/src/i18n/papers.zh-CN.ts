// 证明材料清单: the papers each application needs, as the city publishes them. Chinese source keys.
import { chineseTexts } from './pageTexts';

const papersZh = chineseTexts({
  papers: {
    title: '证明材料清单',
    intro:
      '提交申请前须上传的证明材料：各保障类别的基本材料、认定所依据的父母情形的证明，以及终止申请的材料。提交时按当日现行清单核对，每次审核决定都记录所用清单版本。',
    inForce: '现行清单',
    version: '版本',
    effectiveFrom: '生效日期',
    publishedBy: '发布人',
    seeded: '系统初始版本',
    source: '依据',
    category: '保障类别',
    required: '所需材料',
    situation: '父母情形',
    situationPaper: '证明材料',
    situationHint: '申请所依据的父亲或母亲情形，各需一份证明，附在该情形记录上。',
    terminate: '终止申请',
    none: '无',
    history: '历次版本',
    current: '现行',
    scheduled: '待生效',
    past: '已停用',
    publish: '发布新版本',
    publishTitle: '发布新的证明材料清单',
    publishOk: '发 布',
    published: '新版本已发布',
    publishHint: '发布后不修改旧版本：自生效日期起，新提交的申请按新清单核对；已作出的决定仍记录原版本。',
    dateRequired: '请选择生效日期',
    sourceRequired: '请填写依据（文件名称与文号）',
    sourcePlaceholder: '如：乐民发〔2027〕1号 关于调整认定材料的通知',
    papersPlaceholder: '输入材料名称后回车添加',
    situationRequired: '请填写该情形的证明材料',
    count: '{{count}} 项',
  },
});
export default papersZh;

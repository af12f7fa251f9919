// The audit administrator's child lookup, a child's trail and the trail's export.
import { chineseTexts } from './pageTexts';

const auditTrailZh = chineseTexts({
  auditTrail: {
    reporterTitle: '按受理编号查看个案报告人',
    reporterHint:
      '报告人身份只对办案人员和审计管理员可见。输入个案或来件的受理编号（SB 开头），查看报告人、报告单位或来件系统（查询本身会留痕）',
    reporterPlaceholder: '受理编号，如 SB20261201000123',
    reporterCase: '个案 {{receiptNo}} · {{county}} · {{stage}}',
    reporterName: '报告人',
    reporterAnonymous: '未留姓名',
    reporterAccount: '填报账号',
    reporterUnit: '报告单位',
    reporterSystem: '来件系统',
    reporterPhone: '电话',
    reporterRelation: '与儿童关系',
    lookupTitle: '按儿童查询操作记录',
    lookupHint: '输入儿童姓名、身份证号或身份证号后 4 位，查看谁查看、导出或修改过该儿童档案（查询本身会留痕）',
    lookupPlaceholder: '姓名 / 身份证号 / 后 4 位',
    lookupButton: '查找',
    noMatch: '没有找到符合条件的儿童',
    more: '结果较多，只显示前 {{count}} 名，请输入更完整的姓名或身份证号',
    showTrail: '查看记录',
    back: '返回全部日志',
    trailTitle: '{{name}} 的操作记录',
    trailCount: '共 {{count}} 条记录',
    loadMore: '加载更早的记录',
    empty: '暂无与该儿童有关的记录',
    export: '导出 Excel',
    exported: '审计日志已导出',
    object: '对象',
    unit: '单位',
    status: {
      active: '在册',
      terminated: '已终止',
      transferred: '已转出',
      archived: '已归档',
    },
    heldChildren: '涉及儿童 {{count}} 人',
    heldThis: '（含该儿童）',
    expand: '展开详情',
    collapse: '收起详情',
  },
});

export default auditTrailZh;

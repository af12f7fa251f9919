// The audit log and its hash chain. Chinese source keys.
import { chineseTexts } from './pageTexts';

const auditZh = chineseTexts({
  audit: {
    title: '审计日志',
    at: '时间',
    actor: '操作人',
    action: '操作',
    targetType: '对象类型',
    targetId: '对象编号',
    outcome: '结果',
    outcomeValue: {
      success: '成功',
      failure: '失败',
    },
    range: '时间范围',
    ip: 'IP 地址',
    requestId: '请求号',
    before: '变更前',
    after: '变更后',
    details: '附加信息',
    nothing: '（无）',
    chain: {
      intro: '审计日志以 SM3 哈希链封存，可随时校验是否被改动',
      verify: '校验完整性',
      ok: '完整性校验通过：{{sealed}} 条记录的哈希链完好（{{when}}）',
      broken: '完整性校验失败：审计记录 #{{id}} {{reason}}；此前 {{sealed}} 条完好',
      unsealed: '有 {{count}} 条记录超过 5 分钟仍未封存',
      checkedAt: '校验时间 {{when}}',
      reason: {
        content_changed: '内容被改动',
        link_broken: '哈希链断裂（记录被删除或顺序被改动）',
        row_missing: '记录缺失',
      },
    },
  },
});

export default auditZh;

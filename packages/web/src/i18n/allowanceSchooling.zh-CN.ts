// 全日制在读延续发放: the child's schooling records and the city's allowance rules.
import { chineseTexts } from './pageTexts';

const allowanceSchoolingZh = chineseTexts({
  allowanceSchooling: {
    schooling: {
      title: '全日制在读登记',
      policyOn: '本市政策：年满 18 周岁后仍全日制在读的，凭在读证明延续发放至 {{age}} 周岁当月（自 {{since}} 起）',
      policyOff: '本市未规定年满 18 周岁后延续发放：在读登记不影响发放',
      empty: '没有在读登记',
      add: '登记在读证明',
      addTitle: '登记全日制在读证明',
      added: '在读证明已登记',
      school: '学校名称',
      schoolRequired: '请填写学校名称',
      from: '在读开始日期',
      until: '在读截止日期',
      datesRequired: '请选择日期',
      untilBeforeFrom: '截止日期不能早于开始日期',
      note: '备注',
      coversHint: '按整月延续发放：截止日期在月中的，当月不计',
      withdraw: '撤销',
      withdrawTitle: '撤销在读登记',
      withdrawOk: '撤销',
      withdrawn: '已撤销',
      withdrawnReason: '撤销原因：{{reason}}',
      reason: '撤销原因',
      reasonRequired: '请填写撤销原因（至少 2 字）',
      recordedBy: '{{name}} 登记于 {{at}}',
    },
    rules: {
      title: '发放规则',
      lookback: '补发与追回回溯',
      lookbackValue: '{{months}} 个月',
      schooling: '年满 18 周岁后全日制在读',
      schoolingOn: '延续发放至 {{age}} 周岁当月（自 {{since}} 起）',
      schoolingOff: '不延续发放',
      basis: '依据',
      versions: '共 {{count}} 个版本',
      seeded: '系统初始规则',
      publish: '发布新规则',
      publishTitle: '发布发放规则（新版本，不修改旧版本）',
      published: '发放规则已发布',
      lookbackRequired: '请填写回溯月数',
      schoolingSwitch: '延续发放',
      untilAge: '延续至（周岁）',
      since: '政策生效月份',
      basisRequired: '请填写依据（文件名称与文号）',
    },
  },
});

export default allowanceSchoolingZh;

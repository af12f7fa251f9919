// Link requests for a person another area holds, and the security administrator's alerts. Chinese source keys.
import { chineseTexts } from './pageTexts';

const personLinksZh = chineseTexts({
  personLinks: {
    title: '人员关联申请',
    intro:
      '其他辖区已登记的人员（按身份证号识别）不能直接关联：须由该人员所关联儿童所在辖区确认。确认前，申请方只看到自己填写的信息。',
    incoming: '待本辖区确认',
    outgoing: '本辖区发起',
    pending: '待处理',
    all: '全部',
    requestingChild: '申请方儿童',
    kind: '关系',
    typed: '申请方填写',
    recorded: '本辖区登记',
    requestedBy: '申请人',
    requestedAt: '申请时间',
    status: '状态',
    decision: '处理结果',
    statusValue: { pending: '待确认', confirmed: '已确认', rejected: '已退回', cancelled: '已撤销' },
    confirm: '确认关联',
    reject: '退回',
    cancel: '撤销申请',
    confirmTitle: '确认“{{typed}}”与本辖区登记的“{{recorded}}”是同一人？',
    confirmHint: '确认后，申请方儿童将关联到该人员，申请方可以看到该人员的信息和情况。',
    rejectTitle: '退回“{{typed}}”的关联申请',
    rejectNote: '请填写退回理由',
    cancelTitle: '撤销“{{typed}}”的关联申请',
    note: '备注',
    done: '已处理',
    empty: '暂无关联申请',
    requested: '该人员已由其他辖区登记，已发出关联申请，待对方确认后显示该人员信息',
    familySection: '关联申请',
    waiting: '等待对方辖区确认',
    rejectedBecause: '已退回：{{note}}',
  },
  securityAlerts: {
    title: '安全告警',
    intro:
      '每个账号每天一条：身份证号核验达到安全策略的每日上限（当日其余核验被拒绝），或一小时内多次被拒绝访问。具体记录见审计日志（由审计管理员查阅）。',
    open: '未确认',
    all: '全部',
    account: '账号',
    kind: '类型',
    kindValue: {
      id_check_limit: '身份证号核验达到每日上限',
      access_refusals: '多次被拒绝访问',
    },
    day: '日期',
    events: '次数',
    refused: '被拒绝次数',
    lastAt: '最近一次',
    acknowledged: '已确认',
    acknowledge: '确认已处理',
    acknowledgedBy: '{{name}} 于 {{time}} 确认',
    done: '告警已确认',
    empty: '暂无告警',
  },
});

export default personLinksZh;

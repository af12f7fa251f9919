// Chinese is the working language; en.ts must have exactly the same keys (checked by its type).
// This file holds the shell's texts (frame, menu, errors, sign-in), given to i18next at start. Each page area's
// texts are in <area>.zh-CN.ts, registered when a module that shows them is imported (pageTexts.ts).
import type accountSetupZh from './accountSetup.zh-CN';
import type homeZh from './home.zh-CN';
import type childrenZh from './children.zh-CN';
import type administrationZh from './administration.zh-CN';
import type auditZh from './audit.zh-CN';
import type childFileZh from './childFile.zh-CN';
import type childTabsZh from './childTabs.zh-CN';
import type registryPagesZh from './registryPages.zh-CN';
import type accountSecurityZh from './accountSecurity.zh-CN';
import type personLinksZh from './personLinks.zh-CN';
import type auditTrailZh from './auditTrail.zh-CN';
import type applicationsZh from './applications.zh-CN';
import type villagesZh from './villages.zh-CN';
import type visitsZh from './visits.zh-CN';
import type calendarZh from './calendar.zh-CN';
import type careZh from './care.zh-CN';
import type allowancesZh from './allowances.zh-CN';
import type casesZh from './cases.zh-CN';
import type caseSettingsZh from './caseSettings.zh-CN';
import type caseMatchingZh from './caseMatching.zh-CN';
import type allowanceSchoolingZh from './allowanceSchooling.zh-CN';
import type bankLayoutsZh from './bankLayouts.zh-CN';
import type visitRulesZh from './visitRules.zh-CN';
import type riskInstrumentZh from './riskInstrument.zh-CN';
import type reverificationZh from './reverification.zh-CN';
import type papersZh from './papers.zh-CN';

const zhCN = {
  app: {
    name: '呵护',
    title: '呵护 · 儿童福利与未成年人保护',
    tagline: '儿童福利与未成年人保护信息平台',
  },
  common: {
    ok: '确定',
    cancel: '取消',
    save: '保存',
    close: '关闭',
    copy: '复制',
    copied: '已复制',
    copyFailed: '复制失败，请手动选择复制',
    search: '搜索',
    loading: '加载中…',
    loadMore: '加载更多',
    noMore: '没有更多了',
    actions: '操作',
    edit: '编辑',
    retry: '重试',
    done: '操作成功',
    empty: '—',
    total: '共 {{count}} 条',
    back: '返回',
    next: '下一步',
    labelValue: '{{label}}：{{value}}',
  },
  lang: {
    label: '语言',
    zh: '中文',
    en: 'English',
  },
  menu: {
    calendar: '工作日历',
    home: '我的待办',
    children: '儿童名册',
    childDetail: '儿童档案',
    registry: '儿童名册',
    childList: '儿童名单',
    childNew: '新建档案',
    childImport: '批量导入',
    transfers: '转移申请',
    personLinks: '人员关联申请',
    duplicates: '疑似重复',
    potentiallyEligible: '主动发现',
    admin: '系统管理',
    users: '用户管理',
    security: '安全管理',
    roles: '角色与权限',
    grants: '用户授权',
    policy: '安全策略',
    securityAlerts: '安全告警',
    approvals: '账号操作审批',
    applications: '保障申请',
    applicationList: '申请办理',
    applicationBoard: '申请办理进度',
    applicationTriggers: '终止与复核事项',
    reverifications: '保障复核',
    papers: '证明材料清单',
    visiting: '走访评估',
    myVisits: '我的走访',
    visitBoard: '走访进度',
    visitRules: '走访频次设置',
    riskInstrument: '风险评估量表',
    visitNew: '登记走访',
    assessmentNew: '风险评估',
    leftBehind: '留守儿童',
    audit: '审计日志',
    allowances: '发放管理',
    allowanceRolls: '发放名册',
    allowanceRoll: '发放名册',
    allowanceStandards: '发放标准',
    fundUse: '资金使用报表',
    bankLayout: '银行代发格式',
    protection: '未成年人保护',
    caseIntake: '个案受理',
    caseReport: '强制报告',
    myReports: '我的报告',
    cases: '个案',
    caseDetail: '个案',
    caseLibrary: '案例库',
    referrals: '转介事项',
    referral: '转介事项',
    caseStats: '个案统计',
    caseTiers: '分级时限设置',
    partnerUnits: '协作单位与报告单位',
  },
  layout: {
    userMenu: '用户菜单',
    signOut: '退出登录',
    moreGrants: '（另有 {{count}} 项授权）',
    noGrant: '未授权',
    sessionEndedTitle: '已退出登录',
    sessionEnded: '长时间未操作或会话已失效，请重新登录。',
    bootFailed: '无法连接服务器',
    changePassword: '修改密码',
    globalScope: '全局',
  },
  errors: {
    network: '网络连接失败，请检查网络后重试',
    http: '服务器返回错误（{{status}}）',
    unexpected: '发生未知错误，请稍后再试',
    requestId: '请求号',
    forbiddenTitle: '无权访问',
    forbidden: '您的账号没有访问此页面的权限。如需开通，请联系安全管理员。',
    notFoundTitle: '页面不存在',
    notFound: '您访问的页面不存在或已被移除。',
    backHome: '返回首页',
  },
  login: {
    title: '登录',
    username: '用户名',
    password: '密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    submit: '登录',
    totpCode: '动态验证码',
    totpHint: '该账号已开启双重验证，请输入手机验证器中的 6 位数字。',
    totpRequired: '请输入 6 位数字验证码',
    verify: '验证并登录',
    useOtherAccount: '换个账号',
    invalid: '{{message}}。连续多次失败后账号会被临时锁定；如确认密码无误仍无法登录，请稍后再试或联系系统管理员。',
    rateLimited: '此网络地址登录失败次数过多，请约 {{minutes}} 分钟后再试。',
    demoTitle: '演示账号',
    demoHint: '密码均为 {{password}}，点击即可填入。',
    demo: {
      demo_city: '市民政局',
      demo_county: '区县民政局',
      demo_township: '乡镇（街道）督导员',
      demo_village: '村儿童主任',
      demo_village2: '村儿童主任（另一村）',
      demo_hotline: '热线接报员',
      demo_sysadmin: '系统管理员',
      demo_secadmin: '安全管理员',
      demo_auditor: '审计管理员',
    },
  },
};

export default zhCN;
/** Every Chinese text, the shell's and each area's: what `t` accepts. */
export type Messages = typeof zhCN &
  typeof accountSetupZh &
  typeof homeZh &
  typeof childrenZh &
  typeof administrationZh &
  typeof auditZh &
  typeof childFileZh &
  typeof childTabsZh &
  typeof registryPagesZh &
  typeof accountSecurityZh &
  typeof personLinksZh &
  typeof auditTrailZh &
  typeof applicationsZh &
  typeof villagesZh &
  typeof visitsZh &
  typeof calendarZh &
  typeof careZh &
  typeof allowancesZh &
  typeof casesZh &
  typeof caseSettingsZh &
  typeof caseMatchingZh &
  typeof allowanceSchoolingZh &
  typeof bankLayoutsZh &
  typeof visitRulesZh &
  typeof riskInstrumentZh &
  typeof reverificationZh &
  typeof papersZh;

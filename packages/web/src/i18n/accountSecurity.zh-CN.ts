// 三员分立 pages: approvals by a second administrator, the requester's own requests, the reset notice and
// re-authentication before the authenticator changes. Chinese source keys.
import { chineseTexts } from './pageTexts';

const accountSecurityZh = chineseTexts({
  approvals: {
    title: '账号操作审批',
    intro:
      '双人规则：系统管理员重置业务账号密码、停用管理员账号，须经安全管理员批准后才生效。批准重置后，一次性密码只交给申请人领取一次。',
    pending: '待审批',
    all: '全部',
    kind: { reset_password: '重置密码', disable_user: '停用账号' },
    status: { pending: '待审批', approved: '已批准', rejected: '已驳回' },
    target: '账号',
    requestedBy: '申请人',
    requestedAt: '申请时间',
    decidedBy: '处理人',
    approve: '批准',
    reject: '驳回',
    approveConfirm: '确定批准：{{kind}}“{{name}}”？',
    rejectConfirm: '确定驳回：{{kind}}“{{name}}”？',
    approved: '已批准，操作已生效',
    rejected: '已驳回',
    empty: '没有待审批的申请',
    notYours: '本人提出或涉及本人账号的申请须由其他安全管理员审批',
  },
  accountRequests: {
    title: '我提出的申请',
    pendingTag: '待审批：{{kind}}',
    resetSubmitted: '已提交重置密码申请。安全管理员批准后，请在“我提出的申请”中领取一次性密码。',
    disableSubmitted: '已提交停用申请，安全管理员批准后生效。',
    collect: '领取一次性密码',
    empty: '暂无申请',
  },
  passwordReset: {
    notice: '您的密码于 {{time}} 由 {{by}} 重置。',
    noticeApproved: '您的密码于 {{time}} 由 {{by}} 重置，经 {{approver}} 批准。',
    someone: '管理员',
    notYou: '如非您本人要求重置，请立即联系安全管理员。',
  },
  totpReauth: {
    intro: '为防止他人借用登录状态更换验证器，请先输入登录密码。',
    introEnrolled: '您已绑定验证器。更换前请输入登录密码和当前验证器上的 6 位数字。',
    password: '登录密码',
    passwordRequired: '请输入登录密码',
    code: '当前验证码',
    continue: '继续',
  },
});

export default accountSecurityZh;

import type { Messages } from './zh-CN';

const accountSecurityEn: Pick<Messages, 'approvals' | 'accountRequests' | 'passwordReset' | 'totpReauth'> = {
  approvals: {
    title: 'Account approvals',
    intro:
      'Two-person rule: a password reset of a business account and the disabling of an administrator by the system administrator take effect only when the security administrator approves. After an approved reset, only the requester can collect the one-time password, once.',
    pending: 'Pending',
    all: 'All',
    kind: { reset_password: 'Reset password', disable_user: 'Disable account' },
    status: { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' },
    target: 'Account',
    requestedBy: 'Requested by',
    requestedAt: 'Requested at',
    decidedBy: 'Decided by',
    approve: 'Approve',
    reject: 'Reject',
    approveConfirm: 'Approve: {{kind}} “{{name}}”?',
    rejectConfirm: 'Reject: {{kind}} “{{name}}”?',
    approved: 'Approved; the change is in effect',
    rejected: 'Rejected',
    empty: 'No requests waiting',
    notYours: 'A request you made or about your own account needs another security administrator',
  },
  accountRequests: {
    title: 'My requests',
    pendingTag: 'Pending: {{kind}}',
    resetSubmitted:
      'Reset requested. Once the security administrator approves, collect the one-time password under “My requests”.',
    disableSubmitted: 'Disabling requested; it takes effect once the security administrator approves.',
    collect: 'Collect one-time password',
    empty: 'No requests',
  },
  passwordReset: {
    notice: 'Your password was reset by {{by}} at {{time}}.',
    noticeApproved: 'Your password was reset by {{by}} at {{time}}, approved by {{approver}}.',
    someone: 'an administrator',
    notYou: 'If you did not ask for this, contact the security administrator at once.',
  },
  totpReauth: {
    intro: 'So that nobody can change your authenticator with a borrowed session, enter your password first.',
    introEnrolled: 'You already use an authenticator. To replace it, enter your password and its current 6 digits.',
    password: 'Password',
    passwordRequired: 'Enter your password',
    code: 'Current code',
    continue: 'Continue',
  },
};

export default accountSecurityEn;

import type accountSetupZh from './accountSetup.zh-CN';

const accountSetupEn: typeof accountSetupZh = {
  password: {
    title: 'Change password',
    intro: 'This is your first sign-in or your password has expired. Please set a new password.',
    current: 'Current password',
    next: 'New password',
    confirm: 'Repeat new password',
    currentRequired: 'Enter your current password',
    nextRequired: 'Enter a new password',
    mismatch: 'The two new passwords differ',
    rulesTitle: 'The new password must',
    ruleLength: 'have at least {{min}} characters',
    ruleClasses: 'use at least 3 of: lower-case, upper-case, digits, symbols',
    ruleUsername: 'not contain the username',
    ruleCommon:
      'not be a common password (a common word, the city name, a keyboard pattern or a repeat, even with digits or symbols added)',
    submit: 'Change password',
    changed: 'Password changed',
  },
  totp: {
    title: 'Set up two-step verification',
    intro:
      'To protect children’s data your account needs two-step verification. Scan the QR code with an authenticator app on your phone.',
    qrLabel: 'Authenticator QR code',
    secret: 'If you cannot scan, enter this key by hand',
    code: 'The 6 digits your app shows',
    codeRequired: 'Enter the 6-digit code',
    submit: 'Finish',
    enabled: 'Two-step verification is on',
  },
};

export default accountSetupEn;

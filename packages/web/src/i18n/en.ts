// English, loaded when chosen: every text at once (the shell's and each area's).
import type { Messages } from './zh-CN';
import accountSetupEn from './accountSetup.en';
import homeEn from './home.en';
import childrenEn from './children.en';
import administrationEn from './administration.en';
import auditEn from './audit.en';
import childFileEn from './childFile.en';
import childTabsEn from './childTabs.en';
import registryPagesEn from './registryPages.en';
import accountSecurityEn from './accountSecurity.en';
import personLinksEn from './personLinks.en';
import auditTrailEn from './auditTrail.en';
import applicationsEn from './applications.en';
import villagesEn from './villages.en';
import visitsEn from './visits.en';
import calendarEn from './calendar.en';
import careEn from './care.en';
import allowancesEn from './allowances.en';
import casesEn from './cases.en';
import caseSettingsEn from './caseSettings.en';
import caseMatchingEn from './caseMatching.en';
import allowanceSchoolingEn from './allowanceSchooling.en';
import bankLayoutsEn from './bankLayouts.en';
import visitRulesEn from './visitRules.en';
import riskInstrumentEn from './riskInstrument.en';
import reverificationEn from './reverification.en';
import papersEn from './papers.en';

const en: Messages = {
  app: {
    name: 'Hehu',
    title: 'Hehu · Child Welfare and Minor Protection',
    tagline: 'Child welfare and minor protection platform',
  },
  common: {
    ok: 'OK',
    cancel: 'Cancel',
    save: 'Save',
    close: 'Close',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copy failed; please select the text and copy it by hand',
    search: 'Search',
    loading: 'Loading…',
    loadMore: 'Load more',
    noMore: 'No more',
    actions: 'Actions',
    edit: 'Edit',
    retry: 'Retry',
    done: 'Done',
    empty: '—',
    total: '{{count}} in total',
    back: 'Back',
    next: 'Next',
    labelValue: '{{label}}: {{value}}',
  },
  lang: {
    label: 'Language',
    zh: '中文',
    en: 'English',
  },
  menu: {
    calendar: 'Working-day calendar',
    home: 'My tasks',
    children: 'Children',
    childDetail: 'Child file',
    registry: 'Children',
    childList: 'Child list',
    childNew: 'New file',
    childImport: 'Import',
    transfers: 'Transfers',
    personLinks: 'Person links',
    duplicates: 'Possible duplicates',
    potentiallyEligible: 'May be eligible',
    admin: 'Administration',
    users: 'Users',
    security: 'Security',
    roles: 'Roles',
    grants: 'Grants',
    policy: 'Policy',
    securityAlerts: 'Security alerts',
    approvals: 'Account approvals',
    applications: 'Applications',
    applicationList: 'Application desk',
    applicationBoard: 'Application progress',
    applicationTriggers: 'Categories to end',
    reverifications: 'Re-verification',
    papers: 'Papers checklist',
    visiting: 'Visits',
    myVisits: 'My visits',
    visitBoard: 'Visit progress',
    visitRules: 'Visit frequencies',
    riskInstrument: 'Risk instrument',
    visitNew: 'Record a visit',
    assessmentNew: 'Risk assessment',
    leftBehind: 'Left-behind children',
    audit: 'Audit log',
    allowances: 'Allowances',
    allowanceRolls: 'Payment rolls',
    allowanceRoll: 'Payment roll',
    allowanceStandards: 'Allowance standards',
    fundUse: 'Fund use',
    bankLayout: 'Bank file layouts',
    protection: 'Minor protection',
    caseIntake: 'Case intake',
    caseReport: 'Mandatory report',
    myReports: 'My reports',
    cases: 'Cases',
    caseDetail: 'Case',
    caseLibrary: 'Case library',
    referrals: 'Referrals',
    referral: 'Referral',
    caseStats: 'Case statistics',
    caseTiers: 'Tier time limits',
    partnerUnits: 'Partner and reporting units',
  },
  layout: {
    userMenu: 'User menu',
    signOut: 'Sign out',
    moreGrants: ' (+{{count}} more)',
    noGrant: 'No grant',
    sessionEndedTitle: 'Signed out',
    sessionEnded: 'You were idle for too long or the session ended. Please sign in again.',
    bootFailed: 'Cannot reach the server',
    changePassword: 'Change password',
    globalScope: 'Global',
  },
  errors: {
    network: 'Network error. Check the connection and try again.',
    http: 'The server answered with an error ({{status}})',
    unexpected: 'Something went wrong. Please try again later.',
    requestId: 'request',
    forbiddenTitle: 'No access',
    forbidden: 'Your account may not open this page. Ask the security administrator if you need it.',
    notFoundTitle: 'Page not found',
    notFound: 'The page does not exist or was removed.',
    backHome: 'Back to home',
  },
  login: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    submit: 'Sign in',
    totpCode: 'Authenticator code',
    totpHint: 'This account uses two-step verification. Enter the 6 digits from your authenticator app.',
    totpRequired: 'Enter the 6-digit code',
    verify: 'Verify and sign in',
    useOtherAccount: 'Use another account',
    invalid:
      '{{message}}. After repeated failures the account is locked for a while; if you are sure of the password, try again later or contact the system administrator.',
    rateLimited: 'Too many failed sign-ins from this network address; try again in about {{minutes}} minutes.',
    demoTitle: 'Demo accounts',
    demoHint: 'All use the password {{password}}. Click one to fill the form.',
    demo: {
      demo_city: 'City civil-affairs bureau',
      demo_county: 'County bureau',
      demo_township: 'Township supervisor',
      demo_village: 'Village child director',
      demo_village2: 'Village child director (another village)',
      demo_hotline: 'Hotline operator',
      demo_sysadmin: 'System administrator',
      demo_secadmin: 'Security administrator',
      demo_auditor: 'Audit administrator',
    },
  },
  ...accountSetupEn,
  ...homeEn,
  ...childrenEn,
  ...administrationEn,
  ...auditEn,
  ...childFileEn,
  ...childTabsEn,
  ...registryPagesEn,
  ...accountSecurityEn,
  ...personLinksEn,
  ...auditTrailEn,
  ...applicationsEn,
  ...villagesEn,
  ...visitsEn,
  ...calendarEn,
  ...careEn,
  ...allowancesEn,
  ...casesEn,
  ...caseSettingsEn,
  ...caseMatchingEn,
  ...allowanceSchoolingEn,
  ...bankLayoutsEn,
  ...visitRulesEn,
  ...riskInstrumentEn,
  ...reverificationEn,
  ...papersEn,
};

export default en;

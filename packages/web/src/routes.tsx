// The one route table: it drives the side menu (items shown only with the permission) and the
// router (a direct URL without the permission renders 403). Pages load lazily.
import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { Messages } from './i18n/zh-CN';

export type MenuTitleKey = `menu.${Extract<keyof Messages['menu'], string>}`;

/** A menu group's icon, by name: the icons themselves are drawn by the layout (layout/menuIcons.tsx), so the
 * route table, which the first download needs, carries none of their SVG. */
export type MenuIconName =
  | 'home'
  | 'registry'
  | 'admin'
  | 'security'
  | 'visiting'
  | 'applications'
  | 'leftBehind'
  | 'allowances'
  | 'protection'
  | 'calendar'
  | 'audit';

export interface AppRoute {
  path: string;
  titleKey: MenuTitleKey;
  icon?: MenuIconName;
  /** Required permission; undefined = any signed-in user. */
  permission?: string;
  hideInMenu?: boolean;
  page?: LazyExoticComponent<ComponentType>;
  /** Menu groups: a group is shown when any child is. */
  children?: AppRoute[];
}

export const appRoutes: AppRoute[] = [
  { path: '/', titleKey: 'menu.home', icon: 'home', page: lazy(() => import('./pages/home/HomePage')) },
  {
    // A menu group only: its path is a key for the menu, not a page.
    path: '/registry',
    titleKey: 'menu.registry',
    icon: 'registry',
    children: [
      {
        path: '/children',
        titleKey: 'menu.childList',
        permission: 'children:read',
        page: lazy(() => import('./pages/children/ChildrenListPage')),
      },
      {
        path: '/children/new',
        titleKey: 'menu.childNew',
        permission: 'children:write',
        page: lazy(() => import('./pages/children/form/ChildCreatePage')),
      },
      {
        path: '/children/import',
        titleKey: 'menu.childImport',
        permission: 'children:write',
        page: lazy(() => import('./pages/children/import/ImportPage')),
      },
      {
        path: '/transfers',
        titleKey: 'menu.transfers',
        permission: 'children:write',
        page: lazy(() => import('./pages/transfers/TransfersPage')),
      },
      {
        path: '/person-links',
        titleKey: 'menu.personLinks',
        permission: 'children:write',
        page: lazy(() => import('./pages/links/PersonLinksPage')),
      },
      {
        path: '/duplicates',
        titleKey: 'menu.duplicates',
        permission: 'children:write',
        page: lazy(() => import('./pages/duplicates/DuplicatesPage')),
      },
      {
        path: '/potentially-eligible',
        titleKey: 'menu.potentiallyEligible',
        permission: 'children:read',
        page: lazy(() => import('./pages/eligible/PotentiallyEligiblePage')),
      },
      {
        path: '/children/:id',
        titleKey: 'menu.childDetail',
        permission: 'children:read',
        hideInMenu: true,
        page: lazy(() => import('./pages/children/file/ChildFilePage')),
      },
    ],
  },
  {
    path: '/admin',
    titleKey: 'menu.admin',
    icon: 'admin',
    children: [
      {
        path: '/admin/users',
        titleKey: 'menu.users',
        permission: 'users:manage',
        page: lazy(() => import('./pages/admin/UsersPage')),
      },
    ],
  },
  {
    path: '/security',
    titleKey: 'menu.security',
    icon: 'security',
    children: [
      {
        path: '/security/roles',
        titleKey: 'menu.roles',
        permission: 'roles:manage',
        page: lazy(() => import('./pages/security/RolesPage')),
      },
      {
        path: '/security/grants',
        titleKey: 'menu.grants',
        permission: 'roles:manage',
        page: lazy(() => import('./pages/security/GrantsPage')),
      },
      {
        path: '/security/policy',
        titleKey: 'menu.policy',
        permission: 'policy:manage',
        page: lazy(() => import('./pages/security/PolicyPage')),
      },
      {
        path: '/security/alerts',
        titleKey: 'menu.securityAlerts',
        permission: 'policy:manage',
        page: lazy(() => import('./pages/security/AlertsPage')),
      },
      {
        path: '/security/approvals',
        titleKey: 'menu.approvals',
        permission: 'roles:manage',
        page: lazy(() => import('./pages/security/ApprovalsPage')),
      },
    ],
  },
  {
    // A menu group only, like '/registry'.
    path: '/visiting',
    titleKey: 'menu.visiting',
    icon: 'visiting',
    children: [
      {
        path: '/visits',
        titleKey: 'menu.myVisits',
        permission: 'visits:record',
        page: lazy(() => import('./pages/visits/MyVisitsPage')),
      },
      {
        path: '/visits/board',
        titleKey: 'menu.visitBoard',
        permission: 'children:read',
        page: lazy(() => import('./pages/visits/VisitBoardPage')),
      },
      {
        // The city's rules officer publishes the frequencies; everyone else reads them in their visit plans.
        path: '/visits/rules',
        titleKey: 'menu.visitRules',
        permission: 'rules:manage',
        page: lazy(() => import('./pages/visits/VisitRulesPage')),
      },
      {
        // The city's rules officer publishes the risk instrument's scores and cut-offs; assessors fill it in.
        path: '/visits/risk-instrument',
        titleKey: 'menu.riskInstrument',
        permission: 'rules:manage',
        page: lazy(() => import('./pages/visits/RiskInstrumentPage')),
      },
      {
        path: '/visits/new',
        titleKey: 'menu.visitNew',
        permission: 'visits:record',
        hideInMenu: true,
        page: lazy(() => import('./pages/visits/VisitFormPage')),
      },
      {
        path: '/children/:id/assessments/new',
        titleKey: 'menu.assessmentNew',
        permission: 'visits:record',
        hideInMenu: true,
        page: lazy(() => import('./pages/visits/AssessmentFormPage')),
      },
    ],
  },
  {
    // A menu group only, like '/registry'.
    path: '/applying',
    titleKey: 'menu.applications',
    icon: 'applications',
    children: [
      {
        path: '/applications',
        titleKey: 'menu.applicationList',
        permission: 'children:read',
        page: lazy(() => import('./pages/applications/ApplicationsPage')),
      },
      {
        // Pending and late applications by area, one level down; a late count opens them in the list.
        path: '/applications/board',
        titleKey: 'menu.applicationBoard',
        permission: 'children:read',
        page: lazy(() => import('./pages/applications/ApplicationBoardPage')),
      },
      {
        // Children whose category must be ended by a termination application (18, schooling, family change).
        path: '/applications/triggers',
        titleKey: 'menu.applicationTriggers',
        permission: 'children:read',
        page: lazy(() => import('./pages/applications/TriggersPage')),
      },
      {
        // The semi-annual rounds: read by all; the township records outcomes, the city publishes the months.
        path: '/applications/reverifications',
        titleKey: 'menu.reverifications',
        permission: 'children:read',
        page: lazy(() => import('./pages/applications/ReverificationsPage')),
      },
      {
        // What each application must carry: read by all who file or decide; the city publishes new versions.
        path: '/applications/papers',
        titleKey: 'menu.papers',
        permission: 'children:read',
        page: lazy(() => import('./pages/applications/PapersPage')),
      },
    ],
  },
  {
    path: '/left-behind',
    titleKey: 'menu.leftBehind',
    icon: 'leftBehind',
    permission: 'children:read',
    page: lazy(() => import('./pages/left-behind/LeftBehindPage')),
  },
  {
    path: '/applications/new',
    titleKey: 'menu.applications',
    permission: 'applications:file',
    hideInMenu: true,
    page: lazy(() => import('./pages/applications/NewApplicationPage')),
  },
  {
    path: '/applications/:id',
    titleKey: 'menu.applications',
    permission: 'children:read',
    hideInMenu: true,
    page: lazy(() => import('./pages/applications/ApplicationPage')),
  },
  {
    // A menu group only, like '/registry'.
    path: '/allowances',
    titleKey: 'menu.allowances',
    icon: 'allowances',
    children: [
      {
        path: '/allowances/rolls',
        titleKey: 'menu.allowanceRolls',
        permission: 'allowances:read',
        page: lazy(() => import('./pages/allowances/RollsPage')),
      },
      {
        path: '/allowances/rolls/:id',
        titleKey: 'menu.allowanceRoll',
        permission: 'allowances:read',
        hideInMenu: true,
        page: lazy(() => import('./pages/allowances/RollPage')),
      },
      {
        path: '/allowances/standards',
        titleKey: 'menu.allowanceStandards',
        permission: 'allowances:read',
        page: lazy(() => import('./pages/allowances/StandardsPage')),
      },
      {
        path: '/allowances/fund-use',
        titleKey: 'menu.fundUse',
        permission: 'allowances:read',
        page: lazy(() => import('./pages/allowances/FundUsePage')),
      },
      {
        path: '/allowances/bank-layout',
        titleKey: 'menu.bankLayout',
        permission: 'allowances:read',
        page: lazy(() => import('./pages/allowances/BankLayoutPage')),
      },
    ],
  },
  {
    // A menu group only, like '/registry'.
    path: '/protection',
    titleKey: 'menu.protection',
    icon: 'protection',
    children: [
      {
        path: '/cases/intake',
        titleKey: 'menu.caseIntake',
        permission: 'cases:intake',
        page: lazy(() => import('./pages/cases/IntakePage')),
      },
      {
        path: '/cases/report',
        titleKey: 'menu.caseReport',
        permission: 'cases:report',
        page: lazy(() => import('./pages/cases/ReportPage')),
      },
      {
        path: '/cases/my-reports',
        titleKey: 'menu.myReports',
        permission: 'cases:report',
        page: lazy(() => import('./pages/cases/MyReportsPage')),
      },
      {
        path: '/cases',
        titleKey: 'menu.cases',
        permission: 'cases:read',
        page: lazy(() => import('./pages/cases/CasesPage')),
      },
      {
        path: '/cases/:id',
        titleKey: 'menu.caseDetail',
        permission: 'cases:read',
        hideInMenu: true,
        page: lazy(() => import('./pages/cases/CasePage')),
      },
      {
        path: '/case-library',
        titleKey: 'menu.caseLibrary',
        permission: 'cases:read',
        page: lazy(() => import('./pages/cases/LibraryPage')),
      },
      {
        path: '/referrals',
        titleKey: 'menu.referrals',
        permission: 'cases:referral',
        page: lazy(() => import('./pages/cases/ReferralsPage')),
      },
      {
        path: '/referrals/:id',
        titleKey: 'menu.referral',
        permission: 'cases:referral',
        hideInMenu: true,
        page: lazy(() => import('./pages/cases/ReferralPage')),
      },
      {
        path: '/cases/stats',
        titleKey: 'menu.caseStats',
        permission: 'cases:stats',
        page: lazy(() => import('./pages/cases/StatsPage')),
      },
      {
        // Read by case staff; publishing a new version takes rules:manage (the page shows the form then).
        path: '/cases/tiers',
        titleKey: 'menu.caseTiers',
        permission: 'cases:read',
        page: lazy(() => import('./pages/cases/TierSettingsPage')),
      },
      {
        path: '/cases/partner-units',
        titleKey: 'menu.partnerUnits',
        permission: 'rules:manage',
        page: lazy(() => import('./pages/cases/PartnerUnitsPage')),
      },
    ],
  },
  {
    path: '/calendar',
    titleKey: 'menu.calendar',
    icon: 'calendar',
    permission: 'rules:manage',
    page: lazy(() => import('./pages/calendar/CalendarPage')),
  },
  {
    path: '/audit',
    titleKey: 'menu.audit',
    icon: 'audit',
    permission: 'audit:read',
    page: lazy(() => import('./pages/audit/AuditPage')),
  },
];

/** Every route that renders a page, groups flattened away. */
export function pageRoutes(routes: AppRoute[] = appRoutes): AppRoute[] {
  return routes.flatMap((route) => [...(route.page ? [route] : []), ...pageRoutes(route.children ?? [])]);
}

export interface MenuEntry {
  path: string;
  name: string;
  icon?: MenuIconName;
  children?: MenuEntry[];
}

/** The menu for this user: items without the permission and empty groups are left out. */
export function menuFor(
  can: (permission?: string) => boolean,
  translate: (key: MenuTitleKey) => string,
  routes: AppRoute[] = appRoutes,
): MenuEntry[] {
  const entries: MenuEntry[] = [];
  for (const route of routes) {
    if (route.hideInMenu || !can(route.permission)) continue;
    const entry: MenuEntry = { path: route.path, name: translate(route.titleKey), icon: route.icon };
    if (route.children) {
      const children = menuFor(can, translate, route.children);
      if (children.length === 0) continue;
      entry.children = children;
    }
    entries.push(entry);
  }
  return entries;
}

/**
 * The one menu item to highlight: the longest menu path the location is at or below. The layout's own
 * matching would also light up "/children" on "/children/new".
 */
export function selectedMenuPath(entries: MenuEntry[], pathname: string): string | undefined {
  let best: string | undefined;
  const visit = (list: MenuEntry[]) => {
    for (const entry of list) {
      const at = pathname === entry.path || (entry.path !== '/' && pathname.startsWith(`${entry.path}/`));
      if (at && !entry.children && (best === undefined || entry.path.length > best.length)) best = entry.path;
      if (entry.children) visit(entry.children);
    }
  };
  visit(entries);
  return best;
}

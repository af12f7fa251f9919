// The menu and route permissions, and the live password rules, without a browser.
import { describe, expect, it } from 'vitest';
import { checkPassword, passesAll } from './pages/account/passwordRules';
import { appRoutes, menuFor, pageRoutes, selectedMenuPath } from './routes';

const canWith = (permissions: string[]) => (permission?: string) =>
  permission === undefined || permissions.includes(permission);
const paths = (entries: { path: string; children?: { path: string }[] }[]): string[] =>
  entries.flatMap((e) => [e.path, ...(e.children ?? []).map((c) => c.path)]);

describe('route table', () => {
  it('every page except home declares the permission it needs', () => {
    const pages = pageRoutes(appRoutes);
    expect(pages.length).toBeGreaterThan(5);
    for (const route of pages.filter((r) => r.path !== '/')) expect(route.permission, route.path).toBeTruthy();
  });

  it('a village director sees home and the registry, none of the administration', () => {
    const reader = paths(menuFor(canWith(['children:read', 'divisions:read', 'tasks:read']), (k) => k));
    expect(reader).toEqual([
      '/',
      '/registry',
      '/children',
      '/potentially-eligible',
      '/visiting',
      '/visits/board',
      '/applying',
      '/applications',
      '/applications/board',
      '/applications/triggers',
      '/applications/reverifications',
      '/applications/papers',
      '/left-behind',
    ]);
    const writer = paths(menuFor(canWith(['children:read', 'children:write', 'divisions:read']), (k) => k));
    expect(writer).toEqual([
      '/',
      '/registry',
      '/children',
      '/children/new',
      '/children/import',
      '/transfers',
      '/person-links',
      '/duplicates',
      '/potentially-eligible',
      '/visiting',
      '/visits/board',
      '/applying',
      '/applications',
      '/applications/board',
      '/applications/triggers',
      '/applications/reverifications',
      '/applications/papers',
      '/left-behind',
    ]);
    // Recording visits adds the director's own visit list; the form and the assessment stay out of the menu.
    const visitor = paths(menuFor(canWith(['children:read', 'visits:record']), (k) => k));
    expect(visitor).toContain('/visits');
    expect(visitor).not.toContain('/visits/new');
    // The visit frequencies are the city's rules officer's to publish: in the menu with rules:manage only.
    expect(visitor).not.toContain('/visits/rules');
    const rulesOfficer = paths(menuFor(canWith(['children:read', 'rules:manage']), (k) => k));
    expect(rulesOfficer).toEqual(expect.arrayContaining(['/visiting', '/visits/board', '/visits/rules']));
    expect(pageRoutes().find((r) => r.path === '/visits/rules')?.permission).toBe('rules:manage');
    // So is the risk instrument's scores and cut-offs, beside the frequencies.
    expect(visitor).not.toContain('/visits/risk-instrument');
    expect(rulesOfficer).toContain('/visits/risk-instrument');
    expect(rulesOfficer.indexOf('/visits/risk-instrument')).toBe(rulesOfficer.indexOf('/visits/rules') + 1);
    expect(pageRoutes().find((r) => r.path === '/visits/risk-instrument')?.permission).toBe('rules:manage');
  });

  it('highlights one menu item: the deepest one the location is at or below', () => {
    const menu = menuFor(
      () => true,
      (k) => k,
    );
    expect(selectedMenuPath(menu, '/children/new')).toBe('/children/new');
    expect(selectedMenuPath(menu, '/children/0a5309bb-1417-4be4-b7d9-e21a502c6f30')).toBe('/children');
    expect(selectedMenuPath(menu, '/')).toBe('/');
    expect(selectedMenuPath(menu, '/childrenx')).toBeUndefined();
    // The application pages: the list lights up for an application, each work list for itself.
    expect(selectedMenuPath(menu, '/applications/0a5309bb-1417-4be4-b7d9-e21a502c6f30')).toBe('/applications');
    expect(selectedMenuPath(menu, '/applications/triggers')).toBe('/applications/triggers');
    expect(selectedMenuPath(menu, '/applications/board')).toBe('/applications/board');
    expect(selectedMenuPath(menu, '/applications/reverifications')).toBe('/applications/reverifications');
  });

  it('the child file is a page but not a menu item', () => {
    expect(pageRoutes().some((r) => r.path === '/children/:id')).toBe(true);
    const all = paths(
      menuFor(
        () => true,
        (k) => k,
      ),
    );
    expect(all).not.toContain('/children/:id');
  });

  it('each separated administrator sees only their own pages', () => {
    expect(paths(menuFor(canWith(['users:manage']), (k) => k))).toEqual(['/', '/admin', '/admin/users']);
    expect(paths(menuFor(canWith(['audit:read']), (k) => k))).toEqual(['/', '/audit']);
    const security = paths(menuFor(canWith(['roles:manage', 'policy:manage']), (k) => k));
    expect(security).toEqual([
      '/',
      '/security',
      '/security/roles',
      '/security/grants',
      '/security/policy',
      '/security/alerts',
      '/security/approvals',
    ]);
  });
});

describe('the allowance menu', () => {
  it('shows rolls, standards, fund use and bank layouts to a reader of allowances, the roll page only by address', () => {
    const menu = paths(menuFor(canWith(['allowances:read']), (k) => k));
    expect(menu).toEqual([
      '/',
      '/allowances',
      '/allowances/rolls',
      '/allowances/standards',
      '/allowances/fund-use',
      '/allowances/bank-layout',
    ]);
    const pages = pageRoutes(appRoutes).map((r) => r.path);
    expect(pages).toContain('/allowances/rolls/:id');
    expect(pages).toContain('/allowances/fund-use');
    expect(
      selectedMenuPath(
        menuFor(canWith(['allowances:read']), (k) => k),
        '/allowances/rolls/abc',
      ),
    ).toBe('/allowances/rolls');
  });
});

describe('the minor-protection menu', () => {
  const menu = (permissions: string[]) => paths(menuFor(canWith(permissions), (k) => k));

  it('shows each role its own items', () => {
    expect(menu(['cases:intake'])).toEqual(['/', '/protection', '/cases/intake']);
    expect(menu(['cases:report'])).toEqual(['/', '/protection', '/cases/report', '/cases/my-reports']);
    expect(menu(['cases:referral'])).toEqual(['/', '/protection', '/referrals']);
    expect(menu(['cases:read', 'cases:work', 'cases:stats'])).toEqual([
      '/',
      '/protection',
      '/cases',
      '/case-library',
      '/cases/stats',
      '/cases/tiers',
    ]);
    // The city's rules officer also keeps the partner units.
    expect(menu(['cases:read', 'rules:manage'])).toEqual(
      expect.arrayContaining(['/cases/tiers', '/cases/partner-units']),
    );
    expect(menu(['cases:read'])).not.toContain('/cases/partner-units');
  });

  it('opens the workspace and a referral by address only, lighting up their list', () => {
    const pages = pageRoutes(appRoutes).map((r) => r.path);
    expect(pages).toContain('/cases/:id');
    expect(pages).toContain('/referrals/:id');
    const reader = menuFor(canWith(['cases:read', 'cases:stats']), (k) => k);
    expect(selectedMenuPath(reader, '/cases/abc')).toBe('/cases');
    expect(selectedMenuPath(reader, '/cases/stats')).toBe('/cases/stats');
  });
});

describe('password rules shown while typing', () => {
  it('follow the domain rules the server applies', () => {
    expect(checkPassword('abc', 'li')).toEqual({ length: false, classes: false, username: true, common: false });
    expect(checkPassword('liwei#2026A', 'liwei').username).toBe(false);
    expect(passesAll(checkPassword('Strong#2026', 'liwei'))).toBe(true);
    // The common-password list, as the server applies it.
    for (const common of ['Password1', 'Leshan2026', 'Aa1!Aa1!']) {
      expect(checkPassword(common, 'li').common).toBe(false);
      expect(passesAll(checkPassword(common, 'li'))).toBe(false);
    }
  });
});

// The menu and route permissions, and the live password rules, without a browser.
import { describe, expect, it } from 'vitest';
import { checkPassword, passesAll } from './pages/account/passwordRules';
import { appRoutes, menuFor, pageRoutes } from './routes';

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

  it('a village director sees home and children, none of the administration', () => {
    const menu = paths(menuFor(canWith(['children:read', 'divisions:read', 'tasks:read']), (k) => k));
    expect(menu).toEqual(['/', '/children']);
  });

  it('each separated administrator sees only their own pages', () => {
    expect(paths(menuFor(canWith(['users:manage']), (k) => k))).toEqual(['/', '/admin', '/admin/users']);
    expect(paths(menuFor(canWith(['audit:read']), (k) => k))).toEqual(['/', '/audit']);
    const security = paths(menuFor(canWith(['roles:manage', 'policy:manage']), (k) => k));
    expect(security).toEqual(['/', '/security', '/security/roles', '/security/grants', '/security/policy']);
  });
});

describe('password rules shown while typing', () => {
  it('follow the domain rules the server applies', () => {
    expect(checkPassword('abc', 'li')).toEqual({ length: false, classes: false, username: true });
    expect(checkPassword('liwei#2026A', 'liwei').username).toBe(false);
    expect(passesAll(checkPassword('Strong#2026', 'liwei'))).toBe(true);
  });
});

// The main flows of the foundation in a real browser, on desktop and phone widths.
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_VILLAGE, OTHER_DEMO_COUNTY, signIn, useSession, signInWithForm } from './session.ts';

test('a village director sees only the children of their village', async ({ page, request }, testInfo) => {
  await signIn(page, 'demo_village');
  await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true });
  await page.goto('/children');
  const list = page.getByTestId('children-list');
  await expect(list).toBeVisible();
  const rows = list.getByTestId('child-row');
  await expect(rows.first()).toBeVisible();
  const apiTotal = ((await (await page.request.get('/api/children?limit=1')).json()) as { total: number }).total;
  expect(apiTotal).toBeGreaterThanOrEqual(30);
  const shown = await rows.count();
  expect(shown).toBeGreaterThan(0);
  for (let i = 0; i < shown; i++) await expect(rows.nth(i)).toContainText(DEMO_VILLAGE);
  await page.screenshot({ path: testInfo.outputPath('children.png'), fullPage: true });

  // A child of another county's village is not reachable by URL either. The city officer, who sees the whole
  // city, finds one that really exists; the village director gets the same not-found page as for a missing one.
  const city = await request.post('/api/auth/login', { data: { username: 'demo_city', password: DEMO_PASSWORD } });
  expect(city.status()).toBe(200);
  const found = await request.get(`/api/children?division=${OTHER_DEMO_COUNTY}&limit=1`);
  expect(found.status()).toBe(200);
  const otherId = ((await found.json()) as { data: { id: string }[] }).data[0]?.id ?? '';
  expect(otherId).toMatch(/^[0-9a-f-]{36}$/);
  expect((await request.get(`/api/children/${otherId}`)).status()).toBe(200);
  expect((await page.request.get(`/api/children/${otherId}`)).status()).toBe(404);
  await page.goto(`/children/${otherId}`);
  await expect(page.getByText('页面不存在').first()).toBeVisible();
});

test('a county officer opens a child file from the list', async ({ page }) => {
  await useSession(page, 'demo_county');
  await page.goto('/children');
  const first = page.getByTestId('child-row').first();
  await expect(first).toBeVisible();
  const name = (await first.getByTestId('child-name').textContent())?.trim() ?? '';
  expect(name.length).toBeGreaterThan(1);
  await first.getByTestId('child-name').click();
  await expect(page).toHaveURL(/\/children\/[0-9a-f-]{36}$/);
  await expect(page.getByText(name).first()).toBeVisible();
  await expect(page.getByText(/市中区/).first()).toBeVisible();
});

test('the system administrator has no children menu and gets 403 at the URL', async ({ page }) => {
  await signIn(page, 'demo_sysadmin');
  await expect(page.getByRole('link', { name: /儿童名册/ })).toHaveCount(0);
  await page.goto('/children');
  await expect(page.getByText('无权访问').first()).toBeVisible();
});

test('the audit administrator finds failed sign-ins', async ({ page, request }) => {
  for (let i = 0; i < 2; i++) {
    await request.post('/api/auth/login', { data: { username: 'demo_hotline', password: `Wrong#${i}x` } });
  }
  await useSession(page, 'demo_auditor');
  await page.goto('/audit?action=auth.login&outcome=failure');
  await expect(page.getByText('demo_hotline').first()).toBeVisible();
  // The entry says what happened in words, and who, by name with the account.
  const row = page.locator('tr').filter({ hasText: 'demo_hotline' }).first();
  await expect(row.getByText('登录', { exact: true })).toBeVisible();
  await expect(row.getByTestId('audit-actor')).toContainText('杨话务');
});

test('signing out returns to the sign-in page', async ({ page }) => {
  // Its own session: the one other tests take over stays valid.
  await signInWithForm(page, 'demo_city');
  // The home page settled first: a menu opened while the task list is still arriving can close under the click.
  await expect(page.getByTestId('task-card').first()).toBeVisible();
  // On a slow phone the dropdown can close again as the page re-renders: open it and click until it takes.
  await expect(async () => {
    if (!page.url().includes('/login')) {
      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: '退出登录' }).click({ timeout: 2_000 });
    }
    await expect(page).toHaveURL(/\/login/, { timeout: 4_000 });
  }).toPass({ timeout: 25_000 });
});

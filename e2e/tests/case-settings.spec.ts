// The minor-protection settings the city keeps, in a real browser: the city officer publishes a new version of the
// tier time limits (a version number already used is refused on its field first) and finds it in the table; adds a
// partner unit to the registry and deactivates it. Both pages are also looked at on a desktop and a phone, with
// the phone's controls at 44 px or more.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { smallTargets } from './a11y.ts';
import { DEMO_VILLAGE, useSession } from './session.ts';

const SHOTS = process.env.E2E_OUTPUT_DIR ?? '/tmp/hehu-e2e-results';

/** The dialog's main button (antd spaces two-character labels, so the name is not matched). */
const ok = (dialog: Locator) => dialog.locator('.ant-modal-footer .ant-btn-primary');

async function choose(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

test('the city publishes a new version of the tier limits and sees it in the table', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'changes demo data: runs once');
  await useSession(page, 'demo_city');
  await page.goto('/cases/tiers');
  const inForce = page.getByTestId('tier-in-force');
  await expect(inForce).toBeVisible();
  const current = (await (await page.request.get('/api/cases/tiers')).json()) as { inForce: { version: string } };

  await page.getByTestId('tier-publish').click();
  const dialog = page.getByRole('dialog');
  const form = dialog.getByTestId('tier-form');
  await expect(form).toBeVisible();
  // Filled in from the version in force; the version already used is refused on its own field by the server.
  await expect(form.getByTestId('tier-referral')).not.toHaveValue('');
  await form.getByLabel('版本号').fill(current.inForce.version);
  const [refused] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/cases/tiers') && r.request().method() === 'POST'),
    ok(dialog).click(),
  ]);
  expect(refused.status()).toBe(400);
  await expect(form.locator('#version_help')).toContainText('已存在');

  const version = `E2E-${Date.now() % 1_000_000}`;
  await form.getByLabel('版本号').fill(version);
  await form.getByTestId('tier-urgent-respond').fill('2');
  await form.getByLabel('依据').fill('乐民发〔2026〕99号');
  const [published] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/cases/tiers') && r.request().method() === 'POST'),
    ok(dialog).click(),
  ]);
  expect(published.status(), await published.text()).toBe(201);
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('tier-version').filter({ hasText: version });
  await expect(row).toBeVisible();
  await expect(row).toContainText('2 小时');
  await expect(row).toContainText('乐民发〔2026〕99号');
});

test('the city adds a partner unit and deactivates it', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'changes demo data: runs once');
  await useSession(page, 'demo_city');
  await page.goto('/cases/partner-units');
  await expect(page.getByTestId('unit-row').first()).toBeVisible();

  const name = `乐山市市中区测试关爱中心${Date.now() % 100_000}`;
  await page.getByTestId('unit-add').click();
  const dialog = page.getByRole('dialog');
  const form = dialog.getByTestId('unit-form');
  await form.getByLabel('单位名称').fill(name);
  await choose(page, form.getByLabel('单位类型'), '社会组织');
  const area = form.locator('#divisionCode');
  await area.click();
  await area.fill('篦子街');
  await page.locator('.hehu-division-popup').getByText(DEMO_VILLAGE, { exact: true }).click();
  // Closes the picker's list (Escape would close the dialog itself).
  await dialog.locator('.ant-modal-title').click();
  const [added] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/cases/partner-units') && r.request().method() === 'POST'),
    ok(dialog).click(),
  ]);
  expect(added.status(), await added.text()).toBe(201);
  await expect(dialog).toBeHidden();

  const row = page.getByTestId('unit-row').filter({ hasText: name });
  await expect(row).toContainText('在用');
  await expect(row).toContainText('社会组织');
  await row.getByTestId('unit-toggle').click();
  const confirm = page.locator('.ant-modal-confirm');
  await expect(confirm).toContainText(name);
  const [changed] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/cases/partner-units/') && r.request().method() === 'PUT'),
    confirm.locator('.ant-btn-dangerous').click(),
  ]);
  expect(changed.status(), await changed.text()).toBe(200);
  await expect(row).toContainText('已停用');
  // The inactive filter shows it; the active one does not.
  await choose(page, page.getByTestId('unit-filter-status'), '在用');
  await expect(page.getByTestId('unit-row').filter({ hasText: name })).toHaveCount(0);
  await choose(page, page.getByTestId('unit-filter-status'), '已停用');
  await expect(page.getByTestId('unit-row').filter({ hasText: name })).toBeVisible();
});

test('the settings pages fit a phone and a desktop', async ({ page }, info) => {
  const phone = info.project.name === 'phone';
  if (!phone) await page.setViewportSize({ width: 1440, height: 900 });
  const shot = (name: string) =>
    page.screenshot({ path: `${SHOTS}/case-settings-${name}-${info.project.name}.png`, fullPage: true });
  await useSession(page, 'demo_city');
  await page.goto('/cases/tiers');
  await expect(page.getByTestId('tier-version').first()).toBeVisible();
  await shot('tiers');
  if (phone) expect(await smallTargets(page), 'tiers: controls below 44 px').toEqual([]);
  await page.getByTestId('tier-publish').click();
  await expect(page.getByTestId('tier-form')).toBeVisible();
  await shot('tiers-form');
  await page.keyboard.press('Escape');
  await page.goto('/cases/partner-units');
  await expect(page.getByTestId('unit-row').first()).toBeVisible();
  await shot('units');
  if (phone) expect(await smallTargets(page), 'units: controls below 44 px').toEqual([]);
});

// The approval chain in a real browser: the township verifies on a phone, with the working days left shown,
// and the county then finds the application waiting on it at desktop width, with only its own actions offered;
// its progress board's late count opens the list filtered to the late applications, and fits a phone.
import { expect, test } from '@playwright/test';
import { smallTargets } from './a11y.ts';
import { signIn, useSession } from './session.ts';

interface Item {
  id: string;
  childName: string;
  status: string;
}

test('the township verifies on a phone; the county sees it waiting with approve, reject and return', async ({
  page,
}, testInfo) => {
  // The test sets both widths itself and changes the demo's one waiting application: once is enough.
  test.skip(testInfo.project.name !== 'desktop', 'runs once, at both widths');
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, 'demo_township');
  const waiting = await page.request.get('/api/applications?actionable=true&limit=50');
  expect(waiting.status()).toBe(200);
  const item = ((await waiting.json()) as { data: Item[] }).data.find((a) => a.status === 'submitted');
  expect(item, 'the demo has an application waiting at the township').toBeDefined();

  await page.goto('/applications');
  await expect(page.getByTestId('application-card').filter({ hasText: item!.childName }).first()).toBeVisible();
  await page.goto(`/applications/${item!.id}`);
  await expect(page.getByTestId('deadline')).toContainText(/乡镇审核 · 还剩 \d+ 个工作日/);
  await expect(page.getByTestId('rule-check')).toBeVisible();
  await expect(page.getByTestId('act-approve')).toHaveCount(0);
  await page.getByTestId('act-verify').click();
  await page.getByTestId('act-dialog').getByLabel('意见').fill('经入户核实，情况属实');
  // The server's answer is checked itself, so a refusal fails here with its reason rather than as a stale status.
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/applications/${item!.id}/actions`)),
    page
      .getByRole('dialog')
      .getByRole('button', { name: /审核通过/ })
      .click(),
  ]);
  expect(answer.status(), await answer.text()).toBe(200);
  await expect(page.getByTestId('application-status')).toContainText('待县级审批');
  await expect(page.getByTestId('timeline-item').filter({ hasText: '经入户核实' })).toBeVisible();
  await expect(page.getByTestId('act-verify')).toHaveCount(0);
  // Done with this one: the next application waiting on the township, or word that none is left.
  await expect(page.getByTestId('next-pending')).toBeVisible();

  await page.context().clearCookies();
  await page.setViewportSize({ width: 1440, height: 900 });
  await useSession(page, 'demo_county');
  await page.goto('/applications');
  await expect(page.getByRole('link', { name: item!.childName })).toBeVisible();
  await page.goto(`/applications/${item!.id}`);
  for (const action of ['approve', 'reject', 'return']) await expect(page.getByTestId(`act-${action}`)).toBeVisible();
  await expect(page.getByTestId('deadline')).toContainText('县级审批');

  // 申请办理进度: the demo's late county step shows as a late count that opens the list filtered to it.
  const shots = process.env.E2E_OUTPUT_DIR ?? '/tmp/hehu-e2e-results';
  await page.goto('/applications/board');
  const late = page.getByTestId('board-overdue').first();
  await expect(late).toBeVisible();
  expect(Number(await late.textContent())).toBeGreaterThan(0);
  await page.screenshot({ path: `${shots}/application-board-desktop.png`, fullPage: true });
  await late.click();
  await expect(page).toHaveURL(/overdue=true/);
  await expect(page.getByRole('checkbox', { name: '只看超期' })).toBeChecked();
  await expect(page.locator('tr.ant-table-row').first()).toBeVisible();

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/applications/board');
  await expect(page.getByTestId('board-card').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/application-board-phone.png`, fullPage: true });
  expect(await smallTargets(page)).toEqual([]);
});

// Recording a category in a real browser: the dialog offers the category the rules find met, starting on the
// date the rules say it was met, and confirms the save.
import { expect, test } from '@playwright/test';
import { signIn } from './session.ts';

test('recording a category starts on the date the rules say it was met', async ({ page }) => {
  await signIn(page, 'demo_county');
  const found = await page.request.get('/api/potentially-eligible?limit=50');
  expect(found.status()).toBe(200);
  const items = ((await found.json()) as { data: { childId: string; category: string; since: string | null }[] }).data;
  const item = items.find((i) => i.since !== null);
  expect(item, 'the demo county has a child who may be eligible since a known date').toBeDefined();

  await page.goto(`/children/${item!.childId}?tab=categories`);
  await page.getByRole('button', { name: '登记保障类别' }).click();
  const dialog = page.getByTestId('record-category');
  await expect(dialog.getByLabel('开始日期')).toHaveValue(item!.since!);
  await dialog
    .getByLabel('审批文号')
    .fill(`乐民〔${new Date().getFullYear()}〕${Math.floor(Math.random() * 900) + 100}号`);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  await expect(page.getByText('保障类别已登记')).toBeVisible();
});

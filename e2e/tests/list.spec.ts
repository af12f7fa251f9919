// The children list's filters in a real browser: a chosen filter keeps its field's name.
import { expect, test } from '@playwright/test';
import { DEMO_VILLAGE, useSession } from './session.ts';

test('a chosen filter shows its field name with the value', async ({ page }, testInfo) => {
  await useSession(page, 'demo_county');
  await page.goto('/children');
  await expect(page.getByTestId('child-row').first()).toBeVisible();
  if (testInfo.project.name === 'phone') await page.getByRole('button', { name: '筛选' }).click();
  await page.getByRole('combobox', { name: '性别', exact: true }).click();
  await page.getByTitle('女', { exact: true }).click();
  await expect(page.getByText('性别：女')).toBeVisible();
});

test('one area box: typing a village name finds it and filters the list', async ({ page }, testInfo) => {
  await useSession(page, 'demo_county');
  await page.goto('/children');
  await expect(page.getByTestId('child-row').first()).toBeVisible();
  if (testInfo.project.name === 'phone') await page.getByRole('button', { name: '筛选' }).click();
  // One control for browsing and searching: no second search box beside it.
  await expect(page.getByRole('combobox', { name: '搜索地区名称或代码' })).toHaveCount(0);
  const area = page.getByRole('combobox', { name: '按地区筛选' });
  await area.click();
  await area.fill('篦子街');
  await page.locator('.hehu-division-popup').getByText(DEMO_VILLAGE, { exact: true }).click();
  await expect(page).toHaveURL(/division=511102004001/);
  await expect(page.locator('.ant-select-selection-item', { hasText: DEMO_VILLAGE })).toBeVisible();
});

test('the list sorts by age, shows the township, and remembers hidden columns', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the phone shows cards, not the table');
  await useSession(page, 'demo_county');
  await page.goto('/children');
  const rows = page.getByTestId('child-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '乡镇（街道）' })).toBeVisible();

  const ages = async () =>
    (await rows.locator('td:nth-child(3)').allInnerTexts()).map((text) => Number.parseInt(text, 10));
  await page.getByRole('columnheader', { name: '年龄' }).click();
  await expect.poll(async () => (await ages())[0]).toBe(0);
  const ascending = await ages();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await page.getByRole('columnheader', { name: '年龄' }).click();
  await expect.poll(async () => (await ages())[0]).toBeGreaterThanOrEqual(17);
  const descending = await ages();
  expect(descending).toEqual([...descending].sort((a, b) => b - a));

  // Hide the birth date column; it stays hidden after a reload.
  await page.locator('.ant-pro-table-list-toolbar-setting-item').click();
  await page.locator('.ant-pro-table-column-setting-list').getByText('出生日期', { exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: '出生日期' })).toHaveCount(0);
  await page.reload();
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '出生日期' })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: '年龄' })).toBeVisible();
});

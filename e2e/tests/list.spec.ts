// The children list's filters in a real browser: a chosen filter keeps its field's name.
import { expect, test } from '@playwright/test';
import { signIn } from './session.ts';

test('a chosen filter shows its field name with the value', async ({ page }, testInfo) => {
  await signIn(page, 'demo_county');
  await page.goto('/children');
  await expect(page.getByTestId('child-row').first()).toBeVisible();
  if (testInfo.project.name === 'phone') await page.getByRole('button', { name: '筛选' }).click();
  await page.getByRole('combobox', { name: '性别', exact: true }).click();
  await page.getByTitle('女', { exact: true }).click();
  await expect(page.getByText('性别：女')).toBeVisible();
});

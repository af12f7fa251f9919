// The menu as a phone user meets it: a drawer that opens from the menu button and closes once a page is chosen.
import { expect, test } from '@playwright/test';
import { signIn } from './session.ts';

test('on a phone the menu drawer closes after choosing a page', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the drawer is the phone layout');
  await signIn(page, 'demo_township');
  const drawer = page.locator('.ant-drawer-content-wrapper');
  await expect(drawer).toBeHidden();
  await page.locator('.ant-pro-global-header-collapsed-button').click();
  await expect(drawer).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('menu-open.png') });
  await drawer.getByRole('menuitem', { name: /儿童名册/ }).click();
  await drawer.getByRole('link', { name: '主动发现' }).click();
  await expect(page).toHaveURL(/\/potentially-eligible$/);
  await expect(drawer).toBeHidden();
});

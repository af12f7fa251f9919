// Shared by the end-to-end specs: signing in as a demo account through the real sign-in form.
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo#2026';
/** The demo village director's village (first village of the first township of 511102). */
export const DEMO_VILLAGE = '篦子街社区居委会';
export const DEMO_VILLAGE_CODE = '511102004001';
/** The demo county the village director's grant does not reach (犍为县). */
export const OTHER_DEMO_COUNTY = '511123';

export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('用户名').fill(username);
  await form.getByLabel('密码').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

// The sign-in page's own notice: a session that ends under the user (idle timeout, signed out elsewhere) brings
// them to the sign-in page, which says why, and signing in again returns them to the page they were on.
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signInWithForm } from './session.ts';

test('a session ended under the user: the sign-in page says so, and signing in returns to the page', async ({
  page,
}, testInfo) => {
  // Its own session, since this test ends it.
  await signInWithForm(page, 'demo_county');
  await page.goto('/children');
  // The first list on a busy two-core runner can take longer than the default wait.
  await expect(page.getByTestId('child-row').first()).toBeVisible({ timeout: 30_000 });

  // The session ends on the server (as the idle timeout ends it); the page does not know yet.
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const ended = await page.request.post('/api/auth/logout', { headers: { 'x-csrf-token': me.csrfToken } });
  expect(ended.ok()).toBe(true);

  // The next request the page makes is refused: the sign-in page, with the notice.
  await page.getByTestId('child-name').first().click();
  await expect(page).toHaveURL(/\/login$/);
  const notice = page.getByTestId('session-ended');
  await expect(notice).toContainText('已退出登录');
  await expect(notice).toContainText('长时间未操作或会话已失效，请重新登录。');
  await page.screenshot({ path: testInfo.outputPath('session-ended.png') });

  const form = page.getByTestId('login-form');
  await form.getByLabel('用户名').fill('demo_county');
  await form.getByLabel('密码').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/children\/[^/]+$/);
  await expect(page.getByTestId('session-ended')).toHaveCount(0);
});

test('the sign-in page opened directly shows no session notice', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByTestId('login-form').getByLabel('用户名')).toBeEditable();
  await expect(page.getByTestId('session-ended')).toHaveCount(0);
});

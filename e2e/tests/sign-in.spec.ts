// The sign-in page's own notice: a session that ends under the user (idle timeout, signed out elsewhere) brings
// them to the sign-in page, which says why, and signing in again returns them to the page they were on.
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signInWithForm } from './session.ts';
import { totpCode, totpStep } from './totp.ts';

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

test('a form sent empty names each missing field, and a wrong password says so', async ({ page }) => {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByRole('button', { name: /登\s*录/ }).click();
  await expect(form.getByText('请输入用户名')).toBeVisible();
  await expect(form.getByText('请输入密码')).toBeVisible();
  await expect(form.getByLabel('用户名')).toBeFocused();
  await expect(form.getByLabel('用户名')).toHaveAttribute('aria-invalid', 'true');
  // A field's message goes as soon as it is filled; the other stays.
  await form.getByLabel('用户名').fill('demo_county');
  await expect(form.getByText('请输入用户名')).toHaveCount(0);
  await expect(form.getByText('请输入密码')).toBeVisible();
  await form.getByLabel('密码').fill('not the password');
  await form.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: '连续多次失败后账号会被临时锁定' })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test('an account with two-step verification asks for the code, refuses a wrong one, and signs in with the right one', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'the steps do not depend on the width');
  test.setTimeout(120_000);
  // demo_welfare is used by no other browser test: it gets an authenticator here and loses it at the end.
  await signInWithForm(page, 'demo_welfare');
  const csrf = async () => ((await (await page.request.get('/api/me')).json()) as { csrfToken: string }).csrfToken;
  const setup = await page.request.post('/api/auth/totp/setup', {
    headers: { 'x-csrf-token': await csrf() },
    data: { password: DEMO_PASSWORD },
  });
  const { secret } = (await setup.json()) as { secret: string };
  const enrolledAt = totpStep();
  const enabled = await page.request.post('/api/auth/totp/enable', {
    headers: { 'x-csrf-token': await csrf() },
    data: { code: totpCode(secret, enrolledAt) },
  });
  expect(enabled.status()).toBe(204);
  await page.context().clearCookies();

  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('用户名').fill('demo_welfare');
  await form.getByLabel('密码').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: /登\s*录/ }).click();
  const code = form.getByLabel('动态验证码');
  await expect(code).toBeFocused();
  // Five digits are not a code: said under the field, nothing sent.
  await code.fill('12345');
  await form.getByRole('button', { name: '验证并登录' }).click();
  await expect(form.getByText('请输入 6 位数字验证码')).toBeVisible();
  // A wrong code: the server refuses it and the field is emptied for the next try.
  const right = totpCode(secret, enrolledAt + 1);
  await code.fill(right === '000000' ? '111111' : '000000');
  await form.getByRole('button', { name: '验证并登录' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '动态验证码错误或已过期' })).toBeVisible();
  await expect(code).toHaveValue('');
  // The next step's code (the server accepts one step ahead; the enrolment used this one).
  await code.fill(right);
  await form.getByRole('button', { name: '验证并登录' }).click();
  await expect(page).not.toHaveURL(/\/login/);

  // Back as seeded: removing the authenticator takes a code of a later step still.
  await expect.poll(() => totpStep(), { timeout: 40_000, intervals: [1000] }).toBeGreaterThan(enrolledAt);
  const removed = await page.request.post('/api/auth/totp/disable', {
    headers: { 'x-csrf-token': await csrf() },
    data: { password: DEMO_PASSWORD, code: totpCode(secret, enrolledAt + 2) },
  });
  expect(removed.status()).toBe(204);
});

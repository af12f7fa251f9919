// Shared by the end-to-end specs: signing in as a demo account through the real sign-in form.
import { expect, type Cookie, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo#2026';
/** The demo village director's village (first village of the first township of 511102). */
export const DEMO_VILLAGE = '篦子街社区居委会';
export const DEMO_VILLAGE_CODE = '511102004001';
/** The demo county the village director's grant does not reach (犍为县). */
export const OTHER_DEMO_COUNTY = '511123';

/** Through the sign-in form, every time (the tests of signing in and out use this). */
export async function signInWithForm(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('用户名').fill(username);
  await form.getByLabel('密码').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

// The session each account got from its first sign-in in this worker. The form is tested once per account;
// later tests take the session over (checked live, since the idle timeout, a sign-out or the per-user session
// limit can end it), which keeps the suite's time for the pages under test.
const sessions = new Map<string, Cookie[]>();

/**
 * Gives the page `username`'s session; the page is wherever it was (the form's first sign-in ends on the home
 * page). For tests whose next step opens a page of their own.
 */
export async function useSession(page: Page, username: string): Promise<void> {
  const context = page.context();
  const saved = sessions.get(username);
  if (saved) {
    await context.clearCookies();
    await context.addCookies(saved);
    const me = await page.request.get('/api/me');
    if (me.ok() && ((await me.json()) as { user?: { username?: string } }).user?.username === username) return;
    sessions.delete(username);
    await context.clearCookies();
  }
  await signInWithForm(page, username);
  sessions.set(username, await context.cookies());
}

/** Signs in as `username` and lands on the home page. */
export async function signIn(page: Page, username: string): Promise<void> {
  await useSession(page, username);
  if (new URL(page.url(), 'http://x').pathname !== '/') await page.goto('/');
  await expect(page).not.toHaveURL(/\/login/);
}

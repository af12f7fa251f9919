// Shared by the end-to-end specs: synthetic names and ID numbers no other run uses (so near-duplicate checks
// stay quiet), and setting records up through the API the web app uses, in the signed-in session.
import { expect, type Page } from '@playwright/test';

const GIVEN = '安柏晨帆书涵嘉乐霖沐宁诗彤轩雅奕悦泽知子';

/** One character for a synthetic given name. */
export const givenChar = () => GIVEN.charAt(Math.floor(Math.random() * GIVEN.length));

/** An ID-number sequence (0–997) whose parity gives the sex: odd for a man, even for a woman. */
export const idSequence = (odd: boolean) => 2 * Math.floor(Math.random() * 499) + (odd ? 1 : 0);

/** POSTs as the signed-in user (with the session's CSRF token) and expects 201. */
export async function apiPost<T>(page: Page, url: string, data: unknown): Promise<T> {
  const { csrfToken } = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const answer = await page.request.post(url, { data, headers: { 'x-csrf-token': csrfToken } });
  expect(answer.status(), `${url}: ${await answer.text()}`).toBe(201);
  return (await answer.json()) as T;
}

// The working-day calendar: the city officer is warned that next year is missing, enters its New Year's Day and
// the notice it comes from, and sees it saved; a make-up working day can only be picked on a weekend. The page
// at phone width keeps its dates and button in reach.
import { expect, test } from '@playwright/test';
import { signIn, useSession } from './session.ts';

test('the city officer enters the missing year and it is saved with its source', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one width enters the year; the phone test below reads it');
  await signIn(page, 'demo_city');
  const years = (await (await page.request.get('/api/calendar/years')).json()) as { firstMissing: number };
  const year = years.firstMissing;
  await page.goto('/calendar');
  await expect(page.getByRole('main').getByText('工作日历').first()).toBeVisible();
  const warning = page.getByRole('alert').filter({ hasText: `${year} 年的工作日历尚未录入` });
  if (Number(new Date().toISOString().slice(0, 4)) + 1 >= year) await expect(warning).toBeVisible();
  await expect(page.getByRole('button', { name: `保存 ${year} 年` })).toBeVisible();

  const holiday = page.getByRole('textbox', { name: /法定节假日（休息） 添加日期/ });
  await holiday.click();
  await holiday.fill(`${year}-01-01`);
  await holiday.press('Enter');
  await expect(page.getByTestId('calendar-holidays')).toContainText('01-01');

  // A weekday cannot be picked as a make-up working day: the picker refuses it, nothing is added.
  const workday = page.getByRole('textbox', { name: /调休上班日（周末上班） 添加日期/ });
  const firstMonday = [1, 2, 3, 4, 5, 6, 7]
    .map((d) => `${year}-02-0${d}`)
    .find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1)!;
  await workday.click();
  await workday.fill(firstMonday);
  await workday.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('calendar-workdays')).toContainText('尚无日期');

  await page.getByPlaceholder(/国务院办公厅关于/).fill(`国务院办公厅关于${year}年部分节假日安排的通知`);
  const saved = page.waitForResponse(
    (r) => r.url().endsWith(`/api/calendar/years/${year}`) && r.request().method() === 'PUT',
  );
  await page.getByRole('button', { name: `保存 ${year} 年` }).click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByText(`${year} 年工作日历已保存`)).toBeVisible();
  await expect(page.getByText(/版本 1，.+ 于 .+ 修改/)).toBeVisible();
  const after = (await (await page.request.get('/api/calendar/years')).json()) as {
    data: { year: number; holidays: string[] }[];
  };
  expect(after.data.find((y) => y.year === year)?.holidays).toEqual([`${year}-01-01`]);
});

test('on a phone the calendar reads and its save button is a full-size target', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'phone width');
  await useSession(page, 'demo_city');
  await page.goto('/calendar');
  // The current year comes with the system's data: its New Year's Day is listed.
  const { today } = (await (await page.request.get('/api/calendar/years')).json()) as { today: string };
  await page.locator('.ant-segmented-item', { hasText: today.slice(0, 4) }).click();
  await expect(page.getByTestId('calendar-holidays').getByText(/01-01/).first()).toBeVisible();
  const save = page.getByRole('button', { name: /保存 \d{4} 年/ });
  const box = await save.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(40);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
  // Each date's remove target is thumb-sized too.
  const remove = page.getByTestId('calendar-holidays').getByRole('button', { name: /删除 \d{4}-01-01/ });
  const cross = await remove.first().boundingBox();
  expect(cross?.height ?? 0).toBeGreaterThanOrEqual(44);
  expect(cross?.width ?? 0).toBeGreaterThanOrEqual(44);
  await page.screenshot({ path: info.outputPath('calendar-phone.png'), fullPage: true });
});

test('a village director has no calendar in the menu and the page is refused', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one width');
  await signIn(page, 'demo_village');
  await expect(page.getByRole('menuitem', { name: '工作日历' })).toHaveCount(0);
  await page.goto('/calendar');
  await expect(page.getByText(/403|无权/).first()).toBeVisible();
});

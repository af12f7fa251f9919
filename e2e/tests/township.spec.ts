// The township supervisor's home page: its villages at a glance, the villages with files behind first, each a
// link into the children list of that village — at desktop and phone width.
import { expect, test } from '@playwright/test';
import { signIn } from './session.ts';

test("the township supervisor sees its villages, behind first, and opens one village's children", async ({ page }) => {
  await signIn(page, 'demo_township');
  const overview = page.getByTestId('village-overview');
  await expect(overview.getByTestId('village-summary')).toContainText(
    /\d+ 个村（社区） · 在册儿童 \d+ 名 · 滞后档案 [1-9]\d* 份/,
  );
  const rows = overview.getByTestId('village-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(1);
  // The first village has files behind, with the reasons.
  await expect(rows.first()).toContainText(/未录入家庭成员|无现任监护人或父母|可能符合条件未认定|疑似重复|转移未决/);
  // The home page's tasks are still there below.
  await expect(page.getByTestId('task-card').first()).toBeVisible();

  const name = (await rows.first().getByRole('link').first().innerText()).trim();
  await rows.first().getByRole('link', { name }).click();
  await expect(page).toHaveURL(/\/children\?division=\d{12}&status=active/);
  const code = new URL(page.url()).searchParams.get('division') ?? '';
  // The list shows that village's children: the same number as the server's list filtered to it.
  const { csrfToken } = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const answer = await page.request.post('/api/children/search', {
    data: { division: code, status: 'active', limit: 1 },
    headers: { 'x-csrf-token': csrfToken },
  });
  const { total } = (await answer.json()) as { total: number };
  expect(total).toBeGreaterThan(0);
  // The village's children: all of them when they fit one page, and the village's name beside them.
  const shown = page.getByTestId('child-row');
  await expect(shown.first()).toBeVisible({ timeout: 20_000 });
  if (total <= 10) await expect(shown).toHaveCount(total);
  await expect(page.getByTestId('children-list').getByText(name).first()).toBeVisible();
});

test('a village director has no township overview on its home page', async ({ page }) => {
  await signIn(page, 'demo_village');
  await expect(page.getByTestId('task-card').first()).toBeVisible();
  await expect(page.getByTestId('village-overview')).toHaveCount(0);
});

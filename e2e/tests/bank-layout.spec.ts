// The county's bank file layout in a real browser: the county officer sees the shared 9-column layout in use,
// edits it into a layout of the county's own (a header renamed, a column moved, an empty header refused on its
// field), and the page then shows the county's layout in use. The shared layout is chosen back at the end so the
// other browser tests export as before.
import { expect, test, type Page } from '@playwright/test';
import { smallTargets } from './a11y.ts';
import { signIn } from './session.ts';

const COUNTY = '511102';
const SHOTS = process.env.E2E_OUTPUT_DIR ?? '/tmp/hehu-e2e-results';

async function send(page: Page, method: 'PUT', url: string, data: unknown) {
  const { csrfToken } = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  return page.request.fetch(url, { method, data, headers: { 'x-csrf-token': csrfToken } });
}

test('the county officer edits the bank layout into its own and uses it', async ({ page }, info) => {
  const phone = info.project.name === 'phone';
  await signIn(page, 'demo_county');
  await send(page, 'PUT', `/api/allowances/counties/${COUNTY}/bank-layout`, { layoutCode: 'standard9' });
  await page.goto('/allowances/bank-layout');
  const inUse = page.getByTestId('layout-in-use');
  await expect(inUse).toContainText('通用代发模板（9 列）');
  await expect(inUse).toContainText('联行行号');
  await page.screenshot({ path: `${SHOTS}/bank-layout-${info.project.name}.png`, fullPage: true });
  if (phone) expect(await smallTargets(page), 'bank layout: controls below 44 px').toEqual([]);

  await page.getByTestId('layout-edit-current').click();
  const editor = page.getByRole('dialog');
  const headers = editor.getByLabel('表头名称');
  await expect(headers).toHaveCount(9);
  await headers.nth(1).fill('');
  await editor.getByRole('button', { name: '保存并启用' }).click();
  await expect(editor).toContainText('请填写表头名称');
  await headers.nth(1).fill('收款账号');
  await editor.getByRole('button', { name: '上移' }).nth(1).click(); // 账号 before 序号
  await page.screenshot({ path: `${SHOTS}/bank-layout-editor-${info.project.name}.png`, fullPage: true });
  await editor.getByRole('button', { name: '保存并启用' }).click();
  await expect(editor).toBeHidden();

  await expect(inUse).toContainText('本县格式');
  await expect(inUse.getByTestId('layout-columns')).toContainText('收款账号');
  const view = (await (await page.request.get(`/api/allowances/counties/${COUNTY}/bank-layout`)).json()) as {
    layoutCode: string;
    layouts: { code: string; columns: { header: string }[] }[];
  };
  const used = view.layouts.find((l) => l.code === view.layoutCode);
  expect(used?.columns.slice(0, 2).map((c) => c.header)).toEqual(['收款账号', '序号']);
  await page.screenshot({ path: `${SHOTS}/bank-layout-saved-${info.project.name}.png`, fullPage: true });
  await send(page, 'PUT', `/api/allowances/counties/${COUNTY}/bank-layout`, { layoutCode: 'standard9' });
});

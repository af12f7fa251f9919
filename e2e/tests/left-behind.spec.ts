// Left-behind care in a real browser: the village director follows the home page's task to the children whose
// parents have not called for a week, logs a call and sees the alert go; a carer under 18 is refused next to the
// carer field; the signed agreement's scan is uploaded beside its date and opened; on a phone the list is cards and
// the care tab is one tap away. Children come from the API.
import { expect, test, type Page } from '@playwright/test';
import { apiPost, givenChar } from './test-data.ts';
import { contrasts, smallTargets } from './a11y.ts';
import { signIn } from './session.ts';

const SHOTS = process.env.E2E_OUTPUT_DIR ?? '/tmp/hehu-e2e-results';

interface CareItem {
  id: string;
  name: string;
  contactOverdue: boolean;
}

async function careList(page: Page, alert?: string): Promise<CareItem[]> {
  const answer = await page.request.get(`/api/left-behind/children${alert ? `?alert=${alert}` : ''}`);
  expect(answer.status(), await answer.text()).toBe(200);
  return ((await answer.json()) as { data: CareItem[] }).data;
}

const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

test('from the task to the list of overdue contacts, a logged call clears the alert', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'changes demo data: runs once');
  await signIn(page, 'demo_village');
  const overdue = await careList(page, 'contact');
  expect(overdue.length, 'the demo village has a left-behind child without contact for a week').toBeGreaterThan(0);

  await page.goto('/');
  const task = page.getByTestId('task-card').filter({ hasText: '超过一周未联系' });
  const [listed] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/left-behind/children?alert=contact')),
    task.getByRole('button', { name: /去处理/ }).click(),
  ]);
  expect(listed.status()).toBe(200);
  await expect(page).toHaveURL(/\/left-behind\?alert=contact/);
  await expect(page.getByTestId('care-filter-contact')).toHaveAttribute('aria-pressed', 'true');
  const rows = page.getByTestId('care-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(overdue.length);
  await expect(rows.getByTestId('alert-contact')).toHaveCount(overdue.length);

  const child = overdue[0]!;
  const careRead = page.waitForResponse((r) => r.url().endsWith(`/api/children/${child.id}/care`));
  await page.getByTestId('care-table').getByRole('link', { name: child.name, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/children/${child.id}\\?tab=care`));
  expect((await careRead).status()).toBe(200);
  await expect(page.getByTestId('care-alert-CONTACT_OVERDUE')).toBeVisible();

  await page.getByTestId('contact-add').click();
  const form = page.getByTestId('contact-form');
  await form.getByLabel('备注').fill('母亲视频通话，询问学习情况');
  const [saved] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/children/${child.id}/contacts`)),
    page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click(),
  ]);
  expect(saved.status(), await saved.text()).toBe(201);
  await expect(page.getByText('联系记录已保存')).toBeVisible();
  await expect(page.getByTestId('contact-item').first()).toContainText(today());
  await expect(page.getByTestId('contact-item').first()).toContainText('母亲视频通话');
  await expect(page.getByTestId('care-alert-CONTACT_OVERDUE')).toHaveCount(0);

  await page.goto('/left-behind?alert=contact');
  await expect(page.getByTestId('care-filter-contact')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('link', { name: child.name, exact: true })).toHaveCount(0);
});

test('a carer under 18 is refused next to the carer field, in Chinese', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'changes demo data: runs once');
  await signIn(page, 'demo_village');
  const [child] = await careList(page);
  expect(child, 'the demo village has a left-behind child').toBeDefined();
  const year = new Date().getFullYear() - 15;
  const carerName = `少${givenChar()}${givenChar()}`;
  await apiPost(page, `/api/children/${child!.id}/relations`, {
    kind: 'entrusted_carer',
    relationLabel: '堂兄',
    startDate: today(),
    person: { name: carerName, birthDate: `${year}-03-01` },
  });

  await page.goto(`/children/${child!.id}?tab=care`);
  await page.getByTestId('care-edit').click();
  const form = page.getByTestId('care-form');
  // The select itself, not its input: a chosen value covers the input.
  const select = (label: string) => form.locator('.ant-select', { has: page.getByLabel(label) });
  await select('居住方式').click();
  const option = (text: string | RegExp) =>
    page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text });
  await option('由委托照护人照料').click();
  await select('被委托照护人').click();
  await option(carerName).click();
  await form.getByLabel('具有完全民事行为能力').check();
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/children/${child!.id}/care`) && r.request().method() === 'PUT'),
    form.getByTestId('care-save').click(),
  ]);
  expect(answer.status()).toBe(400);
  expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('CARER_NOT_ELIGIBLE');
  const carerItem = form.locator('.ant-form-item').filter({ has: page.getByLabel('被委托照护人') });
  await expect(carerItem.locator('.ant-form-item-explain-error')).toContainText('被委托照护人须年满 18 周岁');
});

test("a save over someone else's change says so and shows their record", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'changes demo data: runs once');
  await signIn(page, 'demo_village');
  interface Care {
    care: ({ version: number; carerCheckedOn: string | null; updatedAt: string } & Record<string, unknown>) | null;
    carerProblems: unknown[];
  }
  let found: { id: string; care: NonNullable<Care['care']> } | undefined;
  for (const item of await careList(page)) {
    const view = (await (await page.request.get(`/api/children/${item.id}/care`)).json()) as Care;
    if (view.care && view.carerProblems.length === 0) found = { id: item.id, care: view.care };
    if (found) break;
  }
  expect(found, 'the demo village has a care record whose carer passes the check').toBeDefined();
  const { id, care } = found!;

  await page.goto(`/children/${id}?tab=care`);
  await page.getByTestId('care-edit').click();
  await expect(page.getByTestId('care-form')).toBeVisible();
  // Another worker saves the same record first.
  const { csrfToken } = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const { carerCheckedOn: _checked, updatedAt: _updated, ...body } = care;
  const other = await page.request.put(`/api/children/${id}/care`, {
    data: { ...body, carerEvidence: '乡镇督导员入户复核' },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(other.status(), await other.text()).toBe(200);

  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/children/${id}/care`) && r.request().method() === 'PUT'),
    page.getByTestId('care-save').click(),
  ]);
  expect(answer.status()).toBe(409);
  await expect(page.getByText('关爱记录已被他人修改')).toBeVisible();
  await expect(page.getByTestId('care-summary')).toContainText('乡镇督导员入户复核');
});

test('the signed agreement scan is uploaded beside the date, linked and opened audited', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'changes demo data: runs once');
  await signIn(page, 'demo_village');
  let found: string | undefined;
  for (const item of await careList(page)) {
    const view = (await (await page.request.get(`/api/children/${item.id}/care`)).json()) as {
      care: unknown;
      carerProblems: unknown[];
    };
    if (view.care && view.carerProblems.length === 0) found = item.id;
    if (found) break;
  }
  expect(found, 'the demo village has a care record whose carer passes the check').toBeDefined();
  const id = found!;

  await page.goto(`/children/${id}?tab=care`);
  const scan = page.getByTestId('care-agreement-scan');
  await expect(scan.getByRole('button', { name: /上传协议扫描件|重新上传扫描件/ })).toBeVisible();
  const fileName = `委托照护协议-${givenChar()}${givenChar()}.pdf`;
  const [uploaded, linked] = await Promise.all([
    page.waitForResponse((r) => r.url().includes(`/api/children/${id}/documents`) && r.request().method() === 'POST'),
    page.waitForResponse((r) => r.url().endsWith(`/api/children/${id}/care`) && r.request().method() === 'PUT'),
    scan.getByTestId('care-agreement-file-input').setInputFiles({
      name: fileName,
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    }),
  ]);
  expect(uploaded.status(), await uploaded.text()).toBe(201);
  expect(linked.status(), await linked.text()).toBe(200);
  await expect(page.getByText('协议扫描件已上传并关联到关爱记录')).toBeVisible();
  await expect(scan.getByTestId('care-agreement-file')).toHaveText(fileName);
  const view = scan.getByTestId('care-agreement-view');
  await expect(view).toHaveText('查看');
  const href = await view.getAttribute('href');
  expect(href).toMatch(new RegExp(`^/api/children/${id}/documents/[0-9a-f-]{36}/content$`));
  const content = await page.request.get(href!);
  expect(content.status()).toBe(200);
  expect(content.headers()['content-type']).toContain('application/pdf');

  // A wrong scan is unlinked after a confirmation: the record stops naming it, the file stays under 材料.
  await page.screenshot({ path: `${SHOTS}/care-agreement-linked-desktop.png` });
  await scan.getByTestId('care-agreement-unlink').click();
  const [unlinked] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/children/${id}/care/agreement-document/unlink`)),
    page
      .getByRole('button', { name: /解除关联/ })
      .last()
      .click(),
  ]);
  expect(unlinked.status(), await unlinked.text()).toBe(200);
  await expect(page.getByText('已解除关联，扫描件仍在“材料”中')).toBeVisible();
  await expect(scan.getByTestId('care-agreement-file')).toHaveCount(0);
  await expect(scan).toContainText('未上传协议扫描件');
  const documents = (await (await page.request.get(`/api/children/${id}/documents`)).json()) as {
    data: { fileName: string }[];
  };
  expect(documents.data.map((d) => d.fileName)).toContain(fileName);
});

test('on a phone the list is cards and the care tab opens from one', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the phone layout');
  await signIn(page, 'demo_village');
  const children = await careList(page);
  expect(children.length).toBeGreaterThan(0);
  const [listed] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/left-behind/children')),
    page.goto('/left-behind'),
  ]);
  expect(listed.status()).toBe(200);
  await expect(page.getByTestId('care-card')).toHaveCount(children.length);
  await expect(page.getByTestId('care-table')).toHaveCount(0);
  // Thumb-sized controls and tags readable at 4.5:1, as on the other phone pages.
  expect(await smallTargets(page), 'list: controls below 44 px').toEqual([]);
  for (const tag of await contrasts(page, '.ant-tag'))
    expect(tag.ratio, `${tag.what} (${tag.colour} on ${tag.background})`).toBeGreaterThanOrEqual(4.5);

  await page.getByTestId('care-card').first().getByRole('link').click();
  await expect(page).toHaveURL(/\?tab=care/);
  await expect(page.getByTestId('care-tab')).toBeVisible();
  await expect(page.getByRole('tab', { name: '留守照护' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: '基本信息' }).click();
  await page.getByRole('tab', { name: '留守照护' }).click();
  await expect(page.getByTestId('care-contacts')).toBeVisible();
  await expect(page.locator('.ant-skeleton')).toHaveCount(0);
  expect(await smallTargets(page), 'care tab: controls below 44 px').toEqual([]);
});

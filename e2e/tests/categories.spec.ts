// Recording a category in a real browser: the dialog offers the category the rules find met, starting on the
// date the rules say it was met, takes the decision document along, and confirms the save.
import { expect, test } from '@playwright/test';
import { signIn } from './session.ts';

test('recording a category starts on the date the rules say it was met', async ({ page }) => {
  await signIn(page, 'demo_county');
  const found = await page.request.get('/api/potentially-eligible?limit=50');
  expect(found.status()).toBe(200);
  const items = ((await found.json()) as { data: { childId: string; category: string; since: string | null }[] }).data;
  // A child holding another category may be refused one that does not stack with it (the seed's ages move with
  // the date), so the test takes a child who holds none and whose first category in the dialog is this one.
  let item: (typeof items)[number] | undefined;
  for (const candidate of items.filter((i) => i.since !== null)) {
    const view = await page.request.get(`/api/children/${candidate.childId}/categories`);
    const body = (await view.json()) as { held: { active: boolean }[]; potential: string[] };
    if (body.held.every((h) => !h.active) && body.potential[0] === candidate.category) {
      item = candidate;
      break;
    }
  }
  expect(item, 'the demo county has a child holding no category who may be eligible since a known date').toBeDefined();

  await page.goto(`/children/${item!.childId}?tab=categories`);
  await page.getByRole('button', { name: '登记保障类别' }).click();
  const dialog = page.getByTestId('record-category');
  await expect(dialog.getByLabel('开始日期')).toHaveValue(item!.since!);
  const decisionRef = `乐民〔${new Date().getFullYear()}〕${Math.floor(Math.random() * 900) + 100}号`;
  await dialog.getByLabel('审批文号').fill(decisionRef);
  // The decision document goes with the category, in the same dialog.
  await dialog.getByTestId('decision-file').setInputFiles({
    name: '认定决定书.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  });
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  await expect(page.getByText('保障类别已登记')).toBeVisible();

  const docs = await page.request.get(`/api/children/${item!.childId}/documents`);
  const list = ((await docs.json()) as { data: { title: string; subjectType: string; fileName: string }[] }).data;
  const decision = list.find((d) => d.title.includes(decisionRef));
  expect(decision, 'the decision document is on the file').toBeDefined();
  expect(decision!.subjectType).toBe('category');
  expect(decision!.fileName).toBe('认定决定书.pdf');
});

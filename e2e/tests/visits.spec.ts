// Visits and risk assessment in a real browser: a village director on a phone records a visit with a photo while
// offline, sees it waiting in the outbox and the header, and sees it sent once the network is back; a visit date
// in the future is refused with the field's Chinese message; a risk assessment made from the child's file shows on
// its tab.
import { deflateSync, crc32 } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { contrasts, smallTargets } from './a11y.ts';
import { signIn, useSession } from './session.ts';

interface PlanRow {
  childId: string;
  name: string;
  standing: string;
}
interface ChildVisits {
  data: { id: string; living: string; photoIds: string[]; photos: { id: string; thumbnail: boolean }[] }[];
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A gradient PNG made here, so the test needs no fixture; the browser turns it into a JPEG before upload. */
function gradientPng(width: number, height: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set([(x * 255) / width, (y * 255) / height, 160], 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A child on the signed-in director's visit plan, overdue ones first as the server orders them. */
async function childToVisit(page: Page, index = 0): Promise<PlanRow> {
  const answer = await page.request.get('/api/visits/mine?limit=50');
  expect(answer.status()).toBe(200);
  const rows = ((await answer.json()) as { data: PlanRow[] }).data;
  const row = rows[index];
  expect(row, 'the demo director has children to visit').toBeDefined();
  return row!;
}

test('a visit recorded offline with a photo waits in the outbox and is sent when the network is back', async ({
  page,
  context,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'a village director on a phone');
  await signIn(page, 'demo_village');
  const child = await childToVisit(page);
  await page.goto('/visits');
  await expect(page.getByTestId('visit-counts')).toBeVisible();
  await expect(page.getByTestId('visit-plan-row').first()).toBeVisible();
  expect(await smallTargets(page), 'my visits: controls below 44 px').toEqual([]);
  // The due lines are coloured by how late they are; each colour must still read at 4.5:1.
  const planTexts = await contrasts(page, '.ant-typography, .ant-tag, .ant-statistic-title, .ant-statistic-content');
  expect(planTexts.length, 'my visits: texts measured').toBeGreaterThan(3);
  for (const x of planTexts) expect(x.ratio, `${x.what} (${x.colour} on ${x.background})`).toBeGreaterThanOrEqual(4.5);

  await page.goto(`/visits/new?child=${child.childId}`);
  const form = page.getByTestId('visit-form');
  await expect(form).toBeVisible();
  expect(await smallTargets(page), 'visit form: controls below 44 px').toEqual([]);
  const finding = `离线走访记录 ${Date.now()}`;

  await context.setOffline(true);
  await form.getByLabel('生活情况').fill(finding);
  await form
    .locator('input[type=file]')
    .setInputFiles({ name: 'home.png', mimeType: 'image/png', buffer: gradientPng(480, 360) });
  await expect(form.locator('.ant-upload-list-item')).toHaveCount(1);
  await form.getByRole('button', { name: '保存走访' }).click();

  await expect(page).toHaveURL(/\/visits$/);
  await expect(page.getByTestId('outbox-count')).toContainText('待发送 1 条');
  await expect(page.getByTestId('outbox-item').filter({ hasText: child.name })).toContainText('1 张照片');
  await page.screenshot({ path: testInfo.outputPath('outbox-375.png'), fullPage: true });

  // Back online: the 'online' event sends the visit, then its photo, then the photo's thumbnail.
  const sentVisit = page.waitForResponse((r) => r.url().endsWith('/api/visits') && r.request().method() === 'POST');
  const sentPhoto = page.waitForResponse((r) => /\/api\/visits\/[^/]+\/photos$/.test(r.url()));
  const sentThumbnail = page.waitForResponse(
    (r) => /\/api\/visits\/[^/]+\/photos\/[^/]+\/thumbnail$/.test(r.url()) && r.request().method() === 'PUT',
  );
  await context.setOffline(false);
  expect((await sentVisit).status()).toBe(201);
  expect((await sentPhoto).status()).toBe(201);
  expect((await sentThumbnail).status()).toBe(200);
  await expect(page.getByTestId('outbox-count')).toHaveCount(0);
  await expect(page.getByTestId('visit-outbox')).toHaveCount(0);

  const stored = await page.request.get(`/api/children/${child.childId}/visits`);
  const visit = ((await stored.json()) as ChildVisits).data.find((v) => v.living === finding);
  expect(visit, 'the visit typed offline is on the server').toBeDefined();
  expect(visit!.photoIds).toHaveLength(1);
  expect(visit!.photos).toEqual([{ id: visit!.photoIds[0], thumbnail: true }]);

  await page.goto(`/children/${child.childId}?tab=visits`);
  const item = page.getByTestId('child-visit').filter({ hasText: finding });
  await expect(item).toContainText('照片 1 张');
  // The timeline loads the thumbnail the phone drew (320 px on the long side of the 480 × 360 picture) ...
  const thumbnail = item.getByAltText(/走访照片 1$/);
  await expect(thumbnail).toHaveAttribute('src', new RegExp(`/api/visits/${visit!.id}/photos/[^/]+/thumbnail$`));
  await expect
    .poll(() => thumbnail.evaluate((img: HTMLImageElement) => `${img.naturalWidth}×${img.naturalHeight}`))
    .toBe('320×240');
  for (const x of await contrasts(
    page,
    '[data-testid="child-visit"] .ant-typography, [data-testid="child-visit"] .ant-tag',
  ))
    expect(x.ratio, `${x.what} (${x.colour} on ${x.background})`).toBeGreaterThanOrEqual(4.5);
  await page.screenshot({ path: testInfo.outputPath('child-visits-375.png'), fullPage: true });
  // ... and opens the whole photo.
  // The tap lands on antd's mask over the picture (查看原图), as a finger's would.
  await item.getByText('查看原图').click();
  const whole = page.locator('.ant-image-preview-img');
  await expect(whole).toHaveAttribute('src', `/api/children/${child.childId}/documents/${visit!.photoIds[0]}/content`);
  await expect.poll(() => whole.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
  await page.screenshot({ path: testInfo.outputPath('child-visit-photo-375.png') });
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(thumbnail).toBeVisible();
  // From the top, so the fixed header is drawn where it belongs in the full-page picture.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: testInfo.outputPath('child-visits-1440.png'), fullPage: true });
});

test('the demo’s visits come with photos: the child’s timeline shows their thumbnails', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'once, from a phone and then wide');
  await signIn(page, 'demo_village');
  // The seed gives photos to the latest visit of the children visited longest ago: first on the director's plan.
  const plan = await page.request.get('/api/visits/mine?limit=10');
  let found: { childId: string; visit: ChildVisits['data'][number] } | undefined;
  for (const row of ((await plan.json()) as { data: PlanRow[] }).data) {
    const visits = (await (await page.request.get(`/api/children/${row.childId}/visits`)).json()) as ChildVisits;
    const visit = visits.data.find((v) => v.photos.length > 0);
    if (visit) {
      found = { childId: row.childId, visit };
      break;
    }
  }
  expect(found, 'a demo visit with photos on the director’s plan').toBeDefined();
  const { childId, visit } = found!;
  expect(visit.photos.every((p) => p.thumbnail)).toBe(true);
  await page.goto(`/children/${childId}?tab=visits`);
  const item = page.getByTestId('child-visit').filter({ has: page.getByAltText(/走访照片 1$/) });
  const thumbnail = item.getByAltText(/走访照片 1$/);
  await expect(thumbnail).toHaveAttribute('src', new RegExp(`/api/visits/${visit.id}/photos/[^/]+/thumbnail$`));
  await expect
    .poll(() => thumbnail.evaluate((img: HTMLImageElement) => `${img.naturalWidth}×${img.naturalHeight}`))
    .toBe('320×240');
  await expect(item.getByRole('img', { name: /走访照片/ })).toHaveCount(visit.photos.length);
  await page.screenshot({ path: testInfo.outputPath('demo-visit-photos-375.png'), fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(thumbnail).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath('demo-visit-photos-1440.png'), fullPage: true });
});

test('a visit date after today is refused with the field’s message', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'form validation, once');
  await signIn(page, 'demo_village');
  const child = await childToVisit(page, 1);
  await page.goto(`/visits/new?child=${child.childId}`);
  const form = page.getByTestId('visit-form');
  await expect(form).toBeVisible();
  const date = form.getByLabel('走访日期');
  await date.click();
  await date.fill('2099-01-01');
  await date.press('Enter');
  let posted = false;
  page.on('request', (r) => {
    if (r.url().endsWith('/api/visits') && r.method() === 'POST') posted = true;
  });
  await form.getByRole('button', { name: '保存走访' }).click();
  await expect(form.locator('.ant-form-item-explain-error')).toContainText('走访日期不能晚于今天');
  await page.screenshot({ path: testInfo.outputPath('visit-form-1366.png'), fullPage: true });
  expect(posted).toBe(false);
});

test('a risk assessment made from the child’s file shows on its tab', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'once');
  await signIn(page, 'demo_village');
  const child = await childToVisit(page, 2);
  await page.goto(`/children/${child.childId}?tab=visits`);
  await page.getByTestId('assess-risk').click();
  const form = page.getByTestId('assessment-form');
  await expect(form).toBeVisible();
  // The lowest-risk answer to every item: 监护正常.
  const groups = form.locator('[data-testid^="risk-item-"]');
  const count = await groups.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) await groups.nth(i).locator('.ant-radio-wrapper').first().click();
  await expect(page.getByTestId('risk-preview')).toContainText('监护正常');
  await page.screenshot({ path: testInfo.outputPath('assessment-1366.png'), fullPage: true });
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/children/${child.childId}/assessments`)),
    page.getByRole('button', { name: '提交评估' }).click(),
  ]);
  expect(answer.status(), await answer.text()).toBe(201);
  await expect(page.getByTestId('assessment-result')).toContainText('监护正常');
  await page.getByRole('button', { name: '返回儿童档案' }).click();
  await expect(page.getByTestId('child-assessment').first()).toContainText('监护正常');
});

test('a risk assessment typed offline waits in the outbox and is stored once when the network is back', async ({
  page,
  context,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'a village director on a phone');
  await signIn(page, 'demo_village');
  const child = await childToVisit(page, 3);
  const before = (await (await page.request.get(`/api/children/${child.childId}/assessments`)).json()) as {
    data: unknown[];
  };
  // My visits is opened once while online, as a director does, so its page is at hand offline.
  await page.goto('/visits');
  await expect(page.getByTestId('visit-counts')).toBeVisible();
  await page.goto(`/children/${child.childId}/assessments/new`);
  const form = page.getByTestId('assessment-form');
  await expect(form).toBeVisible();
  const groups = form.locator('[data-testid^="risk-item-"]');
  const count = await groups.count();
  for (let i = 0; i < count; i++) await groups.nth(i).locator('.ant-radio-wrapper').first().click();
  await expect(page.getByTestId('risk-preview')).toContainText('监护正常');

  await context.setOffline(true);
  await page.getByRole('button', { name: '提交评估' }).click();
  await expect(page.getByTestId('assessment-queued')).toContainText('评估已保存在本机，待发送');
  await expect(page.getByTestId('outbox-count')).toContainText('待发送 1 条');
  await page.screenshot({ path: testInfo.outputPath('assessment-queued-375.png'), fullPage: true });
  await page.getByTestId('outbox-count').click();
  await expect(page).toHaveURL(/\/visits$/);
  await expect(page.getByTestId('outbox-assessment').filter({ hasText: child.name })).toContainText('监护风险评估');
  expect(await smallTargets(page), 'outbox: controls below 44 px').toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('assessment-outbox-375.png'), fullPage: true });

  const sent = page.waitForResponse((r) => r.url().endsWith(`/api/children/${child.childId}/assessments`));
  await context.setOffline(false);
  expect((await sent).status()).toBe(201);
  await expect(page.getByTestId('outbox-count')).toHaveCount(0);
  await expect(page.getByTestId('visit-outbox')).toHaveCount(0);
  const after = (await (await page.request.get(`/api/children/${child.childId}/assessments`)).json()) as {
    data: unknown[];
  };
  expect(after.data).toHaveLength(before.data.length + 1);
});

test('the county sees visit progress by township, with its name in the heading; a township on a phone as cards', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'sets both widths itself');
  await useSession(page, 'demo_county');
  await page.goto('/visits/board');
  await expect(page.getByTestId('board-heading')).toHaveText('市中区 · 走访进度');
  await expect(page.getByTestId('visit-board').locator('tbody tr.ant-table-row').first()).toBeVisible();

  await page.context().clearCookies();
  await page.setViewportSize({ width: 375, height: 800 });
  await useSession(page, 'demo_township');
  await page.goto('/visits/board');
  await expect(page.getByTestId('board-heading')).toContainText('· 走访进度');
  await expect(page.getByTestId('board-card').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('board-375.png'), fullPage: true });
});

// The child's photo in a real browser: a village director opens a new file (placeholder, no photo),
// is told in Chinese when a file is not an image, uploads a PNG and sees it in the header, loaded.
import { mkdirSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_VILLAGE_CODE, signIn } from './session.ts';

const SHOTS = '/tmp/shots';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 96×96 PNG (a light head-and-shoulders silhouette on blue), made here so the test needs no fixture. */
function portraitPng(size = 96): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const head = (x - size / 2) ** 2 + (y - size * 0.38) ** 2 < (size * 0.2) ** 2;
      const shoulders = y > size * 0.66 && (x - size / 2) ** 2 + (y - size * 1.05) ** 2 < (size * 0.42) ** 2;
      const [r, g, b] = head || shoulders ? [250, 224, 196] : [64 + y, 128 + (x >> 1), 220];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A new child in the director's village, through the API the web app uses (same session). */
async function newChild(page: Page): Promise<string> {
  const me = await page.request.get('/api/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const res = await page.request.post('/api/children', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      name: `照片${String(Math.floor(Math.random() * 1e6))}`,
      birthDate: '2016-04-12',
      sex: 'F',
      noIdReason: '户口登记办理中',
      divisionCode: DEMO_VILLAGE_CODE,
      confirmNotDuplicate: true,
    },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

test('a village director uploads a photo on a child file and sees it in the header', async ({ page }, testInfo) => {
  await signIn(page, 'demo_village');
  const id = await newChild(page);
  await page.goto(`/children/${id}`);
  const header = page.getByTestId('child-file-header');
  await expect(header.getByTestId('child-photo-placeholder')).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await header.screenshot({ path: `${SHOTS}/photo-placeholder-${testInfo.project.name}.png` });
  const input = header.locator('[data-testid="child-photo-box"] input[type="file"]');

  // Refused in the browser by its type, before anything is sent.
  await input.setInputFiles({ name: '户口簿.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') });
  await expect(page.getByText('照片只能是 JPG、PNG 或 WebP 图片')).toBeVisible();
  // A PDF renamed .png passes the browser's check; the server reads the bytes and says why.
  await input.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await expect(page.getByText(/照片（file）只能是 JPG、PNG 或 WebP 图片/)).toBeVisible();
  await expect(header.getByTestId('child-photo-placeholder')).toBeVisible();

  await input.setInputFiles({ name: 'portrait.png', mimeType: 'image/png', buffer: portraitPng() });
  await expect(page.getByText('照片已保存')).toBeVisible();
  // antd's Image puts the test id on its wrapper; the <img> is inside.
  const photo = header.getByTestId('child-photo').locator('img');
  await expect(photo).toBeVisible();
  await expect(photo).toHaveAttribute('src', new RegExp(`/api/children/${id}/photo\\?v=[0-9a-f-]{36}$`));
  // Really loaded, not a broken image.
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(96);
  await expect(header.getByTestId('child-photo-upload')).toHaveText('更换照片');

  await page.getByText('照片已保存').waitFor({ state: 'hidden' });
  await header.screenshot({ path: `${SHOTS}/photo-header-${testInfo.project.name}.png` });
  await page.screenshot({ path: `${SHOTS}/photo-page-${testInfo.project.name}.png` });

  // A tap or click shows it larger.
  // (The wrapper takes the click: antd lays its "view larger" mask over the <img>.)
  await header.getByTestId('child-photo').click();
  const large = page.locator('.ant-image-preview-img');
  await expect(large).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/photo-preview-${testInfo.project.name}.png` });
  await page.keyboard.press('Escape');
  await expect(large).toBeHidden();

  // The change is in the file's history.
  await page.getByRole('tab', { name: '变更记录' }).click();
  await expect(page.getByTestId('history-entry').first()).toContainText('照片');
});

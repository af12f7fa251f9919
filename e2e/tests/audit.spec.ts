// The audit administrator finds a demo child by the last four characters of its ID number, reads who opened,
// exported and changed its file, and downloads the child's trail as a workbook, itself recorded.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { signIn, useSession } from './session.ts';

interface Row {
  action: string;
  targetId: string | null;
  targetName: string | null;
  actorUsername: string | null;
}

/** A demo child whose file has a change (a transfer request) and was in the county's export: its name and id. */
async function demoChild(page: Page): Promise<{ id: string; name: string; lastFour: string }> {
  const transfers = await page.request.get('/api/audit?action=child.transfer_request&limit=20');
  const exported = await page.request.get('/api/audit?action=child.export&limit=20');
  const held = new Set(
    ((await exported.json()) as { data: { details: { childIds?: string[] } | null }[] }).data.flatMap(
      (r) => r.details?.childIds ?? [],
    ),
  );
  const row = ((await transfers.json()) as { data: Row[] }).data.find((r) => r.targetId && held.has(r.targetId));
  expect(row, 'a demo transfer of an exported child').toBeTruthy();
  const { csrfToken } = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const found = await page.request.post('/api/audit/children/search', {
    data: { q: row!.targetName },
    headers: { 'x-csrf-token': csrfToken },
  });
  const child = ((await found.json()) as { data: { id: string; idNumberMasked: string | null }[] }).data.find(
    (c) => c.id === row!.targetId,
  );
  expect(child?.idNumberMasked).toBeTruthy();
  return { id: row!.targetId!, name: row!.targetName!, lastFour: child!.idNumberMasked!.slice(-4) };
}

test('the auditor finds a child by the last four of its ID number, reads its trail and exports it', async ({
  page,
}, testInfo) => {
  await signIn(page, 'demo_auditor');
  const child = await demoChild(page);
  await page.goto('/audit');
  const search = page.getByTestId('audit-child-search');
  await search.getByRole('searchbox').fill(child.lastFour);
  await search.getByRole('button', { name: /查\s*找/ }).click();
  const result = page.getByTestId('audit-child-result').filter({ hasText: child.name });
  await expect(result.first()).toBeVisible();
  // Only the masked number is shown.
  await expect(result.first()).toContainText(`********${child.lastFour}`);
  await result.first().getByRole('button', { name: '查看记录' }).click();

  const trail = page.getByTestId('audit-child-trail');
  await expect(trail).toContainText(`${child.name} 的操作记录`);
  const items = trail.getByTestId('audit-trail-item');
  await expect(items.first()).toBeVisible({ timeout: 20_000 });
  await expect(trail.locator('[data-action="child.transfer_request"]')).toContainText('提出转移申请');
  await expect(trail.locator('[data-action="child.export"]')).toContainText('导出儿童名册');
  await expect(trail.locator('[data-action="child.export"]')).toContainText('含该儿童');
  await expect(trail.locator('[data-action="child.read"]').first()).toContainText('查看儿童档案');
  // The operator by name and unit, not an account id.
  await expect(trail.locator('[data-action="child.export"]').getByTestId('audit-actor')).toContainText('（');
  // Touch targets: the row expander and the export button are at least 44 px.
  const expander = items.first().getByTestId('audit-expand');
  const box = await expander.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(44);
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await page.screenshot({ path: testInfo.outputPath('child-trail.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await trail.getByTestId('audit-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');

  // The export is in the trail itself.
  const recorded = await page.request.get('/api/audit?action=audit.export&limit=5');
  const rows = ((await recorded.json()) as { data: (Row & { details: { filter?: { childId?: string } } })[] }).data;
  expect(rows.some((r) => r.actorUsername === 'demo_auditor' && r.details.filter?.childId === child.id)).toBe(true);
});

test('the whole trail reads in words and expands with a 44 px target', async ({ page }) => {
  await useSession(page, 'demo_auditor');
  await page.goto('/audit');
  const expander = page.locator('.ant-table-row').first().getByTestId('audit-expand');
  // The first page of a freshly seeded trail can take a few seconds on a busy machine.
  await expect(expander).toBeVisible({ timeout: 20_000 });
  const box = await expander.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(44);
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await expander.click();
  await expect(page.locator('.ant-table-expanded-row').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByTestId('audit-export').click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
});

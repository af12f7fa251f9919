// The ledger's files in the browser: the template download, the problem rows of a dry run as a workbook that
// names each refused row and its reason, and a list's export button — each a real download.
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { makeIdNumber } from '@hehu/domain';
import { DEMO_VILLAGE_CODE, useSession } from './session.ts';

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; wb: ExcelJS.Workbook }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  return { download, wb };
}

const rowText = (ws: ExcelJS.Worksheet, n: number) => {
  const out: string[] = [];
  ws.getRow(n).eachCell({ includeEmpty: true }, (cell) => out.push(cell.text));
  return out;
};

test('template, problem rows and an export button each download a workbook', async ({ page }) => {
  await useSession(page, 'demo_township');
  await page.goto('/children/import');

  const template = await downloaded(page, () => page.getByRole('button', { name: '下载模板' }).click());
  expect(template.download.suggestedFilename()).toBe('儿童台账导入模板.xlsx');
  expect(template.wb.worksheets.map((w) => w.name)).toEqual(['儿童台账', '填写说明', '村（社区）代码']);
  expect(template.wb.worksheets[0]!.getCell(2, 1).text).toMatch(/^【示例】/);

  const good = makeIdNumber('511102', '2014-05-05', 700 + Math.floor(Math.random() * 200));
  const wrong = makeIdNumber('511102', '2014-05-06', 701);
  const badCheck = wrong.slice(0, 17) + (wrong.endsWith('0') ? '1' : '0');
  const csv = [
    '姓名,公民身份证号码,户籍所在村（社区）代码,就学情况',
    `周好,${good},${DEMO_VILLAGE_CODE},小学`,
    `周错,${badCheck},${DEMO_VILLAGE_CODE},研究生`,
  ].join('\r\n');
  await page.getByRole('button', { name: '下一步' }).click();
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: '周家台账.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\r\n`) });
  // The first workbook read starts a reader thread, which takes a few seconds on a busy machine.
  await expect(page.getByTestId('import-check')).toBeVisible({ timeout: 30_000 });

  const problems = await downloaded(page, () => page.getByTestId('import-problem-rows').click());
  expect(problems.download.suggestedFilename()).toBe('周家台账-问题行.xlsx');
  const ws = problems.wb.worksheets[0]!;
  expect(rowText(ws, 1).slice(0, 3)).toEqual(['原行号', '问题说明', '姓名']);
  expect(rowText(ws, 2)[0]).toBe('3');
  expect(rowText(ws, 2)[1]).toContain('校验位');
  expect(rowText(ws, 2)[1]).toContain('就学情况');
  expect(rowText(ws, 2)).toContain(badCheck);
  expect(ws.rowCount).toBe(2);

  await page.goto('/potentially-eligible');
  const exported = await downloaded(page, () => page.getByTestId('eligible-export').click());
  expect(exported.download.suggestedFilename()).toMatch(/^主动发现名单-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const sheet = exported.wb.worksheets[0]!;
  expect(sheet.getCell('A1').text).toContain('demo_township');
  expect(rowText(sheet, 2)[0]).toBe('姓名');
});

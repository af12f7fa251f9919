// A ledger with a mistake: the check names the row and the rule, the corrected file goes through, and the
// children are in the list afterwards.
import { expect, test } from '@playwright/test';
import { DEMO_VILLAGE_CODE, useSession } from './session.ts';
import { makeIdNumber } from '@hehu/domain';
import { givenChar } from './test-data.ts';

function person() {
  const birthDate = `2013-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
  return {
    name: `导${givenChar()}${givenChar()}${givenChar()}`,
    idNumber: makeIdNumber('511102', birthDate, Math.floor(Math.random() * 1000)),
  };
}

function csv(rows: { name: string; idNumber: string }[]): Buffer {
  const lines = [
    '姓名,公民身份证号码,户籍所在村（社区）代码,就学情况',
    ...rows.map((r) => `${r.name},${r.idNumber},${DEMO_VILLAGE_CODE},小学`),
  ];
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

test('a ledger with an error is fixed, imported, and found in the list', async ({ page }) => {
  const a = person();
  const b = person();
  const wrong = { ...b, idNumber: b.idNumber.slice(0, 17) + (b.idNumber.endsWith('0') ? '1' : '0') };
  await useSession(page, 'demo_village');
  await page.goto('/children/import');
  await page.getByRole('button', { name: '下一步' }).click();

  await page
    .getByTestId('import-file')
    .setInputFiles({ name: '台账.csv', mimeType: 'text/csv', buffer: csv([a, wrong]) });
  const check = page.getByTestId('import-check');
  await expect(check).toBeVisible();
  await expect(check.getByText(/校验位错误/).first()).toBeVisible();

  // Fix the row and upload the file again.
  await page.getByRole('button', { name: '上一步' }).click();
  await page.getByTestId('import-file').setInputFiles({ name: '台账.csv', mimeType: 'text/csv', buffer: csv([a, b]) });
  await expect(page.getByTestId('import-check')).toBeVisible();
  await expect(page.getByTestId('import-check').getByText(/校验位错误/)).toHaveCount(0);
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByTestId('import-commit').click();
  await expect(page.getByText('导入完成')).toBeVisible();

  for (const child of [a, b]) {
    const found = (await (await page.request.get(`/api/children?q=${child.idNumber}`)).json()) as {
      data: { name: string }[];
    };
    expect(found.data.map((d) => d.name)).toEqual([child.name]);
  }
  await page.getByRole('button', { name: '查看名册' }).click();
  await expect(page).toHaveURL(/\/children/);
  await expect(page.getByTestId('children-list')).toBeVisible();
});

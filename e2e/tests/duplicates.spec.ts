// Duplicate files in a real browser: a village director scans her village, opens the merge of two files
// of one child that name different fathers, must choose which father stays, and merges. The files and
// fathers are set up through the API; the scan, the choice and the merge are done in the page.
import { expect, test, type Page } from '@playwright/test';
import { makeIdNumber } from '@hehu/domain';
import { apiPost, givenChar, idSequence } from './test-data.ts';
import { DEMO_VILLAGE, DEMO_VILLAGE_CODE, signIn } from './session.ts';

/** Two files of one child (no ID number yet), each with its own father. */
async function twoFilesTwoFathers(page: Page) {
  const name = `重${givenChar()}${givenChar()}${givenChar()}`;
  const birthDate = `2015-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
  const file = () =>
    apiPost<{ id: string }>(page, '/api/children', {
      name,
      birthDate,
      sex: 'M',
      noIdReason: '户口登记办理中',
      divisionCode: DEMO_VILLAGE_CODE,
      confirmNotDuplicate: true,
    });
  const files = [await file(), await file()];
  const fathers = [`父${givenChar()}${givenChar()}`, `爸${givenChar()}${givenChar()}`];
  for (const [i, child] of files.entries()) {
    await apiPost(page, `/api/children/${child.id}/relations`, {
      kind: 'father',
      startDate: birthDate,
      // A random birth date too, so that two runs almost never give one ID number two names.
      person: {
        name: fathers[i],
        idNumber: makeIdNumber(
          '511102',
          `198${Math.floor(Math.random() * 10)}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`,
          idSequence(true),
        ),
      },
    });
  }
  return { name, ids: files.map((f) => f.id), fathers };
}

interface Relation {
  kind: string;
  active: boolean;
  endReason: string | null;
  person: { name: string };
}

test('a merge whose files name different fathers asks which father stays', async ({ page }, testInfo) => {
  await signIn(page, 'demo_village');
  const { name, ids, fathers } = await twoFilesTwoFathers(page);

  await page.goto('/duplicates');
  // The scan covers the chosen village (the director's only area, the first option).
  const scan = page.getByTestId('duplicate-scan');
  await scan.getByRole('combobox').first().click();
  await page.locator('.hehu-division-popup').getByText(DEMO_VILLAGE, { exact: true }).click();
  await page.keyboard.press('Escape');
  await scan.getByRole('button', { name: /扫描重复/ }).click();
  await expect(page.getByText(/扫描完成/)).toBeVisible();

  const card = page.getByTestId('duplicate-pair').filter({ hasText: name });
  await expect(card).toHaveCount(1);
  await card.getByRole('button', { name: '保留这份' }).first().click();

  const dialog = page.getByTestId('merge-dialog');
  await expect(dialog).toContainText('合并后不能撤销');
  const conflict = dialog.getByTestId('merge-conflict');
  await expect(conflict).toContainText('在册父亲不是同一人');
  for (const father of fathers) await expect(conflict).toContainText(father);
  const ok = page.getByRole('button', { name: /合\s*并/ });
  await expect(ok).toBeDisabled();
  await conflict.getByRole('radio', { name: new RegExp(fathers[1]!) }).check();
  await expect(ok).toBeEnabled();
  await page.screenshot({ path: testInfo.outputPath(`duplicates-${testInfo.project.name}-merge.png`) });
  await ok.click();
  await expect(page.getByText('已合并')).toBeVisible();
  await expect(card).toHaveCount(0);

  // The kept file has one current father, the chosen one; the other relation ended, not deleted.
  const statuses = await Promise.all(
    ids.map(
      async (id) => ((await (await page.request.get(`/api/children/${id}`)).json()) as { status: string }).status,
    ),
  );
  const kept = ids[statuses.indexOf('active')];
  expect(statuses.filter((s) => s === 'archived')).toHaveLength(1);
  const { relations } = (await (await page.request.get(`/api/children/${kept}/family`)).json()) as {
    relations: Relation[];
  };
  const current = relations.filter((r) => r.kind === 'father' && r.active).map((r) => r.person.name);
  expect(current).toEqual([fathers[1]]);
  expect(relations.find((r) => r.person.name === fathers[0])).toMatchObject({
    active: false,
    endReason: '合并档案时结束',
  });
});

// The child registry in a real browser: a village director registers a child by ID number, finds it
// in the list, edits the file and sees the edit in the history. Uses only the file routes, so it runs
// whether or not the family, category and import parts are deployed.
import { expect, test, type Locator } from '@playwright/test';
import { DEMO_VILLAGE, DEMO_VILLAGE_CODE, signIn, useSession } from './session.ts';
import { makeIdNumber } from '@hehu/domain';
import { apiPost, givenChar } from './test-data.ts';

/** A text input by its label; a required field's label starts with the asterisk. */
function field(scope: Locator, label: string): Locator {
  return scope.getByRole('textbox', { name: new RegExp(`^(\\*\\s*)?${label}$`) });
}

/** A name and ID number no other test run uses, so near-duplicate checks stay quiet. */
function newChild() {
  const day = 1 + Math.floor(Math.random() * 28);
  const month = 1 + Math.floor(Math.random() * 12);
  const birthDate = `2015-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const sequence = Math.floor(Math.random() * 1000);
  return {
    name: `测${givenChar()}${givenChar()}${givenChar()}`,
    birthDate,
    idNumber: makeIdNumber('511102', birthDate, sequence),
  };
}

test('a village director registers a child, edits the school and sees it in the history', async ({
  page,
}, testInfo) => {
  const child = newChild();
  await useSession(page, 'demo_village');

  await page.goto('/children');
  await page.getByRole('button', { name: /新建档案/ }).click();
  await expect(page).toHaveURL(/\/children\/new$/);
  const form = page.getByTestId('child-form');

  // The phone opens its numeric keypad; the button beside the field adds the X the keypad lacks.
  const idField = field(form, '身份证号');
  await expect(idField).toHaveAttribute('inputmode', 'numeric');
  const addX = form.getByRole('button', { name: '末位输入 X' });
  await expect(addX).toBeDisabled();
  await idField.fill(child.idNumber.slice(0, 17));
  await addX.click();
  await expect(idField).toHaveValue(`${child.idNumber.slice(0, 17)}X`);

  // The domain's own message appears while typing a number with a wrong check character, naming no digit.
  const wrongCheck = child.idNumber.slice(0, 17) + (child.idNumber.endsWith('0') ? '1' : '0');
  await idField.fill(wrongCheck);
  await expect(form.getByText('身份证号码校验位错误，请核对证件后重新输入')).toBeVisible();

  // A valid number fills and locks the birth date and sex.
  await field(form, '身份证号').fill(child.idNumber);
  await expect(form.getByText(/校验位错误/)).toHaveCount(0);
  const birthDate = field(form, '出生日期');
  await expect(birthDate).toHaveValue(child.birthDate);
  await expect(birthDate).toBeDisabled();
  await expect(form.getByText('已按身份证号识别')).toBeVisible();

  await field(form, '姓名').fill(child.name);
  // The director's only village is already chosen.
  await expect(form.getByText(DEMO_VILLAGE).first()).toBeVisible();
  await form.getByRole('button', { name: /保\s*存/ }).click();
  const confirm = page.getByRole('button', { name: '确认不是同一人，继续保存' });
  const opened = page.getByTestId('child-file-name');
  await expect(opened.or(confirm)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(page).toHaveURL(/\/children\/[0-9a-f-]{36}$/);
  await expect(opened).toHaveText(child.name);
  await expect(page.getByTestId('child-file-header')).toContainText(DEMO_VILLAGE);
  await page.screenshot({ path: testInfo.outputPath('created.png'), fullPage: true });

  // The list finds it by name.
  await page.goto('/children');
  await page.getByLabel('搜索姓名、身份证号或其末 4 位').fill(child.name);
  await page.getByLabel('搜索姓名、身份证号或其末 4 位').press('Enter');
  const row = page.getByTestId('child-row').filter({ hasText: child.name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(DEMO_VILLAGE);
  await row.getByTestId('child-name').click();
  await expect(page.getByTestId('child-file-name')).toHaveText(child.name);

  // Edit the school.
  const school = `篦子街小学${Math.floor(Math.random() * 1000)}`;
  await page.getByRole('button', { name: /编\s*辑/ }).click();
  const edit = page.getByTestId('child-edit-form');
  await field(edit, '学校名称').fill(school);
  await edit.getByRole('button', { name: /保\s*存/ }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('child-school')).toHaveText(school);

  // The history shows the field, translated, with its new value.
  await page.getByRole('tab', { name: '变更记录' }).click();
  const latest = page.getByTestId('history-entry').first();
  await expect(latest).toContainText('修改');
  await expect(latest).toContainText('学校名称');
  await expect(latest).toContainText(school);
  await page.screenshot({ path: testInfo.outputPath('history.png'), fullPage: true });
});

test('an ID number already on file is refused at the first save, before any offer to save anyway', async ({ page }) => {
  const child = newChild();
  await signIn(page, 'demo_village');
  // The same child, already registered (through the API, as another user of the village would have).
  await apiPost(page, '/api/children', {
    name: child.name,
    idNumber: child.idNumber,
    divisionCode: DEMO_VILLAGE_CODE,
    confirmNotDuplicate: true,
  });

  await page.goto('/children/new');
  const form = page.getByTestId('child-form');
  await field(form, '身份证号').fill(child.idNumber);
  await field(form, '姓名').fill(child.name);
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(form.getByText('该身份证号码已登记，一人只能有一份档案')).toBeVisible();
  await expect(page.getByRole('button', { name: '确认不是同一人，继续保存' })).toHaveCount(0);
  await expect(page).toHaveURL(/\/children\/new$/);
});

test('parents and a guardian entered with a new file are on its family tab', async ({ page }) => {
  const child = newChild();
  await useSession(page, 'demo_village');
  await page.goto('/children/new');
  const form = page.getByTestId('child-form');
  await field(form, '身份证号').fill(child.idNumber);
  await field(form, '姓名').fill(child.name);

  const relatives = page.getByTestId('new-child-relatives');
  const father = `${child.name.slice(1, 2)}父${givenChar()}`;
  const grandmother = `${child.name.slice(1, 2)}奶${givenChar()}`;
  await relatives.getByRole('button', { name: /添加父母或监护人/ }).click();
  await relatives.getByRole('textbox', { name: /姓名/ }).nth(0).fill(father);
  await relatives.getByRole('button', { name: /添加父母或监护人/ }).click();
  await relatives.getByRole('button', { name: /添加父母或监护人/ }).click();
  // The second is offered as the mother; remove her (not known), keep the third as the guardian.
  await relatives.getByRole('button', { name: '移除此人' }).nth(1).click();
  await relatives.getByRole('textbox', { name: /姓名/ }).nth(1).fill(grandmother);
  await relatives
    .getByRole('textbox', { name: /联系电话/ })
    .nth(1)
    .fill('13800001234');

  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page).toHaveURL(/\/children\/[0-9a-f-]{36}\?tab=family$/);
  const id = /\/children\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const family = (await (await page.request.get(`/api/children/${id}/family`)).json()) as {
    relations: { kind: string; startDate: string; person: { name: string } }[];
  };
  const byName = new Map(family.relations.map((r) => [r.person.name, r]));
  expect(byName.get(father)?.kind).toBe('father');
  expect(byName.get(father)?.startDate).toBe(child.birthDate);
  expect(byName.get(grandmother)?.kind).toBe('guardian');
  expect(family.relations).toHaveLength(2);
  await expect(page.getByText(father)).toBeVisible();
  await expect(page.getByText(grandmother)).toBeVisible();
});

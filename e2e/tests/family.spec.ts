// The family tab in a real browser: a township supervisor (may change and unmask) edits a father's phone,
// sees the new number masked, shows his details in full, and reads the facts of his situations in words.
// The child and the father are set up through the API; everything checked is done in the page.
import { expect, test, type Page } from '@playwright/test';
import { makeIdNumber } from '@hehu/domain';
import { apiPost, givenChar, idSequence } from './test-data.ts';
import { DEMO_VILLAGE_CODE, signIn } from './session.ts';

/** A child with a father who has a phone, an address and a prison sentence on record. */
async function childWithFather(page: Page) {
  const birthDate = `2016-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
  const child = await apiPost<{ id: string }>(page, '/api/children', {
    name: `家${givenChar()}${givenChar()}${givenChar()}`,
    idNumber: makeIdNumber('511102', birthDate, idSequence(false)),
    divisionCode: DEMO_VILLAGE_CODE,
    confirmNotDuplicate: true,
  });
  const father = {
    name: `父${givenChar()}${givenChar()}`,
    idNumber: makeIdNumber(
      '511102',
      `198${Math.floor(Math.random() * 10)}-04-1${Math.floor(Math.random() * 9)}`,
      idSequence(true),
    ),
    phone: '13812345678',
    address: '乐山市市中区篦子街 8 号 2 单元',
  };
  const relation = await apiPost<{ person: { id: string } }>(page, `/api/children/${child.id}/relations`, {
    kind: 'father',
    startDate: birthDate,
    person: father,
  });
  await apiPost(page, `/api/children/${child.id}/persons/${relation.person.id}/situations`, {
    code: 'imprisoned',
    since: '2024-01-31',
    details: { termMonths: 37 },
    note: '乐山监狱',
  });
  return { childId: child.id, father };
}

test('a family member’s phone is edited, shown masked, then in full; situations show their facts', async ({
  page,
}, testInfo) => {
  await signIn(page, 'demo_township');
  const { childId, father } = await childWithFather(page);
  // The whole page at desktop width; on a phone the screen as seen (a full-page capture there stacks the
  // fixed header into the middle), or the family tab alone when no dialog is open.
  const shot = async (name: string, dialog: boolean) => {
    const path = testInfo.outputPath(`family-${testInfo.project.name}-${name}.png`);
    // The dialog's zoom-in has finished: antd drops the motion classes at its end.
    if (dialog) await expect(page.locator('.ant-modal').first()).not.toHaveClass(/ant-zoom/);
    if (testInfo.project.name === 'desktop') return page.screenshot({ path, fullPage: true });
    return dialog ? page.screenshot({ path }) : page.getByTestId('child-family').screenshot({ path });
  };

  await page.goto(`/children/${childId}?tab=family`);
  const card = page.getByTestId('relation-card').filter({ hasText: father.name });
  await expect(card.getByTestId('person-phone')).toHaveText('138****5678');

  // The sentence reads as words, with the end it implies.
  const prison = card.getByTestId('situation').filter({ hasText: '服刑在押' });
  await expect(prison.getByTestId('situation-since')).toHaveText('服刑开始日期：2024-01-31');
  await expect(prison.getByTestId('situation-term')).toHaveText('刑期：37 个月');
  await expect(prison.getByTestId('situation-expectedRelease')).toHaveText('预计期满日期：2027-02-28');
  await expect(prison.getByTestId('situation-note')).toHaveText('备注：乐山监狱');
  await expect(card).not.toContainText('termMonths');

  // A serious illness picked from the list the server checks.
  await card.getByRole('button', { name: /添加情况/ }).click();
  const addSituation = page.getByTestId('add-situation');
  await addSituation.getByLabel('情况', { exact: true }).fill('重病');
  await page.keyboard.press('Enter');
  await addSituation.getByLabel('病种').fill('白血');
  await page.keyboard.press('Enter');
  await addSituation.getByLabel('开始日期').fill('2025-03-01');
  await page.keyboard.press('Enter');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  await expect(addSituation).toBeHidden();
  // The save is confirmed.
  await expect(page.getByText('情况已登记')).toBeVisible();
  const illness = card.getByTestId('situation').filter({ hasText: '重病' });
  await expect(illness.getByTestId('situation-illness')).toHaveText('病种：白血病');

  // Edit the phone: the browser checks it first, then the new number comes back masked.
  await card.getByRole('button', { name: /修改联系信息/ }).click();
  const contact = page.getByTestId('person-contact');
  await expect(contact).toContainText('现为 138****5678，留空则保持不变');
  await contact.getByLabel('联系电话').fill('12345');
  await contact.getByLabel('联系电话').blur();
  await expect(contact.getByText(/电话应为 11 位手机号/)).toBeVisible();
  await contact.getByLabel('联系电话').fill('139 8765 4321');
  await expect(contact.getByText(/电话应为 11 位手机号/)).toHaveCount(0);
  await shot('dialog', true);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  await expect(contact).toBeHidden();
  await expect(card.getByTestId('person-phone')).toHaveText('139****4321');

  // Shown in full on request (audited on the server).
  await card.getByRole('button', { name: /显示完整信息/ }).click();
  await expect(card.getByTestId('person-phone')).toHaveText('13987654321');
  await expect(card.getByTestId('person-idNumber')).toHaveText(father.idNumber);
  await expect(card.getByTestId('person-address')).toHaveText(father.address);
  // Long full values wrap: nothing reaches past the screen's edge on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );
  await shot('unmasked', false);

  // With the full values shown, the edit form starts filled with them.
  await card.getByRole('button', { name: /修改联系信息/ }).click();
  await expect(contact.getByLabel('联系电话')).toHaveValue('13987654321');
  await expect(contact.getByLabel('住址')).toHaveValue(father.address);
  await shot('dialog-unmasked', true);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /取\s*消/ })
    .click();
  await expect(contact).toBeHidden();

  await card.getByRole('button', { name: /隐藏完整信息/ }).click();
  await expect(card.getByTestId('person-phone')).toHaveText('139****4321');
});

test('a family that cannot be found says so, not that the part is unavailable', async ({ page }) => {
  await signIn(page, 'demo_township');
  const { childId } = await childWithFather(page);
  // The family answers 404 as the server does for a record gone since the page was opened (merged elsewhere).
  await page.route(`**/api/children/${childId}/family`, (route) =>
    route.fulfill({
      status: 404,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'NOT_FOUND', message: '记录不存在' }, requestId: 'e2e' }),
    }),
  );
  await page.goto(`/children/${childId}?tab=family`);
  await expect(page.getByText('记录不存在')).toBeVisible();
  await expect(page.getByText(/暂未开放|暂不可用/)).toHaveCount(0);
});

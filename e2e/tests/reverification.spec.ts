// The township supervisor's re-verification round, the categories to end and the papers checklist: an overdue open
// item is recorded as still eligible and leaves the open list; a child whose category must end opens the termination
// form filled in from the item (not submitted, so the demo's item stays for the other project); the papers checklist
// is read, with no publish button. On a phone every control is 44 px.
import { expect, test } from '@playwright/test';
import { smallTargets } from './a11y.ts';
import { useSession } from './session.ts';

const SHOTS = process.env.E2E_OUTPUT_DIR ?? '/tmp/hehu-e2e-results';

test('the township re-verifies an overdue item and opens a termination from the items to end', async ({
  page,
}, info) => {
  const phone = info.project.name === 'phone';
  await useSession(page, 'demo_township');

  await page.goto('/applications/reverifications');
  await expect(page.getByTestId('reverification-rounds')).toBeVisible();
  await expect(page.getByTestId('reverification-months')).toContainText('月');
  // Open items by default; the first overdue one is recorded.
  const item = page
    .getByTestId('reverification-item')
    .filter({ has: page.getByTestId('reverification-overdue') })
    .first();
  await expect(item).toBeVisible();
  const id = await item.getAttribute('data-item-id');
  expect(id).toBeTruthy();
  await page.screenshot({ path: `${SHOTS}/reverifications-${info.project.name}.png`, fullPage: true });
  if (phone) expect(await smallTargets(page), 'controls below 44 px').toEqual([]);

  await item.getByTestId('reverification-record').click();
  const form = page.getByTestId('reverification-form');
  await expect(form).toBeVisible();
  // "No longer eligible" asks for the findings and the event date.
  await form.getByText('不再符合条件').click();
  await expect(form.getByLabel('事由发生日期')).toBeVisible();
  if (phone) {
    await page.screenshot({ path: `${SHOTS}/reverification-form-phone.png` });
    expect(await smallTargets(page), 'dialog controls below 44 px').toEqual([]);
  }
  await form.getByText('仍符合条件').click();
  await expect(form.getByLabel('事由发生日期')).toBeHidden();
  await page
    .getByRole('button', { name: /登\s*记/ })
    .last()
    .click();
  await expect(page.getByText('复核结论已登记')).toBeVisible();
  await expect(form).toBeHidden();
  await expect(page.locator(`[data-item-id="${id ?? ''}"]`)).toHaveCount(0);

  await page.goto('/applications/triggers');
  const file = page.getByTestId('trigger-file').first();
  await expect(file).toBeVisible();
  await expect(page.getByTestId('trigger-child').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/triggers-${info.project.name}.png`, fullPage: true });
  if (phone) expect(await smallTargets(page), 'controls below 44 px').toEqual([]);

  await file.click();
  await expect(page).toHaveURL(/\/applications\/new\?.*kind=terminate/);
  const termination = page.getByTestId('termination-form');
  await expect(termination.getByTestId('termination-kind')).toHaveText('终止');
  // The category and the event date come from the item.
  const url = new URL(page.url());
  await expect(termination.locator('.ant-select-selection-item')).not.toBeEmpty();
  await expect(termination.getByLabel('事由发生日期')).toHaveValue(url.searchParams.get('eventDate') ?? '');
  await page.screenshot({ path: `${SHOTS}/termination-form-${info.project.name}.png`, fullPage: true });
  if (phone) expect(await smallTargets(page), 'controls below 44 px').toEqual([]);

  // What each application must carry, as the city publishes it: the township reads it and cannot publish.
  await page.goto('/applications/papers');
  const list = page.getByTestId('papers-in-force');
  await expect(list.getByTestId('papers-category').first()).toBeVisible();
  await expect(list).toContainText('养育协议');
  await expect(list.getByTestId('papers-situation').first()).toBeVisible();
  await expect(page.getByTestId('papers-publish')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/papers-${info.project.name}.png`, fullPage: true });
  if (phone) expect(await smallTargets(page), 'controls below 44 px').toEqual([]);
});

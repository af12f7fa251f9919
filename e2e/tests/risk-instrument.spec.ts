// The risk instrument as the city publishes it: the version in force reads as a list of items with each option's
// score, the cut-offs and red flags in words; a new version (here the same scores, cut-offs and red flags, one red
// flag removed and typed in again, under a newer notice, so the demo's assessed levels stay as they are) is published
// from the form and is then the one in force, with its source. On a phone nothing scrolls sideways and every control is 44 px.
import { expect, test } from '@playwright/test';
import { smallTargets } from './a11y.ts';
import { useSession } from './session.ts';

const SHOTS = process.env.E2E_OUTPUT_DIR ?? '/tmp/hehu-e2e-results';

test('the city reads the risk instrument in force and publishes a new version', async ({ page }, info) => {
  const phone = info.project.name === 'phone';
  await useSession(page, 'demo_city');
  await page.goto('/visits/risk-instrument');
  const inForce = page.getByTestId('risk-instrument-in-force');
  await expect(inForce.getByTestId('risk-instrument-cutoffs')).toContainText('监护缺失');
  await expect(page.getByTestId('risk-instrument-item').first()).toBeVisible();
  await expect(page.getByTestId('risk-instrument-items')).toContainText('分');
  await page.screenshot({ path: `${SHOTS}/risk-instrument-${info.project.name}.png`, fullPage: true });
  if (phone) {
    expect(await smallTargets(page), 'controls below 44 px').toEqual([]);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(sideways, 'the page scrolls sideways').toBe(false);
  }

  await page.getByTestId('risk-instrument-publish').click();
  const form = page.getByTestId('risk-instrument-form');
  await expect(form).toBeVisible();
  await expect(form.getByTestId('risk-instrument-score-item').first()).toBeVisible();
  const flags = form.getByTestId('risk-red-flag');
  const flagCount = await flags.count();
  expect(flagCount).toBeGreaterThan(0);
  if (phone) {
    // Reading the form is enough at this width: the desktop run publishes.
    await page.screenshot({ path: `${SHOTS}/risk-instrument-form-phone.png` });
    await form.getByTestId('risk-red-flags').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/risk-instrument-red-flags-phone.png` });
    expect(await smallTargets(page), 'controls below 44 px').toEqual([]);
    return;
  }
  // The last red flag (a child living alone is at least 监护失当) is removed and typed in again: the version keeps
  // the same flags, so the demo's levels do not change. A new row left empty is refused on its fields first.
  await flags.last().getByTestId('risk-red-flag-remove').click();
  await expect(flags).toHaveCount(flagCount - 1);
  await form.getByTestId('risk-red-flag-add').click();
  await expect(flags).toHaveCount(flagCount);
  await page.screenshot({ path: `${SHOTS}/risk-instrument-red-flags-desktop.png` });
  await page
    .getByRole('button', { name: /发\s*布/ })
    .last()
    .click();
  await expect(flags.last().getByText('请选择题目')).toBeVisible();
  // The item list is long (only what is in view is drawn): the item is found by typing part of it.
  const choose = async (select: string, title: string, typed?: string) => {
    await flags.last().getByTestId(select).click();
    if (typed) await page.keyboard.type(typed);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`).click();
  };
  await choose('risk-red-flag-item', '15. 儿童是否独居或长期无人看护', '独居');
  await choose('risk-red-flag-values', '独居或长期无人看护（4 分）');
  await page.keyboard.press('Escape');
  await choose('risk-red-flag-level', '监护失当');
  // Saving with no source is refused on the field, in Chinese.
  await page
    .getByRole('button', { name: /发\s*布/ })
    .last()
    .click();
  await expect(form.getByText('请填写依据').first()).toBeVisible();
  // The scores and cut-offs are left as they are: the demo's levels do not change.
  const source = `乐民发〔2026〕${String(Date.now() % 1000)}号 风险评估量表复核`;
  await form.getByLabel('依据', { exact: true }).fill(source);
  await page
    .getByRole('button', { name: /发\s*布/ })
    .last()
    .click();
  await expect(page.getByText('已发布新的风险评估量表版本')).toBeVisible();
  await expect(form).toBeHidden();
  await expect(
    page.getByTestId('risk-instrument-versions').getByTestId('risk-instrument-version').first(),
  ).toContainText(source);
  await expect(inForce).toContainText(source);
  await expect(inForce.getByTestId('risk-instrument-cutoffs')).toContainText('独居或长期无人看护');
});

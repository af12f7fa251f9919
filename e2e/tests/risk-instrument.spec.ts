// The risk instrument as the city publishes it: the version in force reads as a list of items with each option's
// score, the cut-offs and red flags in words; a new version (here the same scores and cut-offs under a newer notice,
// so the demo's assessed levels stay as they are) is published from the form and is then the one in force, with its
// source. On a phone nothing scrolls sideways and every control is 44 px.
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
  if (phone) {
    // Reading the form is enough at this width: the desktop run publishes.
    await page.screenshot({ path: `${SHOTS}/risk-instrument-form-phone.png` });
    return;
  }
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
});

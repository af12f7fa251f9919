// The visit frequencies as the city publishes them: the version in force reads as a table of who is visited how
// often; a new version (here the same frequencies under a newer notice, so the demo's due dates stay as they are)
// is published from the form and is then the one in force, with its source. On a phone every control is 44 px.
import { expect, test } from '@playwright/test';
import { smallTargets } from './a11y.ts';
import { useSession } from './session.ts';

const SHOTS = process.env.E2E_OUTPUT_DIR ?? '/tmp/hehu-e2e-results';

test('the city reads the visit frequencies in force and publishes a new version', async ({ page }, info) => {
  const phone = info.project.name === 'phone';
  await useSession(page, 'demo_city');
  await page.goto('/visits/rules');
  const inForce = page.getByTestId('visit-rules-in-force');
  await expect(inForce.getByTestId('visit-rule-row').first()).toBeVisible();
  await expect(inForce).toContainText('留守');
  await page.screenshot({ path: `${SHOTS}/visit-rules-${info.project.name}.png`, fullPage: true });
  if (phone) expect(await smallTargets(page), 'controls below 44 px').toEqual([]);

  await page.getByTestId('visit-rules-publish').click();
  const form = page.getByTestId('visit-rules-form');
  await expect(form).toBeVisible();
  if (phone) {
    // Reading the form is enough at this width: the desktop run publishes.
    await page.screenshot({ path: `${SHOTS}/visit-rules-form-phone.png` });
    return;
  }
  // Saving with no source is refused on the field, in Chinese.
  await page
    .getByRole('button', { name: /发\s*布/ })
    .last()
    .click();
  await expect(form.getByText('请填写').first()).toBeVisible();
  const source = `乐民发〔2026〕${String(Date.now() % 1000)}号 走访频次复核`;
  await form.getByLabel('依据').fill(source);
  await page
    .getByRole('button', { name: /发\s*布/ })
    .last()
    .click();
  await expect(page.getByText('已发布新的走访频次版本')).toBeVisible();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('visit-rules-versions').getByTestId('visit-rules-version').first()).toContainText(
    source,
  );
});

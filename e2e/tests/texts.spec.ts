// Each page's Chinese texts arrive with the page (packages/web/src/i18n/pageTexts.ts): opened on its own, by a
// full load, every main page shows words, never an i18n key. The app logs "i18n: no text for <key>" for a key
// without a text; a key shown as text ("childList.title") is caught by its first part.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { useSession } from './session.ts';

const I18N = new URL('../../packages/web/src/i18n/', import.meta.url);
const topLevelKeys = readdirSync(I18N)
  .filter((name) => name.endsWith('zh-CN.ts'))
  .flatMap((name) => [...readFileSync(new URL(name, I18N), 'utf8').matchAll(/^ {2}(\w+): /gm)].map((m) => m[1]));
const RAW_KEY = new RegExp(`\\b(?:${topLevelKeys.join('|')})\\.[A-Za-z_]+`);

function missingTexts(page: Page): string[] {
  const missing: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('i18n: no text for')) missing.push(message.text());
  });
  return missing;
}

/** Opened by a full load, the page settles with words only: no missing text, no key, not refused. */
async function opensWithItsTexts(page: Page, path: string, missing: string[]): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-spin-spinning, .hehu-loading')).toHaveCount(0);
  await expect(page.getByText('无权访问'), path).toHaveCount(0);
  const text = await page.locator('body').innerText();
  expect(text.match(RAW_KEY)?.[0], path).toBeUndefined();
  expect(missing, path).toEqual([]);
}

const PAGES: Record<string, string[]> = {
  demo_city: [
    '/',
    '/children',
    '/children/new',
    '/children/import',
    '/transfers',
    '/person-links',
    '/duplicates',
    '/potentially-eligible',
    '/visits/board',
    '/visits/rules',
    '/visits/risk-instrument',
    '/applications',
    '/applications/board',
    '/applications/triggers',
    '/applications/reverifications',
    '/applications/papers',
    '/left-behind',
    '/allowances/rolls',
    '/allowances/standards',
    '/allowances/fund-use',
    '/allowances/bank-layout',
    '/cases',
    '/case-library',
    '/cases/stats',
    '/cases/tiers',
    '/cases/partner-units',
    '/calendar',
  ],
  demo_county: ['/visits', '/cases/intake'],
  demo_teacher: ['/cases/report', '/cases/my-reports'],
  demo_sysadmin: ['/admin/users'],
  demo_secadmin: ['/security/roles', '/security/grants', '/security/policy', '/security/alerts', '/security/approvals'],
  demo_auditor: ['/audit'],
};

test.describe('every page shows its own texts when opened on its own', () => {
  test.skip(({ isMobile }) => isMobile, 'the texts do not depend on the width');

  for (const [username, paths] of Object.entries(PAGES)) {
    test(`the pages of ${username}`, async ({ page }) => {
      test.setTimeout(180_000);
      const missing = missingTexts(page);
      await useSession(page, username);
      for (const path of paths) await opensWithItsTexts(page, path, missing);
    });
  }

  test("a child's file and each of its tabs", async ({ page }) => {
    const missing = missingTexts(page);
    await useSession(page, 'demo_county');
    await page.goto('/children');
    await page.getByTestId('child-name').first().click();
    await expect(page).toHaveURL(/\/children\/[^/]+$/);
    await opensWithItsTexts(page, new URL(page.url()).pathname, missing);
    const tabs = page.getByRole('tab');
    for (let i = 0; i < (await tabs.count()); i += 1) {
      await tabs.nth(i).click();
      await page.waitForLoadState('networkidle');
      expect((await page.locator('body').innerText()).match(RAW_KEY)?.[0]).toBeUndefined();
    }
    expect(missing).toEqual([]);
  });
});

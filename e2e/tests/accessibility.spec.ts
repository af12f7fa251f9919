// Use on phones, measured in the browser at 375 px: every visible control is at least 44 × 44 px (WCAG 2.5.5),
// and hint text and status tags keep a contrast of at least 4.5:1 (WCAG 1.4.3) — from the computed colours, so
// the antd theme tokens and global.css are what is measured, not a page's own styles.
import { expect, test, type Page } from '@playwright/test';
import { contrasts, smallTargets } from './a11y.ts';
import { useSession } from './session.ts';

/** Hint text: antd's secondary and description texts, empty states, extras, and the green and other status tags. */
const HINTS = [
  '.ant-typography-secondary',
  '.ant-typography-warning',
  '.ant-typography-danger',
  '.ant-typography-success',
  '.ant-form-item-extra',
  '.ant-empty-description',
  '.ant-card-meta-description',
  '.ant-list-item-meta-description',
  '.ant-descriptions-item-label',
  '.ant-statistic-title',
  '.ant-page-header-heading-sub-title',
].join(', ');
const TAGS = '.ant-tag';

async function firstChildId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const res = await fetch('/api/children?limit=1&status=active');
    const body = (await res.json()) as { data: { id: string }[] };
    return body.data[0]?.id ?? '';
  });
}

async function measure(page: Page, name: string, ready: string) {
  // Loaded: no skeleton left and the page's own content drawn.
  await expect(page.locator(ready).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.ant-skeleton, .ant-spin-spinning, .hehu-loading')).toHaveCount(0);
  const small = await smallTargets(page);
  const hints = await contrasts(page, HINTS);
  const tags = await contrasts(page, TAGS);
  const placeholders = await contrasts(page, 'input[placeholder], textarea[placeholder]', true);
  return { small, hints, tags, placeholders };
}

test.describe('at 375 px', () => {
  test.skip(({ viewport }) => (viewport?.width ?? 0) > 400, 'touch targets are for the phone width');

  test('home, list, child file and new file: controls of 44 px or more, hint text and tags at 4.5:1 or more', async ({
    page,
  }) => {
    await useSession(page, 'demo_township');
    await page.goto('/');
    // [name, address, what shows the page has loaded]
    const pages: [string, string, string][] = [
      ['home', '/', '.ant-tag'],
      ['list', '/children', '.ant-tag'],
      ['file', `/children/${await firstChildId(page)}`, '.ant-tag'],
      // The form has the switches and the page header's back arrow.
      ['new file', '/children/new', '.ant-switch'],
    ];
    for (const [name, url, ready] of pages) {
      await page.goto(url);
      const m = await measure(page, name, ready);
      expect(m.small, `${name}: controls below 44 px`).toEqual([]);
      expect(m.hints.length + m.tags.length + m.placeholders.length, `${name}: something measured`).toBeGreaterThan(0);
      for (const x of [...m.hints, ...m.tags, ...m.placeholders])
        expect(x.ratio, `${name}: ${x.what} (${x.colour} on ${x.background})`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

// `npx playwright test -c playwright.weak-network.config.ts` (from e2e/): the sign-in page and the children list
// over a slow, distant network (perf/weak-network.spec.ts). Not part of the browser test run.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: './perf',
  timeout: 180_000,
  projects: [{ name: 'phone', use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } }],
});

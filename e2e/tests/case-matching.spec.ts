// Matching a case to the child's registry file in a real browser. The hotline takes a call naming a child of the
// demo village; the county's case worker (who reaches the county's registry and may register children) opens the
// case, sees the child's file suggested with the reasons it matched and links it. On a call about a child with no
// file, the worker starts a new file from the case, finds the name, sex and village filled in, saves, and lands back
// on the case with the file linked. Both at 1440 px and on a 375 px phone, with the phone's controls at 44 px or more.
import { expect, test, type Page } from '@playwright/test';
import { makeIdNumber } from '@hehu/domain';
import { smallTargets } from './a11y.ts';
import { DEMO_VILLAGE_CODE, signIn as signInOnce } from './session.ts';
import { apiPost, givenChar, idSequence } from './test-data.ts';

const SHOTS = process.env.E2E_OUTPUT_DIR ?? '/tmp/hehu-e2e-results';

interface CaseDetail {
  id: string;
  version: number;
  child: { id: string | null; name: string };
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await signInOnce(page, username);
}

/** A three-character name no other run uses, so the only suggestions are the files this test makes. */
const uniqueName = (surname: string) => `${surname}${givenChar()}${givenChar()}`;

/**
 * A five-character name for a child with no file: the registry suggests names one character off, and three-character
 * names drawn from the specs' twenty characters meet such a neighbour often enough to fail a run (建子雅 beside 配子雅);
 * five characters make a neighbour need four of them alike.
 */
const nameWithNoNeighbour = () => `建${givenChar()}${givenChar()}${givenChar()}${givenChar()}`;

/** The hotline operator takes a call about `childName` of the demo village; the case's id as the county sees it. */
async function callAbout(page: Page, childName: string): Promise<string> {
  await signIn(page, 'demo_hotline');
  const receipt = await apiPost<{ receiptNo: string }>(page, '/api/cases/intake', {
    channel: 'hotline',
    childName,
    childSex: 'female',
    childAge: 8,
    divisionCode: DEMO_VILLAGE_CODE,
    location: '社区广场',
    summary: '邻居来电：女孩近一周放学后无人接送，常独自在广场待到天黑。',
    immediateDanger: false,
    reporterName: '邻居',
    reporterPhone: '13800004444',
  });
  await signIn(page, 'demo_county');
  const list = (await (await page.request.get('/api/cases?stage=intake&limit=200')).json()) as {
    items: { id: string; receiptNo: string }[];
  };
  const row = list.items.find((c) => c.receiptNo === receipt.receiptNo);
  expect(row, 'the county sees the new case').toBeDefined();
  return row?.id ?? '';
}

async function caseDetail(page: Page, id: string): Promise<CaseDetail> {
  const answer = await page.request.get(`/api/cases/${id}`);
  expect(answer.status(), await answer.text()).toBe(200);
  return (await answer.json()) as CaseDetail;
}

/**
 * Eight years old a month ago, so the registry's age and the caller's estimate agree; on a random day of that month,
 * so that the files of the desktop and the phone runs almost never draw the same ID number.
 */
function birthDateOfEight(): string {
  const d = new Date();
  d.setMonth(d.getMonth() - 1, 1);
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  return `${d.getFullYear() - 8}-${String(d.getMonth() + 1).padStart(2, '0')}-${day}`;
}

test('the worker sees the child’s file suggested on the case and links it', async ({ page }, info) => {
  const phone = info.project.name === 'phone';
  if (!phone) await page.setViewportSize({ width: 1440, height: 900 });
  const name = uniqueName('配');
  await signIn(page, 'demo_county');
  const file = await apiPost<{ id: string }>(page, '/api/children', {
    name,
    idNumber: makeIdNumber('511102', birthDateOfEight(), idSequence(false)),
    divisionCode: DEMO_VILLAGE_CODE,
    confirmNotDuplicate: true,
  });
  const caseId = await callAbout(page, name);

  await page.goto(`/cases/${caseId}`);
  const match = page.getByTestId('case-child-match');
  await expect(match).toBeVisible();
  const first = match.getByTestId('case-child-candidate').first();
  await expect(first).toContainText(name);
  for (const reason of ['同名', '同村', '性别相符', '年龄相符']) await expect(first).toContainText(reason);
  await page.screenshot({ path: `${SHOTS}/case-matching-suggested-${info.project.name}.png`, fullPage: true });
  if (phone) expect(await smallTargets(page), 'suggestions: controls below 44 px').toEqual([]);

  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/cases/${caseId}/child`) && r.request().method() === 'POST'),
    first.getByTestId('case-child-link').click(),
  ]);
  expect(answer.status(), await answer.text()).toBe(200);
  await expect(match).toBeHidden();
  await expect(page.getByRole('link', { name: '查看儿童档案' }).first()).toBeVisible();
  expect((await caseDetail(page, caseId)).child.id).toBe(file.id);
  await page.screenshot({ path: `${SHOTS}/case-matching-linked-${info.project.name}.png`, fullPage: true });
});

test('a new file made from the case is linked to it and the worker returns to the case', async ({ page }, info) => {
  const phone = info.project.name === 'phone';
  if (!phone) await page.setViewportSize({ width: 1440, height: 900 });
  const name = nameWithNoNeighbour();
  const caseId = await callAbout(page, name);

  await page.goto(`/cases/${caseId}`);
  const match = page.getByTestId('case-child-match');
  await expect(match).toContainText('没有找到同名或姓名相近的儿童');
  await match.getByTestId('case-child-create').click();
  await expect(page).toHaveURL(/\/children\/new\?fromCase=/);
  await expect(page.getByTestId('child-from-case')).toBeVisible();
  const form = page.getByTestId('child-form');
  await expect(form.getByRole('textbox', { name: /^(\*\s*)?姓名$/ })).toHaveValue(name);
  await form
    .getByRole('textbox', { name: /^(\*\s*)?身份证号$/ })
    .fill(makeIdNumber('511102', birthDateOfEight(), idSequence(false)));
  await page.screenshot({ path: `${SHOTS}/case-matching-new-file-${info.project.name}.png`, fullPage: true });
  await form.getByRole('button', { name: /保\s*存/ }).click();

  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}$`));
  await expect(page.getByTestId('case-workspace')).toBeVisible();
  await expect(page.getByTestId('case-child-match')).toHaveCount(0);
  const detail = await caseDetail(page, caseId);
  expect(detail.child.id).not.toBeNull();
  expect(detail.child.name).toBe(name);
  await page.screenshot({ path: `${SHOTS}/case-matching-back-${info.project.name}.png`, fullPage: true });
});

test('the new-file page without a case is the registry’s usual form', async ({ page }) => {
  await signIn(page, 'demo_county');
  await page.goto('/children/new');
  await expect(page.getByTestId('child-form')).toBeVisible();
  await expect(page.getByTestId('child-from-case')).toHaveCount(0);
  await expect(page.getByTestId('child-form').getByRole('textbox', { name: /^(\*\s*)?姓名$/ })).toHaveValue('');
});

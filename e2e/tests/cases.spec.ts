// Minor-protection cases in a real browser, one case from the call to its closure: the hotline operator records an
// urgent call and reads the receipt; the protection-centre worker of the demo county opens it from the list, accepts,
// verifies, assesses and refers it to the police; the police partner answers the referral in its inbox; the worker
// asks to close and the county supervisor approves. The intake form and the workspace are also looked at on a
// phone and a desktop, with the phone's controls at 44 px or more.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { smallTargets } from './a11y.ts';
import { DEMO_VILLAGE, signIn as signInOnce } from './session.ts';

const SHOTS = process.env.E2E_OUTPUT_DIR ?? '/tmp/hehu-e2e-results';

interface Receipt {
  receiptNo: string;
  caseId: string | null;
  tier: string;
}

interface CaseDetail {
  id: string;
  stage: string;
  allowedActions: string[];
}

/** Signs in afresh: the previous user's session is dropped first. */
async function signIn(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await signInOnce(page, username);
}

/** The dialog's main button (antd spaces two-character labels, so the name is not matched). */
const ok = (dialog: Locator) => dialog.locator('.ant-modal-footer .ant-btn-primary');

async function caseDetail(page: Page, id: string): Promise<CaseDetail> {
  const answer = await page.request.get(`/api/cases/${id}`);
  expect(answer.status(), await answer.text()).toBe(200);
  return (await answer.json()) as CaseDetail;
}

/** Takes one action from the workspace's buttons: fills the note (and any extra fields), sends, waits for the answer. */
async function act(page: Page, action: string, note: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByTestId(`case-action-${action}`).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('case-action-form')).toBeVisible();
  if (fill) await fill(dialog);
  if (note) await dialog.getByLabel(/情况说明|返还评估/).fill(note);
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/actions') && r.request().method() === 'POST'),
    ok(dialog).click(),
  ]);
  expect(answer.status(), await answer.text()).toBe(200);
  await expect(dialog).toBeHidden();
}

/** Opens the case from the list by its receipt number (a new case is open to the centre's workers). */
async function openFromList(page: Page, receiptNo: string): Promise<void> {
  await page.goto('/cases');
  await expect(page.getByRole('main').getByText('个案').first()).toBeVisible();
  await page.getByRole('link', { name: receiptNo }).first().click();
  await expect(page.getByTestId('case-workspace')).toBeVisible();
}

test('an urgent call goes from the hotline to closure through verification, assessment and a police referral', async ({
  page,
}, info) => {
  test.skip(info.project.name !== 'desktop', 'changes demo data: runs once');
  test.setTimeout(180_000);
  const child = `测试儿童${Date.now() % 100000}`;

  // The hotline operator records the call with the keyboard and reads the receipt.
  await signIn(page, 'demo_hotline');
  await page.goto('/cases/intake');
  const form = page.getByTestId('intake-form');
  await expect(form.getByLabel('儿童姓名')).toBeFocused();
  await expect(form.getByRole('radio', { name: '热线' })).toBeChecked();
  await page.keyboard.type(child);
  await page.keyboard.press('Enter');
  const area = form.locator('#divisionCode');
  await area.click();
  await area.fill('篦子街');
  await page.locator('.hehu-division-popup').getByText(DEMO_VILLAGE, { exact: true }).click();
  await page.keyboard.press('Escape');
  await form.getByLabel('具体地点').fill('篦子街社区某小区');
  await form.getByLabel('情况描述').fill('邻居来电：孩子独自在家，身上多处淤青，家中无成年人照看。');
  await form.getByTestId('intake-danger').click();
  await expect(form.getByRole('radio', { name: '紧急' })).toBeChecked();
  await form.getByLabel('来电人/报告人').fill('王女士');
  await form.getByLabel('联系电话').fill('13800001234');
  const [recorded] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/cases/intake') && r.request().method() === 'POST'),
    form.getByTestId('intake-submit').click(),
  ]);
  expect(recorded.status(), await recorded.text()).toBe(201);
  const receipt = (await recorded.json()) as Receipt;
  expect(receipt.tier).toBe('urgent');
  const card = page.getByTestId('intake-receipt');
  await expect(card.getByTestId('receipt-no')).toContainText(receipt.receiptNo);
  await expect(card.getByTestId('case-tier')).toHaveText('紧急');
  await expect(card.getByTestId('receipt-respond-by')).not.toBeEmpty();
  await card.getByTestId('intake-again').click();
  await expect(page.getByTestId('intake-form').getByLabel('儿童姓名')).toBeFocused();

  // The protection-centre worker opens it from the list, accepts, verifies and assesses.
  await signIn(page, 'demo_protect');
  await openFromList(page, receipt.receiptNo);
  const caseId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  await expect(page.getByTestId('case-stage').first()).toHaveText('受理');
  // The county's new case is the worker's to take (on its team, or not yet taken by anyone in their reach).
  await expect(page.getByTestId('case-action-accept'), 'demo_protect may not take the new case').toBeVisible();
  await act(page, 'accept', '');
  await expect(page.getByTestId('case-stage').first()).toHaveText('核查与应急处置');
  await act(page, 'verify', '入户核实，儿童身上确有多处淤青，父亲外出务工，母亲离家。', async (dialog) => {
    await dialog.getByLabel('调查方式').fill('入户走访');
    await dialog.getByLabel('人员').fill('儿童督导员、社工');
    await dialog.getByLabel('地点').fill('儿童家中');
  });
  await expect(page.getByTestId('case-stage').first()).toHaveText('评估');
  await act(page, 'assess', '存在疑似家庭暴力，需公安介入调查，由祖母临时照看。');
  await expect(page.getByTestId('case-stage').first()).toHaveText('制定帮扶计划');

  // The verification's photos go on the case: a title, then the file; the list names it.
  await page.getByRole('tab', { name: /材料/ }).click();
  const papers = page.getByTestId('case-documents');
  await papers.getByTestId('case-document-title').fill('入户核实照片');
  await papers.getByTestId('case-document-file').setInputFiles({
    name: '核实.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  await expect(papers.getByTestId('case-document').filter({ hasText: '入户核实照片' })).toContainText('核实.pdf');

  // Refers it to the police.
  await page.getByRole('tab', { name: /转介/ }).click();
  await page.getByTestId('referral-add').click();
  const referDialog = page.getByRole('dialog');
  await referDialog.getByTestId('referral-partner').click();
  await page.keyboard.type('公安');
  // The police of the demo county (the unit the demo partner account answers for).
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: '公安' })
    .filter({ hasText: '市中区' })
    .first()
    .click();
  await referDialog.getByLabel('转介事项').fill('请核查儿童身上伤情成因，调查是否存在家庭暴力。');
  const [referred] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/referrals') && r.request().method() === 'POST'),
    ok(referDialog).click(),
  ]);
  expect(referred.status(), await referred.text()).toBe(201);
  await expect(page.getByTestId('case-referral').first().getByTestId('referral-status')).toHaveText('待接收');

  // The police partner answers the referral in its inbox.
  await signIn(page, 'demo_police');
  await page.goto('/referrals');
  await page.getByRole('link', { name: receipt.receiptNo }).first().click();
  const detail = page.getByTestId('referral-detail');
  await expect(detail).toBeVisible();
  await expect(detail.getByText(child)).toBeVisible();
  await page.getByTestId('referral-accept').click();
  await expect(page.getByTestId('referral-status')).toHaveText('已接收');
  await page.getByTestId('referral-answer').click();
  const answerDialog = page.getByRole('dialog');
  await answerDialog.getByLabel('办理结果').fill('已出警调查，系父亲酒后殴打，已对其训诫并出具告诫书。');
  await ok(answerDialog).click();
  await expect(page.getByTestId('referral-status')).toHaveText('已反馈');
  await expect(page.getByTestId('referral-response')).toContainText('告诫书');

  // The worker draws up the plan and asks to close; the county supervisor approves.
  await signIn(page, 'demo_protect');
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByTestId('case-workspace')).toBeVisible();
  await act(page, 'plan', '祖母照看，社工每周回访，学校关注情绪变化。');
  await act(page, 'request_closure', '公安已处置，家庭监护恢复，申请结案。');
  expect((await caseDetail(page, caseId)).stage).toBe('closure_review');

  await signIn(page, 'demo_county');
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByTestId('case-workspace')).toBeVisible();
  await act(page, 'approve_closure', '');
  await expect(page.getByTestId('case-stage').first()).toHaveText('已结案');
  await expect(page.getByTestId('case-timeline')).toContainText('批准结案');
});

test('the intake form and the workspace fit a phone and a desktop', async ({ page }, info) => {
  const phone = info.project.name === 'phone';
  const shot = (name: string) =>
    page.screenshot({ path: `${SHOTS}/cases-${name}-${info.project.name}.png`, fullPage: true });

  await signIn(page, 'demo_hotline');
  await page.goto('/cases/intake');
  await expect(page.getByTestId('intake-form')).toBeVisible();
  await shot('intake');
  if (phone) expect(await smallTargets(page), 'intake: controls below 44 px').toEqual([]);

  await signIn(page, 'demo_protect');
  await page.goto('/cases');
  await expect(page.getByTestId(phone ? 'case-card' : 'cases-table').first()).toBeVisible();
  await shot('list');
  if (phone) expect(await smallTargets(page), 'case list: controls below 44 px').toEqual([]);
  const list = (await (await page.request.get('/api/cases?mine=true&limit=5')).json()) as {
    items: { id: string; open: boolean }[];
  };
  const mine = list.items.find((row) => row.open);
  expect(mine, 'the demo worker has cases of its own').toBeDefined();
  await page.goto(`/cases/${mine?.id ?? ''}`);
  await expect(page.getByTestId('case-workspace')).toBeVisible();
  await shot('workspace');
  if (phone) expect(await smallTargets(page), 'workspace: controls below 44 px').toEqual([]);
});

test('a teacher files a mandatory report and follows it; the partner, the library and the statistics read well', async ({
  page,
}, info) => {
  // Five sign-ins and seven pages: more than the default minute on a two-core runner.
  test.setTimeout(150_000);
  const phone = info.project.name === 'phone';
  const shot = (name: string) =>
    page.screenshot({ path: `${SHOTS}/cases-${name}-${info.project.name}.png`, fullPage: true });
  const fits = async (what: string) => {
    if (phone) expect(await smallTargets(page), `${what}: controls below 44 px`).toEqual([]);
  };

  await signIn(page, 'demo_teacher');
  await page.goto('/cases/report');
  const form = page.getByTestId('report-form');
  await expect(form).toBeVisible();
  await shot('report');
  await fits('report form');
  if (!phone) {
    // The situation is required and given in words.
    await form.getByTestId('report-submit').click();
    await expect(form.getByText('请选择九类强制报告情形之一')).toBeVisible();
    await form.getByText('被遗弃或长期处于无人照料状态').click();
    await form.getByLabel('儿童姓名').fill('不详');
    await form.getByLabel('发现的情况').fill('该生连续一周无人接送，自述父母外出，家中无人做饭。');
    const [sent] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/cases/reports') && r.request().method() === 'POST'),
      form.getByTestId('report-submit').click(),
    ]);
    expect(sent.status(), await sent.text()).toBe(201);
    const receipt = (await sent.json()) as Receipt;
    await expect(page.getByTestId('report-receipt')).toContainText(receipt.receiptNo);
    await page.goto('/cases/my-reports');
    await expect(page.getByTestId('my-report').filter({ hasText: receipt.receiptNo })).toContainText('已受理');
    // Who reported is for the case team and the audit administrator, who finds it by the receipt number.
    await signIn(page, 'demo_auditor');
    await page.goto('/audit');
    const lookup = page.getByTestId('audit-reporter-search');
    await lookup.getByRole('searchbox').fill(receipt.receiptNo);
    await lookup.getByRole('button', { name: /查\s*找/ }).click();
    const found = page.getByTestId('audit-reporter-result');
    await expect(found).toContainText(receipt.receiptNo);
    await expect(found).toContainText('demo_teacher');
    await shot('audit-reporter');
    await signIn(page, 'demo_teacher');
  }
  await page.goto('/cases/my-reports');
  await expect(page.getByRole('main').getByText('我的报告').first()).toBeVisible();
  await shot('my-reports');
  await fits('my reports');

  await signIn(page, 'demo_police');
  await page.goto('/referrals');
  await expect(page.getByRole('main').getByText('转介事项').first()).toBeVisible();
  await shot('referrals');
  await fits('referrals');

  await signIn(page, 'demo_county');
  await page.goto('/case-library');
  await expect(page.getByRole('main').getByText('案例库').first()).toBeVisible();
  await shot('library');
  await fits('library');
  // The statistics draw ECharts on canvases (a lazy chunk) within the app's Content-Security-Policy.
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) blocked.push(message.text());
  });
  await page.goto('/cases/stats');
  await expect(page.getByTestId('case-stats-totals')).toBeVisible();
  await expect(page.locator('[data-testid="case-chart-channel"] canvas')).toBeVisible();
  await expect(page.locator('[data-testid="case-chart-county"] canvas')).toBeVisible();
  await expect(page.getByTestId('case-chart-channel')).toHaveAttribute('aria-label', /^按来源: /);
  await expect(page.getByTestId('case-stats-channel').getByRole('table')).toBeVisible();
  expect(blocked, 'CSP violations on the statistics page').toEqual([]);
  await shot('stats');
  await fits('stats');
});

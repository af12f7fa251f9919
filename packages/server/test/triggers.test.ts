// Termination and review items (RULES §2.12), derived from the data on every read: the demo child turning 18 this
// month and the demo child whose father's term ran out are on the village's and the township's list and in their
// tasks; a school certificate under the city's policy keeps the first off the list until it ends; a termination
// application takes an item off; another county never sees them. Nothing on the list ends a category by itself.
import { addInterval, lastDayOf, monthOf, serviceDate } from '@hehu/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childCategories, personSituations } from '../src/db/schema.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

const today = serviceDate();

interface TriggerItem {
  childId: string;
  childName: string;
  category: string;
  kind: 'adulthood' | 'schooling_ended' | 'eligibility_lost' | 'needs_review';
  eventDate: string;
  endDate: string;
  reasons: { zh: string }[];
}

async function itemsOf(c: Client): Promise<TriggerItem[]> {
  const res = await c.get('/api/applications/triggers');
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return (res.json as { items: TriggerItem[] }).items;
}

describe('termination and review items', () => {
  it('the village and the township see the child turning 18 this month, ending with the month', async () => {
    const village = await t.as('demo_village');
    const items = await itemsOf(village);
    const adult = items.find((i) => i.kind === 'adulthood');
    expect(adult, JSON.stringify(items)).toBeDefined();
    expect(monthOf(adult!.eventDate)).toBe(monthOf(today));
    expect(adult!.endDate).toBe(lastDayOf(monthOf(today)));
    expect(adult!.reasons[0]!.zh).toBe(`${adult!.eventDate} 年满 18 周岁`);
    const township = await t.as('demo_township');
    expect((await itemsOf(township)).map((i) => i.childId)).toContain(adult!.childId);
    const tasks = (await village.get('/api/tasks')).json.data as { id: string; link: string }[];
    expect(tasks.find((x) => x.id === 'application-triggers')?.link).toBe('/applications/triggers');
  });

  it('the child whose father’s term ran out is there with the rule check’s reason', async () => {
    const township = await t.as('demo_township');
    // The term ran out with no release recorded: a fact to confirm, not yet a loss of eligibility.
    const changed = (await itemsOf(township)).find((i) => i.kind === 'needs_review');
    expect(changed).toBeDefined();
    expect(changed!.eventDate <= today).toBe(true);
    expect(changed!.reasons.map((r) => r.zh).join('')).toContain('届满');
  });

  it('once the release is recorded, the rule check finds the child no longer eligible', async () => {
    const township = await t.as('demo_township');
    const changed = (await itemsOf(township)).find((i) => i.kind === 'needs_review')!;
    const tasks = (await township.get('/api/tasks')).json.data as { id: string }[];
    const confirm = tasks.find((x) => x.id.startsWith('confirm-release:') && x.id.endsWith(changed.childId))!;
    const [, situationId] = confirm.id.split(':');
    const [situation] = await t.database.db
      .select({ personId: personSituations.personId })
      .from(personSituations)
      .where(eq(personSituations.id, situationId!));
    const personId = situation!.personId;
    const ended = await township.post(
      `/api/children/${changed.childId}/persons/${personId}/situations/${situationId}/end`,
      { until: changed.eventDate },
    );
    expect(ended.status, JSON.stringify(ended.json)).toBe(200);
    const now = (await itemsOf(township)).find((i) => i.childId === changed.childId);
    expect(now).toMatchObject({ kind: 'eligibility_lost', eventDate: changed.eventDate });
  });

  it('another county sees none of them', async () => {
    const village = await t.as('demo_village');
    const ids = (await itemsOf(village)).map((i) => i.childId);
    const elsewhere = await t.as('demo_village2');
    for (const i of await itemsOf(elsewhere)) expect(ids).not.toContain(i.childId);
  });

  it('a school certificate under the city’s policy keeps the category on; withdrawn, the item is back', async () => {
    const village = await t.as('demo_village');
    const adult = (await itemsOf(village)).find((i) => i.kind === 'adulthood');
    expect(adult).toBeDefined();
    const county = await t.as('demo_county');
    const added = await county.post(`/api/children/${adult!.childId}/schooling`, {
      schoolName: '乐山职业技术学院',
      from: today,
      until: addInterval(today, { unit: 'month', count: 14 }),
    });
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    expect((await itemsOf(village)).map((i) => i.childId)).not.toContain(adult!.childId);
    const periods = added.json.periods as { id: string; withdrawnAt: string | null }[];
    const period = periods.find((p) => p.withdrawnAt === null)!;
    const withdrawn = await county.post(`/api/children/${adult!.childId}/schooling/${period.id}/withdraw`, {
      reason: '录入错误',
    });
    expect(withdrawn.status, JSON.stringify(withdrawn.json)).toBe(200);
    expect((await itemsOf(village)).map((i) => i.childId)).toContain(adult!.childId);
  });

  it('a termination application takes the item off; the category runs on until it is approved', async () => {
    const village = await t.as('demo_village');
    const adult = (await itemsOf(village)).find((i) => i.kind === 'adulthood')!;
    const filed = await village.post('/api/applications', {
      childId: adult.childId,
      kind: 'terminate',
      category: adult.category,
      eventDate: adult.eventDate <= today ? adult.eventDate : today,
      note: '年满 18 周岁，终止保障',
    });
    expect(filed.status, JSON.stringify(filed.json)).toBe(201);
    expect((await itemsOf(village)).map((i) => i.childId)).not.toContain(adult.childId);
    const held = await t.database.db
      .select()
      .from(childCategories)
      .where(
        and(
          eq(childCategories.childId, adult.childId),
          eq(childCategories.category, adult.category),
          isNull(childCategories.endDate),
        ),
      );
    expect(held.length).toBe(1);
  });
});

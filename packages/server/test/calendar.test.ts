// The working-day calendar entered by the city: a year nobody has entered refuses deadlines, entering it makes them
// computable (the National Day week off, a Sunday worked); a make-up working day on a weekday, a date outside the
// year or on both lists is refused naming the field; the second of two editors on one version is told; only the
// city may enter it; the audit row with the lists before and after commits with the change.
import { serviceDate } from '@hehu/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditLog } from '../src/db/schema.ts';
import { createTestApp, type Response, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

const onPostgres = inject('databaseMode') === 'postgres';
const code = (res: Response) => (res.json.error as { code: string } | undefined)?.code;
const field = (res: Response) => (res.json.error as { details?: { field?: string } } | undefined)?.details?.field;

const NATIONAL_DAY = ['2030-10-01', '2030-10-02', '2030-10-03', '2030-10-04', '2030-10-05', '2030-10-06', '2030-10-07'];
const year2030 = (version: number, extra: Partial<{ holidays: string[]; workdays: string[] }> = {}) => ({
  version,
  holidays: ['2030-01-01', ...NATIONAL_DAY],
  workdays: ['2030-09-29', '2030-10-12'],
  source: '国务院办公厅关于2030年部分节假日安排的通知（测试用）',
  ...extra,
});

describe('the working-day calendar', () => {
  it('lists the years entered and the first one missing', async () => {
    const c = await t.as('demo_village');
    const res = await c.get('/api/calendar/years');
    expect(res.status).toBe(200);
    const years = (res.json.data as { year: number; holidays: string[] }[]).map((y) => y.year);
    expect(years).toEqual(expect.arrayContaining([2025, 2026]));
    expect(years).not.toContain(res.json.firstMissing);
  });

  it('a year not entered refuses deadlines; entered, the holiday week is skipped and the Sunday worked', async () => {
    const city = await t.as('demo_city');
    const ask = () => city.get('/api/calendar/deadline?from=2030-09-27&workingDays=3');
    const before = await ask();
    expect(before.status).toBe(400);
    expect(code(before)).toBe('CALENDAR_YEAR_MISSING');

    const saved = await city.put('/api/calendar/years/2030', year2030(0));
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    expect(saved.json.version).toBe(1);
    expect(saved.json.updatedByName).toBeTruthy();
    // Sat 28 off, Sun 29 worked (1), Mon 30 (2), 1–7 October off, Tue 8 (3).
    const after = await ask();
    expect(after.status).toBe(200);
    expect(after.json.due).toBe('2030-10-08');

    const [row] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'calendar.save'), eq(auditLog.targetId, '2030')));
    expect(row?.before).toBeNull();
    expect((row?.after as { workdays: string[] }).workdays).toEqual(['2030-09-29', '2030-10-12']);
  });

  it('refuses a weekday as make-up day, a date outside the year and a day on both lists, naming the field', async () => {
    const city = await t.as('demo_city');
    const weekday = await city.put('/api/calendar/years/2031', {
      ...year2030(0),
      holidays: ['2031-01-01'],
      workdays: ['2031-01-08'],
    });
    expect(weekday.status).toBe(400);
    expect(code(weekday)).toBe('CALENDAR_WORKDAY_NOT_WEEKEND');
    expect(field(weekday)).toBe('workdays.0');
    expect((weekday.json.error as { message: string }).message).toContain('2031-01-08');

    const outside = await city.put('/api/calendar/years/2031', {
      ...year2030(0),
      holidays: ['2031-01-01', '2030-12-31'],
      workdays: [],
    });
    expect(code(outside)).toBe('CALENDAR_DATE_INVALID');
    expect(field(outside)).toBe('holidays.1');

    const both = await city.put('/api/calendar/years/2031', {
      ...year2030(0),
      holidays: ['2031-01-01', '2031-01-04'],
      workdays: ['2031-01-04'],
    });
    expect(code(both)).toBe('CALENDAR_DATE_INVALID');
    expect(field(both)).toBe('workdays.0');

    const noSource = await city.put('/api/calendar/years/2031', {
      ...year2030(0),
      holidays: ['2031-01-01'],
      workdays: [],
      source: '',
    });
    expect(noSource.status).toBe(400);
    expect(JSON.stringify(noSource.json)).toContain('source');
    expect((await city.get('/api/calendar/years')).json.data).not.toContainEqual(
      expect.objectContaining({ year: 2031 }),
    );
  });

  it("from October the city is asked to enter next year's calendar, until it is entered", async () => {
    const city = await t.as('demo_city');
    const today = serviceDate();
    const next = Number(today.slice(0, 4)) + 1;
    const taskIds = async () => ((await city.get('/api/tasks')).json.data as { id: string }[]).map((x) => x.id);
    const years = (await city.get('/api/calendar/years')).json.data as { year: number }[];
    const missing = !years.some((y) => y.year === next);
    expect(await taskIds()).toEqual(
      missing && today.slice(5) >= '10-01'
        ? expect.arrayContaining(['calendar-next-year-missing'])
        : expect.not.arrayContaining(['calendar-next-year-missing']),
    );
    const village = await t.as('demo_village');
    const villageTasks = ((await village.get('/api/tasks')).json.data as { id: string }[]).map((x) => x.id);
    expect(villageTasks).not.toContain('calendar-next-year-missing');
    if (missing) {
      const saved = await city.put(`/api/calendar/years/${next}`, {
        ...year2030(0),
        holidays: [`${next}-01-01`],
        workdays: [],
      });
      expect(saved.status).toBe(200);
    }
    expect(await taskIds()).not.toContain('calendar-next-year-missing');
  });

  it('only the city enters the calendar', async () => {
    for (const user of ['demo_village', 'demo_county', 'demo_auditor']) {
      const res = await (
        await t.as(user)
      ).put('/api/calendar/years/2032', { ...year2030(0), holidays: ['2032-01-01'], workdays: [] });
      expect(res.status, user).toBe(403);
    }
  });

  it('the second of two editors on one version is told, and nothing is overwritten', async () => {
    const city = await t.as('demo_city');
    const first = await city.put('/api/calendar/years/2033', {
      ...year2030(0),
      holidays: ['2033-01-01'],
      workdays: [],
    });
    expect(first.status).toBe(200);
    const a = await city.put('/api/calendar/years/2033', {
      ...year2030(1),
      holidays: ['2033-01-01', '2033-05-01'],
      workdays: [],
    });
    const b = await city.put('/api/calendar/years/2033', {
      ...year2030(1),
      holidays: ['2033-01-01', '2033-10-01'],
      workdays: [],
    });
    expect(a.status).toBe(200);
    expect(b.status).toBe(409);
    expect(code(b)).toBe('CALENDAR_CHANGED');
    const stored = (await city.get('/api/calendar/years')).json.data as { year: number; holidays: string[] }[];
    expect(stored.find((y) => y.year === 2033)?.holidays).toEqual(['2033-01-01', '2033-05-01']);
  });

  it.runIf(onPostgres)(
    'two editors at the same moment on PostgreSQL: one saves, one is told, one audit row',
    async () => {
      const city = await t.as('demo_city');
      expect(
        (await city.put('/api/calendar/years/2034', { ...year2030(0), holidays: ['2034-01-01'], workdays: [] })).status,
      ).toBe(200);
      const results = await Promise.all(
        ['2034-05-01', '2034-10-01'].map((day) =>
          city.put('/api/calendar/years/2034', { ...year2030(1), holidays: ['2034-01-01', day], workdays: [] }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const rows = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'calendar.save'), eq(auditLog.targetId, '2034')));
      expect(rows).toHaveLength(2);
    },
  );
});

// SQL's current_date and the code's serviceDate() must name the same day, or a category ending "today"
// would be current in one place and ended in the other between 00:00 and 08:00 in Leshan.
import { serviceDate } from '@hehu/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

describe('the service date', () => {
  it('is the same in the database session as in the code', async () => {
    const result = await t.database.db.execute<{ tz: string; today: string }>(
      sql`select current_setting('TimeZone') as tz, current_date::text as today`,
    );
    const row = (result as { rows: { tz: string; today: string }[] }).rows[0];
    expect(row?.tz).toBe('Asia/Shanghai');
    expect(row?.today).toBe(serviceDate());
  });
});

// What the roll tests share: a county emptied of the demo's allowance data, beneficiaries made as the owner (a
// guardian, an account held by the guardian, dated categories) and the city's standards published through the API.
import { makeIdNumber } from '@hehu/domain';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import type { Client, TestApp } from './harness.ts';

export interface Kid {
  id: string;
  name: string;
  relationId: string;
}

export function ownerQueries(t: TestApp) {
  return <T extends Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T[]> =>
    queryRows<T>(t.database.db, query);
}

/**
 * The county's own beneficiaries only: demo categories and rolls would make every figure depend on the demo.
 * Answers the county's first village.
 */
export async function emptyCountyAllowances(t: TestApp, county: string): Promise<string> {
  const owner = ownerQueries(t);
  await owner(sql`delete from allowance_rolls`);
  await owner(sql`delete from allowance_payee_accounts`);
  await owner(sql`delete from allowance_standards`);
  await owner(sql`update applications set category_id = null where category_id in (select cc.id from child_categories cc
    join children c on c.id = cc.child_id where c.division_code like ${`${county}%`})`);
  await owner(sql`delete from child_categories cc using children c where c.id = cc.child_id
    and c.division_code like ${`${county}%`} and cc.category in ('orphan_institutional', 'orphan_scattered',
    'de_facto_unsupported', 'difficulty_economic', 'difficulty_disability', 'difficulty_guardianship')`);
  const [village] = await owner<{ code: string }>(
    sql`select code from divisions where level = 'village' and code like ${`${county}%`} order by code limit 1`,
  );
  return village!.code;
}

/** A child of the village with a guardian, an account held by the guardian and the given categories. */
export async function makeBeneficiary(
  t: TestApp,
  village: string,
  name: string,
  birthDate: string,
  categories: { category: string; start: string; recordedOn: string }[],
  n: number,
): Promise<Kid> {
  const owner = ownerQueries(t);
  const idNumber = makeIdNumber(village.slice(0, 6), birthDate, 900 + n);
  const cipher = t.services.cipher;
  const [child] = await owner<{ id: string }>(
    sql`insert into children (name, sex, birth_date, division_code, id_number_enc, id_number_index, id_number_masked)
      values (${name}, 'M', ${birthDate}, ${village}, ${cipher.encrypt(idNumber)}, ${cipher.blindIndex(idNumber)},
        ${`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`}) returning id`,
  );
  const id = child!.id;
  const [person] = await owner<{ id: string }>(
    sql`insert into persons (name, sex) values (${`${name}祖母`}, 'F') returning id`,
  );
  const [relation] = await owner<{ id: string }>(
    sql`insert into child_relations (child_id, person_id, kind, relation_label, start_date)
      values (${id}, ${person!.id}, 'guardian', '祖母', '2020-01-01') returning id`,
  );
  for (const c of categories) {
    await owner(
      sql`insert into child_categories (child_id, category, start_date, decision_ref, created_at)
        values (${id}, ${c.category}, ${c.start}, 'test', ${`${c.recordedOn}T10:00:00+08:00`}::timestamptz)`,
    );
  }
  const account = `62284800${String(1000000 + n)}`;
  await owner(
    sql`insert into allowance_payee_accounts (child_id, holder_kind, holder_relation_id, holder_name, bank_name,
        account_enc, account_index, account_masked)
      values (${id}, 'guardian', ${relation!.id}, ${`${name}祖母`}, '乐山市商业银行', ${cipher.encrypt(account)},
        ${cipher.blindIndex(account)}, ${`${account.slice(0, 4)}****${account.slice(-4)}`})`,
  );
  return { id, name, relationId: relation!.id };
}

/** The city's standards from 2020: 900 yuan scattered, 1,400 institutional, de facto following the scattered one. */
export async function publishStandards(city: Client): Promise<void> {
  for (const [category, yuan] of [
    ['orphan_scattered', 900],
    ['orphan_institutional', 1400],
  ] as const) {
    const res = await city.post('/api/allowances/standards', {
      category,
      countyCode: null,
      effectiveMonth: '2020-01',
      amountFen: yuan * 100,
      followsCategory: null,
      notice: '乐民发〔2019〕1号（测试）',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
  }
  const follows = await city.post('/api/allowances/standards', {
    category: 'de_facto_unsupported',
    countyCode: null,
    effectiveMonth: '2020-01',
    amountFen: null,
    followsCategory: 'orphan_scattered',
    notice: '乐民发〔2019〕2号（测试）',
  });
  expect(follows.status).toBe(201);
}

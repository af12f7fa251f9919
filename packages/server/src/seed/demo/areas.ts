// The places of the demo, from the reference data: every village with its township and county names, and the
// villages the demo accounts work in (the same rule as the accounts' grants: the first by code).
import { asc, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { divisions } from '../../db/schema.ts';
import type { Village } from './families.ts';
import type { DemoAreas } from './featured.ts';

const RURAL = /(村委会|村民委员会)$/;
/** 沐川县: where an orphan now in the city welfare home is still registered. */
const WELFARE_ORIGIN_COUNTY = '511129';
/** 峨眉山市: where the sibling of a child in the welfare home lives with the grandmother. */
const LINK_ORIGIN_COUNTY = '511181';

export async function loadVillages(db: Queryable): Promise<Village[]> {
  const rows = await db
    .select({ code: divisions.code, name: divisions.name, level: divisions.level })
    .from(divisions)
    .where(inArray(divisions.level, ['county', 'township', 'village']))
    .orderBy(asc(divisions.code));
  const names = new Map(rows.filter((r) => r.level !== 'village').map((r) => [r.code, r.name]));
  return rows
    .filter((r) => r.level === 'village')
    .map((r) => ({
      code: r.code,
      name: r.name,
      townshipName: names.get(r.code.slice(0, 9)) ?? '',
      countyName: names.get(r.code.slice(0, 6)) ?? '',
      urban: !RURAL.test(r.name),
    }));
}

function firstWhere(villages: readonly Village[], what: string, test: (v: Village) => boolean): Village {
  const found = villages.find(test);
  if (!found) throw new Error(`no village for the demo's ${what} in the reference data`);
  return found;
}

/** The demo accounts' villages and the places their transfers and requests involve. */
export function demoAreas(villages: readonly Village[], county: string, otherCounty: string): DemoAreas {
  const village = firstWhere(villages, 'village', (v) => v.code.startsWith(county));
  const township = village.code.slice(0, 9);
  const inTownship = villages.filter((v) => v.code.startsWith(township) && v.code !== village.code);
  return {
    village,
    village2: firstWhere(villages, 'second village', (v) => v.code.startsWith(otherCounty)),
    township,
    welfareVillage: firstWhere(inTownship, 'welfare home', (v) => v.urban),
    intoTownship: firstWhere(inTownship, 'transfer target', (v) => !v.urban),
    elsewhereInCounty: firstWhere(
      villages,
      'move within the county',
      (v) => v.code.startsWith(county) && !v.code.startsWith(township) && !v.urban,
    ),
    welfareOrigin: firstWhere(villages, 'welfare origin', (v) => v.code.startsWith(WELFARE_ORIGIN_COUNTY) && !v.urban),
    linkOrigin: firstWhere(villages, 'link origin', (v) => v.code.startsWith(LINK_ORIGIN_COUNTY) && !v.urban),
  };
}

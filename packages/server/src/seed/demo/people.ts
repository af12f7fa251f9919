// Names, ID numbers, phones and addresses of the demo data's people. Never a real person: common surnames and
// given-name characters (the domain's lists), ID numbers with a valid check digit made from the area and birth date.
import {
  COMMON_SURNAMES,
  GIVEN_NAME_CHARS_FEMALE,
  GIVEN_NAME_CHARS_MALE,
  GIVEN_NAME_CHARS_NEUTRAL,
  makeIdNumber,
} from '@hehu/domain';
import { hashText, type Rng } from './random.ts';

export type Sex = 'M' | 'F';

/** A surname, the frequent ones more often (as in household-registration statistics). */
export function surname(rng: Rng): string {
  const index = Math.min(COMMON_SURNAMES.length - 1, Math.floor(rng.float() ** 2 * COMMON_SURNAMES.length));
  return COMMON_SURNAMES[index] ?? '王';
}

function givenChar(rng: Rng, sex: Sex): string {
  const own = sex === 'M' ? GIVEN_NAME_CHARS_MALE : GIVEN_NAME_CHARS_FEMALE;
  return rng.chance(0.7) ? rng.pick(own) : rng.pick(GIVEN_NAME_CHARS_NEUTRAL);
}

/** A full name; a quarter of given names have one character, like the domain's demo names. */
export function personName(rng: Rng, sex: Sex, family?: string): string {
  const first = family ?? surname(rng);
  return rng.chance(0.25) ? first + givenChar(rng, sex) : first + givenChar(rng, sex) + givenChar(rng, sex);
}

/** The same name with one given-name character changed: how the same child is typed twice. */
export function misspelled(rng: Rng, name: string, sex: Sex): string {
  const chars = Array.from(name);
  if (chars.length < 2) return name + givenChar(rng, sex);
  const at = chars.length - 1;
  let replacement = givenChar(rng, sex);
  while (replacement === chars[at]) replacement = givenChar(rng, sex);
  chars[at] = replacement;
  return chars.join('');
}

/**
 * ID numbers unique by construction: a counter per area, birth date and sex, starting from a stable offset.
 * Sequences stay below 300 in practice, apart from the 3xx–9xx numbers hand-made ID numbers tend to use.
 */
export class IdNumbers {
  private readonly used = new Map<string, number>();
  next(region: string, birthDate: string, sex: Sex): string {
    const key = `${region}${birthDate}${sex}`;
    const count = this.used.get(key) ?? 0;
    this.used.set(key, count + 1);
    const sequence = 2 * ((hashText(key) % 100) + count) + (sex === 'M' ? 1 : 0);
    if (sequence > 999) throw new Error(`more than ${count} demo ID numbers for ${key}`);
    return makeIdNumber(region, birthDate, sequence);
  }
}

const MOBILE_PREFIXES = [
  '133',
  '135',
  '136',
  '138',
  '139',
  '150',
  '152',
  '158',
  '159',
  '177',
  '180',
  '182',
  '187',
  '189',
];

export function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

/** Where parents from Leshan go to work (the provinces of the plan's migrant-labour flows). */
export const WORK_PLACES: readonly string[] = [
  '广东省东莞市',
  '广东省深圳市宝安区',
  '广东省佛山市',
  '浙江省宁波市',
  '浙江省义乌市',
  '江苏省苏州市',
  '福建省晋江市',
  '上海市松江区',
  '四川省成都市',
  '四川省成都市双流区',
  '重庆市渝北区',
  '新疆维吾尔自治区库尔勒市',
  '北京市大兴区',
];

export interface PlaceNames {
  county: string;
  township: string;
  village: string;
}

/** "市中区大佛街道篦子街社区" from the division names, without the committee suffix. */
export function placeName(p: PlaceNames): string {
  const village = p.village.replace(/(社区)?居民委员会$|(社区)?居委会$/, '社区').replace(/村民委员会$|村委会$/, '村');
  return `${p.county}${p.township}${village}`;
}

export function homeAddress(rng: Rng, p: PlaceNames): string {
  return p.village.endsWith('村委会') || p.village.endsWith('村民委员会')
    ? `${placeName(p)}${rng.int(1, 12)}组${rng.int(1, 60)}号`
    : `${placeName(p)}${rng.pick(['人民路', '新华街', '滨江路', '学府路', '育贤街'])}${rng.int(1, 300)}号${rng.int(1, 6)}单元`;
}

/** Kinship labels of guardians and entrusted carers, as the village writes them. */
export const GRANDPARENTS = {
  paternal: [
    { label: '祖母', sex: 'F' as const },
    { label: '祖父', sex: 'M' as const },
  ],
  maternal: [
    { label: '外祖母', sex: 'F' as const },
    { label: '外祖父', sex: 'M' as const },
  ],
};

export const RELATIVES = [
  { label: '叔叔', sex: 'M' as const, paternal: true },
  { label: '伯父', sex: 'M' as const, paternal: true },
  { label: '姑姑', sex: 'F' as const, paternal: true },
  { label: '舅舅', sex: 'M' as const, paternal: false },
  { label: '姨妈', sex: 'F' as const, paternal: false },
];

/** Ethnic groups: the two Yi autonomous counties, and a few Hui and Tibetan families elsewhere. */
export function ethnicity(rng: Rng, county: string): string {
  if (county === '511132' || county === '511133') return rng.chance(0.55) ? '彝族' : '汉族';
  const x = rng.float();
  return x < 0.975 ? '汉族' : x < 0.99 ? '彝族' : x < 0.995 ? '回族' : '藏族';
}

/** Regions other than Leshan's counties where a parent's ID number may come from (marriages across Sichuan). */
export const OTHER_REGIONS: readonly string[] = ['510107', '511402', '511502', '511302', '513401', '510502'];

// De-identification for the case library (案例库): a case written up for training keeps what happened and
// loses who and where. Known names and places come from the case record; ID numbers, phone numbers and
// dates are found by pattern. remainingIdentifiers is the check run before an entry may be published.

export interface KnownIdentifiers {
  /** People named in the case (child, guardians, reporter), as written: 2–4 Chinese characters. */
  names: readonly string[];
  /** Villages, schools, streets, institutions: anything that locates the child. */
  places: readonly string[];
}

// Two-character surnames, so that 欧阳小红 becomes 欧阳某 rather than 欧某.
const COMPOUND_SURNAMES: readonly string[] = [
  ...'欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒'.split(' '),
  ...'夏侯 端木 轩辕 澹台 西门 南宫 万俟 闻人 申屠 呼延 独孤 太史'.split(' '),
];

const CHINESE_NAME = /^\p{Script=Han}{2,4}$/u;

function surnameOf(name: string): string | null {
  if (!CHINESE_NAME.test(name)) return null;
  const compound = COMPOUND_SURNAMES.find((s) => name.startsWith(s) && name.length > s.length);
  return compound ?? name.slice(0, 1);
}

/**
 * Each known string with what replaces it. A person's given name of two or more characters is matched on its
 * own too, because case narratives call a child 小明 after first naming 王小明; a one-character given name
 * alone would match ordinary words, so it is not.
 */
function replacements(known: KnownIdentifiers): Map<string, string> {
  const map = new Map<string, string>();
  for (const raw of known.places) {
    const place = raw.trim();
    if (place !== '') map.set(place, '某地');
  }
  for (const raw of known.names) {
    const name = raw.trim();
    if (name === '') continue;
    const surname = surnameOf(name);
    if (surname === null) {
      map.set(name, '某人');
      continue;
    }
    const masked = `${surname}某`;
    map.set(name, masked);
    const given = name.slice(surname.length);
    if (given.length >= 2 && !map.has(given)) map.set(given, masked);
  }
  // A name written already masked (王某) is nothing to remove.
  for (const [text, masked] of map) if (text === masked) map.delete(text);
  return map;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation, longest first, so 乐山市市中区 is replaced whole before 乐山市 and nothing is replaced twice. */
function knownPattern(map: Map<string, string>): RegExp | null {
  if (map.size === 0) return null;
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  return new RegExp(keys.map(escape).join('|'), 'gu');
}

const CN_DIGIT = '〇零一二三四五六七八九';
const YEAR = `(?:\\d{4}|[${CN_DIGIT}]{4})`;
const MONTH = `(?:\\d{1,2}|[一二三四五六七八九十]{1,3})`;
const DAY = `(?:\\d{1,2}|[一二三四五六七八九十]{1,3})`;

/** Patterns in the order they are applied: ID numbers before phones, full dates before partial ones. */
const PATTERNS: readonly { kind: 'id' | 'phone' | 'date'; pattern: RegExp; replace: string }[] = [
  { kind: 'id', pattern: /(?<!\d)\d{17}[\dXx](?![\dA-Za-z])/g, replace: '【身份证号】' },
  { kind: 'id', pattern: /(?<!\d)\d{15}(?!\d)/g, replace: '【身份证号】' },
  { kind: 'phone', pattern: /(?<!\d)1\d{2}[- ]?\d{4}[- ]?\d{4}(?!\d)/g, replace: '【电话】' },
  // Landlines too (Leshan is 0833-xxxxxxx): a home number locates a family as well as a mobile does.
  { kind: 'phone', pattern: /(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/g, replace: '【电话】' },
  { kind: 'date', pattern: /(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/g, replace: '某年某月某日' },
  { kind: 'date', pattern: new RegExp(`${YEAR}年${MONTH}月${DAY}[日号]`, 'gu'), replace: '某年某月某日' },
  { kind: 'date', pattern: new RegExp(`${YEAR}年${MONTH}月`, 'gu'), replace: '某年某月' },
  { kind: 'date', pattern: new RegExp(`${MONTH}月${DAY}[日号]`, 'gu'), replace: '某月某日' },
];

/** The text with known names and places, ID numbers, phone numbers and dates replaced by placeholders. */
export function anonymiseCaseText(text: string, known: KnownIdentifiers): string {
  let out = text;
  // Numbers first: a known place name never contains digits, but a digit run could sit next to one.
  for (const { pattern, replace } of PATTERNS) out = out.replace(pattern, replace);
  const map = replacements(known);
  const pattern = knownPattern(map);
  if (pattern !== null) out = out.replace(pattern, (found) => map.get(found) ?? found);
  // 乐山市市中区青平镇 written as two known places reads as one place, not 某地某地.
  return out.replace(/(?:某地){2,}/g, '某地');
}

/** What in the text still identifies someone: known names and places, and ID, phone and date patterns. */
export function remainingIdentifiers(text: string, known: KnownIdentifiers): string[] {
  const found = new Set<string>();
  const map = replacements(known);
  const pattern = knownPattern(map);
  if (pattern !== null) for (const m of text.matchAll(pattern)) found.add(m[0]);
  for (const { pattern: p } of PATTERNS) for (const m of text.matchAll(p)) found.add(m[0]);
  return [...found];
}

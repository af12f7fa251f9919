// Passwords that meet the length and character rules but are among the first an attacker tries: a common word
// (English, pinyin, the city and the system's own names) with digits, years or symbols around it or letters
// swapped for look-alike digits, keyboard walks, and short units repeated. Used by the password rules in
// password.ts, so the browser's live check and the server refuse the same passwords.

/**
 * Common words as letters only, lower case. Digits and symbols around or inside them do not make them safe
 * ("Password1", "Leshan2026", "P@ssw0rd" all reduce to an entry here).
 */
// prettier-ignore
export const COMMON_PASSWORD_WORDS: readonly string[] = [
  // The most used passwords worldwide.
  'password', 'passwd', 'pass', 'passw', 'passport', 'admin', 'administrator', 'root', 'user', 'guest', 'test',
  'tester', 'testing', 'default', 'changeme', 'welcome', 'letmein', 'login', 'logon', 'secret', 'private',
  'master', 'super', 'superman', 'batman', 'iloveyou', 'love', 'lover', 'loveme', 'hello', 'hellokitty', 'monkey',
  'dragon', 'shadow', 'sunshine', 'princess', 'football', 'baseball', 'soccer', 'michael', 'jordan', 'charlie',
  'freedom', 'whatever', 'trustno', 'starwars', 'pokemon', 'computer', 'internet', 'access', 'system', 'server',
  'database', 'manager', 'office', 'company', 'demo', 'temp', 'temporary', 'abc', 'abcd', 'abcde', 'abcdef',
  'abcdefg', 'abcdefgh', 'qwerty', 'qwertyuiop', 'asdf', 'asdfgh', 'asdfghjkl', 'zxcv', 'zxcvbn', 'zxcvbnm',
  'qazwsx', 'qazwsxedc', 'zaqxsw', 'qwe', 'qwer', 'qwert', 'asd', 'zxc', 'aaa', 'xxx', 'god', 'jesus', 'angel',
  'summer', 'winter', 'spring', 'autumn', 'monday', 'friday', 'january', 'december', 'flower', 'tiger', 'happy',
  'lucky', 'money', 'killer', 'hunter', 'ranger', 'buster', 'ninja', 'mustang', 'harley', 'cookie', 'cheese',
  'chocolate', 'banana', 'orange', 'apple', 'google', 'microsoft', 'windows', 'linux', 'oracle', 'mysql',
  'postgres', 'wifi', 'mobile', 'phone',
  // Pinyin and Chinese favourites.
  'woaini', 'aini', 'woaiwojia', 'mima', 'wodemima', 'mimamima', 'zhongguo', 'china', 'chinese',
  'beijing', 'shanghai', 'guangzhou', 'shenzhen', 'chengdu', 'chongqing', 'sichuan', 'huawei', 'xiaomi',
  'tencent', 'baidu', 'taobao', 'alibaba', 'weixin', 'wechat', 'qq', 'kaixin', 'xingfu', 'pingan', 'yongyuan',
  'tiantian', 'xiaoming', 'xiaohong', 'laopo', 'laogong', 'baobao', 'baobei', 'zhangwei', 'wangwei', 'liwei',
  'wanglei', 'liuyang', 'zhangjie', 'lijing', 'wangfang', 'zhangmin', 'zhangli', 'liming', 'wangjing',
  'yonghu', 'guanli', 'guanliyuan', 'xitong', 'ceshi', 'mingzi', 'shouji', 'gongzuo', 'bangong', 'danwei',
  // This city, its places, and the system and its users' own words.
  'leshan', 'lsmz', 'leshanshi', 'emei', 'emeishan', 'dafo', 'leshandafo', 'shizhong', 'wutongqiao',
  'jinkouhe', 'shawan', 'qianwei', 'jingyan', 'jiajiang', 'muchuan', 'ebian', 'mabian', 'hehu', 'minzheng',
  'minzhengju', 'ertong', 'ertongfuli', 'fuli', 'weibao', 'weichengnianren', 'baohu', 'zhengfu', 'shequ',
  'cunwei', 'jiedao', 'xiangzhen', 'sysadmin', 'secadmin', 'auditor', 'audit', 'officer', 'welfare',
  'children', 'child',
];

const WORDS = new Set(COMMON_PASSWORD_WORDS);
/** Words long enough to be told apart when two are run together ("AdminLeshan"); shorter ones match alone. */
const JOINABLE = new Set(COMMON_PASSWORD_WORDS.filter((w) => w.length >= 5));

/** Rows, columns and runs a hand follows on a keyboard or in the alphabet, read either way. */
const SEQUENCES = [
  '1234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'abcdefghijklmnopqrstuvwxyz',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  'qazwsxedcrfvtgbyhnujmikolp',
  'zaq1xsw2cde3vfr4bgt5nhy6mju7',
  '1q2w3e4r5t6y7u8i9o0p',
  'q1w2e3r4t5y6u7i8o9p0',
  'a1b2c3d4e5f6',
];
const SEQUENCE_TEXT = [...SEQUENCES, ...SEQUENCES.map((s) => Array.from(s).reverse().join(''))];

/** The digit under each shifted symbol on a US keyboard: "!QAZ@WSX" is typed like "1qaz2wsx". */
// prettier-ignore
const SHIFTED: Record<string, string> = {
  '!': '1', '@': '2', '#': '3', $: '4', '%': '5', '^': '6', '&': '7', '*': '8', '(': '9', ')': '0',
};
/** Look-alike digits and symbols inside a word: "P@ssw0rd" is "password". */
const LEET: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '0': 'o', $: 's', '5': 's', '7': 't', '!': 'i' };

const isLetter = (c: string) => /\p{L}/u.test(c);
const lettersOnly = (s: string) => Array.from(s).filter(isLetter).join('');

/** The text between the first and the last letter: digits and symbols around a word are dropped. */
function innerPart(s: string): string {
  const chars = Array.from(s);
  const first = chars.findIndex(isLetter);
  if (first < 0) return '';
  let last = chars.length - 1;
  while (!isLetter(chars[last] ?? '')) last--;
  return chars.slice(first, last + 1).join('');
}

/** Cut into at most `maxPieces` pieces, each accepted by `piece`. */
function segments(s: string, maxPieces: number, piece: (part: string) => boolean): boolean {
  if (s.length === 0) return false;
  const best: number[] = new Array<number>(s.length + 1).fill(Infinity);
  best[0] = 0;
  for (let end = 1; end <= s.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start] ?? Infinity;
      if (before + 1 < (best[end] ?? Infinity) && piece(s.slice(start, end))) best[end] = before + 1;
    }
  }
  return (best[s.length] ?? Infinity) <= maxPieces;
}

const isWalkPiece = (part: string) =>
  (part.length >= 3 && SEQUENCE_TEXT.some((seq) => seq.includes(part))) || /^(.)\1{2,}$/.test(part);

/** A keyboard walk or run, possibly in up to three stretches ("qwer1234", "1qaz@WSX", "abc123"). */
function isKeyboardPattern(lower: string): boolean {
  const shifted = Array.from(lower, (c) => SHIFTED[c] ?? c).join('');
  const withoutSymbols = lower.replace(/[^\p{L}\p{N}]/gu, '');
  return [shifted, withoutSymbols].some((s) => segments(s, 3, isWalkPiece));
}

/** The letters of the word the password is built on, as typed and with look-alikes read back as letters. */
function coreWords(lower: string): string[] {
  const inner = innerPart(lower);
  const decoded = (one: string) => Array.from(inner, (c) => (c === '1' ? one : (LEET[c] ?? c))).join('');
  return [...new Set([lettersOnly(lower), lettersOnly(decoded('i')), lettersOnly(decoded('l'))])];
}

function isCommonCore(core: string): boolean {
  if (new Set(core).size < 2) return true; // "Aa123456", "A1234567!": the letters add nothing
  if (WORDS.has(core)) return true;
  const unit = /^(.+?)\1+$/.exec(core)?.[1];
  if (unit !== undefined && (WORDS.has(unit) || unit.length <= 3)) return true; // "passpass", "abab"
  if (segments(core, 2, (w) => JOINABLE.has(w))) return true; // "adminleshan"
  if (isKeyboardPattern(core)) return true;
  // A letter or two added before or after does not hide the word: "qwertyQ", "Passwordab".
  for (let front = 0; front <= 2; front++) {
    for (let back = 0; back <= 2 && front + back > 0; back++) {
      const rest = core.slice(front, core.length - back);
      if (rest.length >= 4 && (WORDS.has(rest) || isKeyboardPattern(rest))) return true;
    }
  }
  return false;
}

/** True when the password is a common word, the city's name, a keyboard pattern or a repeat, however dressed. */
export function isCommonPassword(password: string): boolean {
  const lower = password.normalize('NFKC').toLowerCase();
  if (/^(.{1,4})\1+$/u.test(lower)) return true; // "Aa1!Aa1!"
  if (isKeyboardPattern(lower)) return true;
  return coreWords(lower).some(isCommonCore);
}

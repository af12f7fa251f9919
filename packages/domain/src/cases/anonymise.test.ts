import { describe, expect, it } from 'vitest';
import { anonymiseCaseText, remainingIdentifiers } from './anonymise.ts';

const known = {
  names: ['王小明', '王建国', '李秀英', '欧阳春花'],
  places: ['乐山市市中区', '乐山市', '青平镇', '青平镇中心小学', '红星村'],
};

const paragraph =
  '2026年3月5日上午，乐山市市中区青平镇中心小学班主任欧阳春花（电话13812345678）拨打未成年人保护热线，' +
  '反映学生王小明（男，11岁，身份证号51110220150304123X）手臂有多处淤青。经了解，小明父亲王建国' +
  '（身份证号511102198501011234，电话 139-0833-1234）长期在外务工，小明随奶奶李秀英居住在红星村。' +
  '3月6日，青平镇工作人员入户核查；2026/3/9 召开联席会议，2026-03-12 形成帮扶计划，' +
  '2026年4月起每月走访一次。家中座机 0833-2123456。';

describe('anonymiseCaseText', () => {
  const out = anonymiseCaseText(paragraph, known);

  it('leaves no name, ID number, phone, place or date', () => {
    expect(remainingIdentifiers(out, known)).toEqual([]);
    for (const s of ['小明', '建国', '秀英', '春花', '乐山', '青平', '红星', '1381234', '5111', '0833']) {
      expect(out).not.toContain(s);
    }
  });

  it('keeps surnames and marks what was removed', () => {
    expect(out).toContain('班主任欧阳某');
    expect(out).toContain('学生王某');
    expect(out).toContain('随奶奶李某居住在某地');
    expect(out).toContain('【身份证号】');
    expect(out).toContain('【电话】');
    expect(out.startsWith('某年某月某日上午，某地班主任')).toBe(true);
    expect(out).toContain('某月某日，某地工作人员');
    expect(out).toContain('某年某月某日 召开联席会议，某年某月某日 形成帮扶计划');
    expect(out).toContain('某年某月起每月走访一次');
    // What happened stays readable.
    expect(out).toContain('手臂有多处淤青');
    expect(out).toContain('11岁');
  });

  it('replaces the longer known string first', () => {
    expect(anonymiseCaseText('乐山市市中区和乐山市', { names: [], places: ['乐山市', '乐山市市中区'] })).toBe(
      '某地和某地',
    );
  });

  it('masks a 15-digit ID number and dates written in Chinese numerals', () => {
    expect(anonymiseCaseText('旧证511102850101123，二〇二六年三月五日、三月六日', { names: [], places: [] })).toBe(
      '旧证【身份证号】，某年某月某日、某月某日',
    );
  });
});

describe('remainingIdentifiers', () => {
  const none = { names: [], places: [] };
  it('finds each kind of identifier', () => {
    expect(remainingIdentifiers('王小明在家', known)).toEqual(['王小明']);
    expect(remainingIdentifiers('小明在家', known)).toEqual(['小明']);
    expect(remainingIdentifiers('住在红星村', known)).toEqual(['红星村']);
    expect(remainingIdentifiers('证号51110220150304123x', none)).toEqual(['51110220150304123x']);
    expect(remainingIdentifiers('证号511102850101123', none)).toEqual(['511102850101123']);
    expect(remainingIdentifiers('电话15912345678', none)).toEqual(['15912345678']);
    expect(remainingIdentifiers('于3月5日', none)).toEqual(['3月5日']);
    expect(remainingIdentifiers('于2026年3月', none)).toEqual(['2026年3月']);
    expect(remainingIdentifiers('于2026/3/5', none)).toEqual(['2026/3/5']);
  });

  it('finds nothing in plain text or in placeholders', () => {
    expect(remainingIdentifiers('王某于某年某月某日在某地，电话【电话】', known)).toEqual([]);
    expect(remainingIdentifiers('孩子11岁，读五年级', known)).toEqual([]);
  });
});

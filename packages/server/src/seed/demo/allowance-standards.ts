// The city's allowance standards in the demo: 2016 and 2020, and this year's mid-year raise (issued in June,
// effective from January). The notices' numbers (文号) are invented, like everything else in the demo.
import { monthOf, type Month } from '@hehu/domain';

/** The raise's year: this year once June's roll is behind us, else last year (the story needs June's roll). */
export function raiseYear(asOf: string): number {
  const month = monthOf(asOf);
  const year = Number(month.slice(0, 4));
  return month > `${year}-06` ? year : year - 1;
}

export interface SeedStandard {
  category: 'orphan_institutional' | 'orphan_scattered' | 'de_facto_unsupported';
  effectiveMonth: Month;
  amountFen: number | null;
  followsCategory: string | null;
  notice: string;
  issuedOn: string;
}

/** The city's standards: 2016, 2020 and the raise from January of `raiseYear`, issued in its June. */
export function demoStandards(asOf: string): SeedStandard[] {
  const year = raiseYear(asOf);
  const raise = `乐民发〔${year}〕47号`;
  return [
    {
      category: 'orphan_institutional',
      effectiveMonth: '2016-01',
      amountFen: 124_600,
      followsCategory: null,
      notice: '乐民发〔2015〕236号',
      issuedOn: '2015-12-18',
    },
    {
      category: 'orphan_scattered',
      effectiveMonth: '2016-01',
      amountFen: 74_800,
      followsCategory: null,
      notice: '乐民发〔2015〕236号',
      issuedOn: '2015-12-18',
    },
    {
      category: 'orphan_institutional',
      effectiveMonth: '2020-01',
      amountFen: 140_000,
      followsCategory: null,
      notice: '乐民发〔2019〕158号',
      issuedOn: '2019-12-20',
    },
    {
      category: 'orphan_scattered',
      effectiveMonth: '2020-01',
      amountFen: 90_000,
      followsCategory: null,
      notice: '乐民发〔2019〕158号',
      issuedOn: '2019-12-20',
    },
    {
      category: 'de_facto_unsupported',
      effectiveMonth: '2020-01',
      amountFen: null,
      followsCategory: 'orphan_scattered',
      notice: '乐民发〔2019〕158号',
      issuedOn: '2019-12-20',
    },
    {
      category: 'orphan_institutional',
      effectiveMonth: `${year}-01`,
      amountFen: 150_000,
      followsCategory: null,
      notice: raise,
      issuedOn: `${year}-06-10`,
    },
    {
      category: 'orphan_scattered',
      effectiveMonth: `${year}-01`,
      amountFen: 100_000,
      followsCategory: null,
      notice: raise,
      issuedOn: `${year}-06-10`,
    },
  ];
}

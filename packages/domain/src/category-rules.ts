// The parameters of the category rules (RULES §1.3–1.5): the serious-illness list and every number the rules use.
// They are data the city publishes as numbered versions; each evaluation names the version it used.

export interface SeriousIllness {
  /** A stable code stored with a parent's situation. */
  code: string;
  zh: string;
  en: string;
}

export interface CategoryRulesConfig {
  /** Recorded with each decision, e.g. "2026-01". */
  version: string;
  /** The first day this version applies to; an evaluation uses the latest version in force on its date. */
  effectiveFrom: string;
  /** The locally published serious-illness list (重病目录). */
  seriousIllnesses: readonly SeriousIllness[];
  /** A parent's disability of any kind at this grade or better (1 is the most severe) is 重残. */
  severeDisabilityMaxGrade: number;
  /** Mental or intellectual disability at this grade or better is 重残. */
  severeMentalDisabilityMaxGrade: number;
  /** Imprisonment, compulsory rehabilitation or another restriction of liberty: the shortest term that counts. */
  minRestrictionMonths: number;
  /** Lost contact counts once it has lasted this long from the police report. */
  minLostContactMonths: number;
  /** 留守: under this age. */
  leftBehindMaxAge: number;
  /** Every category ends at this age (未成年人保护法 Art. 2). */
  adultAge: number;
}

// A starting list only: each county publishes its own, so the city replaces it by publishing a new version.
export const SERIOUS_ILLNESS_DEFAULTS: readonly SeriousIllness[] = [
  { code: 'malignant_tumor', zh: '恶性肿瘤', en: 'malignant tumour' },
  { code: 'leukemia', zh: '白血病', en: 'leukaemia' },
  { code: 'uremia', zh: '尿毒症', en: 'uraemia' },
  { code: 'severe_mental_illness', zh: '重症精神病', en: 'severe mental illness' },
  { code: 'congenital_heart_disease', zh: '先天性心脏病', en: 'congenital heart disease' },
  { code: 'aplastic_anemia', zh: '再生障碍性贫血', en: 'aplastic anaemia' },
  { code: 'hemophilia', zh: '血友病', en: 'haemophilia' },
  { code: 'thalassemia_major', zh: '重型地中海贫血', en: 'thalassaemia major' },
  { code: 'organ_transplant', zh: '器官移植术后抗排异治疗', en: 'anti-rejection treatment after transplant' },
  { code: 'lupus', zh: '系统性红斑狼疮', en: 'systemic lupus erythematosus' },
  { code: 'decompensated_cirrhosis', zh: '肝硬化失代偿期', en: 'decompensated cirrhosis' },
  { code: 'mdr_tuberculosis', zh: '耐多药肺结核', en: 'multidrug-resistant tuberculosis' },
  { code: 'aids', zh: '艾滋病机会性感染', en: 'AIDS opportunistic infection' },
];

/** The version seeded before the city publishes its own (民发〔2019〕62号 and 国发〔2016〕13号 as written). */
export const DEFAULT_CATEGORY_RULES: CategoryRulesConfig = Object.freeze({
  version: '2026-01',
  effectiveFrom: '2026-01-01',
  seriousIllnesses: Object.freeze(SERIOUS_ILLNESS_DEFAULTS.map((i) => Object.freeze({ ...i }))),
  severeDisabilityMaxGrade: 2,
  severeMentalDisabilityMaxGrade: 4,
  minRestrictionMonths: 6,
  minLostContactMonths: 6,
  leftBehindMaxAge: 16,
  adultAge: 18,
});

/**
 * The version in force on a date: the one with the latest effective date on or before it (the later
 * published one on a tie, i.e. the later in the list). Before the first version, the first applies.
 */
export function rulesInForce<T extends Pick<CategoryRulesConfig, 'effectiveFrom'>>(
  versions: readonly T[],
  asOf: string,
): T | undefined {
  let found: T | undefined;
  for (const v of versions) {
    if (v.effectiveFrom <= asOf && (found === undefined || v.effectiveFrom >= found.effectiveFrom)) found = v;
  }
  if (found !== undefined) return found;
  return versions.reduce<T | undefined>(
    (a, v) => (a === undefined || v.effectiveFrom < a.effectiveFrom ? v : a),
    undefined,
  );
}

/** An illness in words: from the version's list, then the defaults, else the bare code. */
export function illnessName(code: string, config: CategoryRulesConfig): SeriousIllness {
  return (
    config.seriousIllnesses.find((i) => i.code === code) ??
    SERIOUS_ILLNESS_DEFAULTS.find((i) => i.code === code) ?? { code, zh: `病种 ${code}`, en: `illness ${code}` }
  );
}

export function isListedIllness(code: string, config: CategoryRulesConfig): boolean {
  return config.seriousIllnesses.some((i) => i.code === code);
}

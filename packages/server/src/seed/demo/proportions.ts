// How a county's child registry looks, as proportions. The registry holds the children a village director keeps a
// file on (未成年人保护法 Art. 43: left-behind children and children in difficulty), not every minor.
//
// Sources, as orders of magnitude rather than exact figures:
// - Ministry of Civil Affairs statistical bulletins (early 2020s): roughly 150,000 orphans, of whom a quarter to a
//   third live in child welfare institutions (集中养育) and the rest with relatives (散居); two to three times as
//   many 事实无人抚养 children as orphans; rural left-behind children in the millions, by far the largest group.
// - The Leshan 14th Five-Year child welfare plan (/work/shared/seed): children under the civil-affairs bureau's
//   long-term guardianship are raised in the city welfare home; a written entrusted-care agreement for every
//   left-behind child (target 100 %, so each one has an entrusted carer); parents working away call weekly;
//   困境 covers economic hardship, the child's own disability and lacking guardianship (国发〔2016〕36号).
// - Sichuan sends workers to Guangdong, Zhejiang, Jiangsu, Fujian and Chengdu; Leshan's rural villages have far
//   more left-behind children than its urban communities, whose files are mostly 困境 (低保 families).

/** What a family's file is about; it decides the parents' situations and the categories. */
export type Profile =
  | 'left_behind'
  | 'economic'
  | 'disability'
  | 'guardianship'
  | 'de_facto'
  | 'orphan'
  | 'potential'
  | 'ended'
  | 'monitored';

/** A rural village (村委会): left-behind children first. */
export const RURAL_MIX: Readonly<Record<Profile, number>> = {
  left_behind: 0.46,
  economic: 0.1,
  disability: 0.03,
  guardianship: 0.008,
  de_facto: 0.032,
  orphan: 0.013,
  potential: 0.025,
  ended: 0.03,
  monitored: 0.302,
};

/** An urban community (居委会): mostly 困境, a few rural-registered families with parents away. */
export const URBAN_MIX: Readonly<Record<Profile, number>> = {
  left_behind: 0.07,
  economic: 0.24,
  disability: 0.05,
  guardianship: 0.015,
  de_facto: 0.04,
  orphan: 0.015,
  potential: 0.03,
  ended: 0.03,
  monitored: 0.51,
};

/** Rural villages keep more files than urban communities of the same count. */
export const RURAL_VILLAGE_WEIGHT = 1.6;

/** Orphans raised in the welfare home rather than by relatives. */
export const ORPHAN_IN_INSTITUTION = 0.27;
/** Of the orphans in the home, foundlings (birth parents cannot be found), mostly children with a disability. */
export const FOUNDLING_IN_INSTITUTION = 0.45;

/** Families of some profiles that are also in economic hardship, and hold 困境 (经济) as well. */
export const ALSO_ECONOMIC: Readonly<Partial<Record<Profile, number>>> = {
  de_facto: 0.3,
  orphan: 0.2,
  left_behind: 0.1,
  disability: 0.35,
};

/** Brothers and sisters on the registry together (same parents, same carers). */
export const SIBLINGS = { two: 0.2, three: 0.04 };

/** About to turn 18: the file is to be closed at the month's end. */
export const TURNING_ADULT = 0.004;

/** Files on which the household-registration ID number is still missing. */
export const NO_ID_NUMBER = 0.02;

/** Categories are decided by the township and the county within about twenty working days each (RULES §7). */
export const DECISION_LAG_DAYS = { min: 18, max: 75 };

/** A decision this close to the anchor date has not been made yet: the child waits in 主动发现. */
export const NOT_YET_DECIDED_DAYS = 14;

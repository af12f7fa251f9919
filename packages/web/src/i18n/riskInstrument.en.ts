import type riskInstrumentZh from './riskInstrument.zh-CN';

const riskInstrumentEn: typeof riskInstrumentZh = {
  riskInstrument: {
    title: 'Risk instrument',
    intro:
      "The guardianship risk assessment's items, each option's score and the level cut-offs. Each assessment is scored under the version in force on its date and records that version; a new version does not change earlier ones and applies to assessments from its effective date.",
    inForce: 'In force',
    items: 'Items and scores',
    history: 'All versions',
    version: 'Version',
    effectiveFrom: 'Effective from',
    source: 'Basis',
    publishedBy: 'Published',
    seeded: 'System default',
    points: '{{count}} pt',
    cutoffs: 'Level cut-offs',
    cutoffsShort: 'Insufficient ≥ {{insufficient}} · Improper ≥ {{improper}} · Absent ≥ {{absent}}',
    redFlags: 'Red flags (whatever the total)',
    current: 'In force',
    future: 'Upcoming',
    past: 'Superseded',
    publish: 'Publish a new version',
    publishTitle: 'Publish a new version of the risk instrument',
    publishOk: 'Publish',
    published: 'A new version of the risk instrument was published',
    publishHint:
      "Starting from the version in force, change each option's score (a whole number 0–20), the lowest total of the three levels and the red flags; the items and options stay. The effective date cannot be before today.",
    minTotal: 'Lowest total',
    levels: { insufficient: 'Insufficient', improper: 'Improper', absent: 'Absent' },
    scoreRequired: 'Enter a score',
    minTotalRequired: 'Enter the lowest total',
    dateRequired: 'Choose the effective date',
    sourceRequired: 'Enter the basis (title and number of the notice)',
    sourcePlaceholder: 'e.g. Leshan Civil Affairs notice [2026] No. 30 on the risk cut-offs',
    scoreLabel: 'Score of item {{n}}, {{option}}',
    redFlagsHint:
      'When an item is answered with one of the chosen answers, the level is at least the chosen one, whatever the total. An answer may be in one red flag only.',
    redFlagItem: 'Item',
    redFlagValues: 'Answers that set it off',
    redFlagLevel: 'At least',
    redFlagItemRequired: 'Choose an item',
    redFlagValuesRequired: 'Choose the answers that set off the red flag',
    redFlagLevelRequired: 'Choose a level',
    addRedFlag: 'Add a red flag',
    removeRedFlag: 'Remove this red flag',
    noRedFlags: 'No red flags: the level follows the total alone.',
    redFlagsCount: 'red flags: {{count}}',
  },
};

export default riskInstrumentEn;

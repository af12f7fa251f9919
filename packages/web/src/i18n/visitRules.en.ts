import type visitRulesZh from './visitRules.zh-CN';

const visitRulesEn: typeof visitRulesZh = {
  visitRules: {
    title: 'Visit frequencies',
    intro:
      "How often children are visited, by guardianship risk level and category. Each child's next visit is computed under the version in force that day; a new version does not change earlier ones and applies from its effective date.",
    inForce: 'In force',
    history: 'All versions',
    version: 'Version',
    effectiveFrom: 'Effective from',
    source: 'Basis',
    publishedBy: 'Published',
    seeded: 'System default',
    who: 'For',
    frequency: 'How often',
    label: 'Description',
    otherwise: 'Other registered children',
    current: 'In force',
    future: 'Upcoming',
    past: 'Superseded',
    publish: 'Publish a new version',
    publishTitle: 'Publish a new version of the visit frequencies',
    publishOk: 'Publish',
    published: 'A new version of the visit frequencies was published',
    publishHint:
      'Starting from the version in force, change the interval for each group of children. The effective date cannot be before today; the new frequencies apply from that date.',
    interval: 'Interval',
    count: 'Interval',
    units: { day: 'days', month: 'months' },
    countRequired: 'Enter the interval',
    dateRequired: 'Choose the effective date',
    sourceRequired: 'Enter the basis (the notice and its number)',
    sourcePlaceholder: 'e.g. 乐民发〔2026〕21号 notice on visit frequencies',
    preview: 'Shown as: {{text}}',
  },
};

export default visitRulesEn;

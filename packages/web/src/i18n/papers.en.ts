// The papers checklist page in English.
const papersEn = {
  papers: {
    title: 'Papers checklist',
    intro:
      'The papers to upload before an application is submitted: the basic papers of each category, a proof of each parent situation the decision rests on, and the papers of a termination. A submission is checked against the list in force that day and every decision records the list version it used.',
    inForce: 'List in force',
    version: 'Version',
    effectiveFrom: 'Effective from',
    publishedBy: 'Published by',
    seeded: 'Initial version',
    source: 'Source',
    category: 'Category',
    required: 'Papers',
    situation: 'Parent situation',
    situationPaper: 'Proof',
    situationHint:
      "Each father's or mother's situation the application rests on needs one proof, attached to that situation.",
    terminate: 'Termination',
    none: 'None',
    history: 'Versions',
    current: 'In force',
    scheduled: 'Scheduled',
    past: 'Superseded',
    publish: 'Publish a new version',
    publishTitle: 'Publish a new papers checklist',
    publishOk: 'Publish',
    published: 'The new version is published',
    publishHint:
      'Older versions are never changed: from the effective date new submissions are checked against the new list; decisions already made keep their version.',
    dateRequired: 'Choose the effective date',
    sourceRequired: 'Give the source (title and number of the notice)',
    sourcePlaceholder: 'e.g. the notice adjusting the papers, 2027 No. 1',
    papersPlaceholder: 'Type a paper and press Enter',
    situationRequired: 'Give the proof for this situation',
    count: '{{count}} papers',
  },
};
export default papersEn;

import type caseMatchingZh from './caseMatching.zh-CN';

const caseMatchingEn: typeof caseMatchingZh = {
  caseMatching: {
    title: 'Registry files that may be this child',
    hint: 'Suggested from the files you may read by name, place, sex and age. Check before linking.',
    none: 'No file in your area has the same or a similar name.',
    link: 'Link this file',
    linked: 'Child file linked',
    open: 'Open file',
    create: 'New child file',
    createHint: 'None of them? Create a file from this case; it is linked to the case once saved.',
    age: '{{count}} y',
    noId: 'No ID number',
    sex: { M: 'Male', F: 'Female' },
    fromCase: 'Created from a case: once saved, the file is linked to the case and you return to its workspace.',
    linkFailed: 'The file was created but linking it to the case failed: {{reason}}. Link it from the case.',
  },
};

export default caseMatchingEn;

// The applications module's public face: other modules import only from here (lint rule in eslint.config.js).
export { applicationTaskProviders } from './applications.tasks.ts';
export { loadCalendar } from './calendar.ts';
export { reverificationTaskProviders } from './reverification.tasks.ts';
export { openRound } from './reverification.store.ts';
export { reverificationOn, seedReverification } from './reverification.settings.ts';
export { seedPapers } from './papers.settings.ts';

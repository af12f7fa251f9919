// The visits module's public face: other modules import only from here (lint rule in eslint.config.js).
export { visitTaskProviders } from './visits.tasks.ts';
export { seedVisitRules } from './visits.rules.ts';

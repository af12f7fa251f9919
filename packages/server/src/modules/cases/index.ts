// The cases module's public face: other modules import only from here (lint rule in eslint.config.js).
export { fileDiscovery } from './cases.intake.ts';
export { seedCaseTiers } from './cases.settings.ts';
export { caseTaskProviders } from './cases.tasks.ts';
export { deliverOutbox } from './outbox.ts';
